package lv.kopiena.report;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A table of exact numbers (with their cell keys) as the repository returns it; {@link SmallCells}
 * turns it into the {@link ReportTable} a reader may see. Package-private: exact numbers never leave
 * the service.
 */
record RawTable(String id, String titleKey, List<String> columnKeys, List<Measure> measures, List<Row> rows,
                @Nullable Row total, ReportTable.Chart chart) {

    RawTable {
        if (columnKeys.size() != measures.size()) {
            throw new IllegalArgumentException("One measure per column");
        }
    }

    record Row(String label, boolean translate, List<Cell> cells) {
    }
}
