package lv.kopiena.report;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One indicator as a table (and a chart of its first column, when {@code chart} is not NONE).
 *
 * @param id         stable identifier used for file names and tests, e.g. "activities-by-type"
 * @param titleKey   translation key of the title
 * @param columnKeys translation keys of the value columns
 * @param total      the totals row, if the table has one (for a funder rounded on its own, like every cell)
 */
public record ReportTable(String id, String titleKey, List<String> columnKeys, List<ReportRow> rows,
                          @Nullable ReportRow total, Chart chart) {

    public enum Chart {
        NONE,
        BAR,
        LINE
    }
}
