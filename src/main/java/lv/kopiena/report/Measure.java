package lv.kopiena.report;

/** What a column of a report holds, which decides how a funder sees it ({@link SmallCells}). */
enum Measure {
    /** Activities, institutions, people or attendances: 1 to 4 is "<5", the rest rounded to a multiple of 5. */
    COUNT,
    /** Professional-development hours: hidden when 1 to 4 people earned them, else rounded to a multiple of 5. */
    HOURS
}
