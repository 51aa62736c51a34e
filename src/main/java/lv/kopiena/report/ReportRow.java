package lv.kopiena.report;

import java.util.List;

/**
 * One row of a table.
 *
 * @param label      a translation key when {@code translate} is true (e.g. "activity.type.WORKSHOP"),
 *                   else a name as stored (a municipality, an institution type label key, a month "2026-03")
 * @param values     one count per column of the table
 */
public record ReportRow(String label, boolean translate, List<Count> values) {
}
