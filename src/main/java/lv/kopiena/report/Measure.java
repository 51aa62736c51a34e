package lv.kopiena.report;

/** What a column of a report counts, which decides whether small values are hidden from a funder. */
enum Measure {
    /** Activities or institutions: 1 to 4 is hidden, like any count (the rule for funders). */
    THINGS,
    /** People or attendances of people: 1 to 4 is hidden. */
    PERSONS,
    /** Professional-development hours: hidden when fewer than 5 people earned them. */
    HOURS
}
