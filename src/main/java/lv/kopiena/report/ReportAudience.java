package lv.kopiena.report;

/** Which view of the numbers a report is: the page and every export say so. */
public enum ReportAudience {
    /** Coordinators and admins: exact counts. */
    EXACT,
    /** Funders: counts from 1 to 4 hidden as "<5", and a second cell wherever a total would reveal one. */
    PROTECTED
}
