package lv.kopiena.report;

/** Why a count is not shown as a number. */
public enum Suppression {
    /** Shown as a number: exact, or for a funder rounded to a multiple of 5. */
    NONE,
    /** A count from 1 to 4, or hours fewer than 5 people earned: shown as "<5". */
    SMALL
}
