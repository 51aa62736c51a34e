package lv.kopiena.report;

/** What a column of a report counts, which decides whether small values are hidden from a funder. */
enum Measure {
    /**
     * Activities or institutions: not about persons, so always exact (a funder may know that two
     * round tables took place or that three libraries took part; nobody is identified by it).
     */
    THINGS,
    /** People or attendances of people: 1 to 4 is hidden. */
    PERSONS,
    /** Professional-development hours: hidden when fewer than 5 people earned them. */
    HOURS
}
