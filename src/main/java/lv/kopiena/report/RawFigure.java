package lv.kopiena.report;

/** A key figure with its exact value, before protection. */
record RawFigure(String labelKey, Measure measure, Cell cell) {
}
