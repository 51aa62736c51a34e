package lv.kopiena.report;

/** Why a count is not shown. */
public enum Suppression {
    /** Shown as it is. */
    NONE,
    /** A count from 1 to 4: shown as "<5". */
    SMALL,
    /** Hidden because, with the total, it would give away a small count: shown as "*". */
    COMPLEMENT
}
