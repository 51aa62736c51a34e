package lv.kopiena.report;

/** Which view of the numbers a report is: the page and every export say so. */
public enum ReportAudience {
    /** Coordinators and admins: exact counts. */
    EXACT,
    /** Funders: counts from 1 to 4 as "<5", every other count rounded to a multiple of 5, whole months. */
    PROTECTED
}
