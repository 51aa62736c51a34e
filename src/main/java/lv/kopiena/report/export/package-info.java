/**
 * Charts and exports (CSV, XLSX, PDF) of a finished {@link lv.kopiena.report.Report}. Everything
 * here is drawn from the report object alone, so an export never holds more than the page shows.
 * No Vaadin here: the view in {@code report.ui} asks {@link lv.kopiena.report.export.ReportExportService}.
 */
@NullMarked
package lv.kopiena.report.export;

import org.jspecify.annotations.NullMarked;
