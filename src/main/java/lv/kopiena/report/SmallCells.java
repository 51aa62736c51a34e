package lv.kopiena.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import lv.kopiena.disclosure.RandomRounding;
import lv.kopiena.disclosure.Shown;

/**
 * Protection of a funder's numbers, applied to exact numbers before a report is built so that no
 * exact number leaves the service: every key figure, table cell and total goes through
 * {@link RandomRounding} with the cell key of the records it counts (the method and its limits are
 * described in {@code lv.kopiena.disclosure}). 0 stays 0, 1 to 4 is "&lt;5", everything else a
 * multiple of 5; each figure is rounded on its own, so rows need not add up to their total, and the
 * page and every export say so.
 */
final class SmallCells {

    private SmallCells() {
    }

    /** One number as a funder sees it. */
    static Count protect(Cell cell, Measure measure) {
        Shown shown = switch (measure) {
            case COUNT -> RandomRounding.count(cell.value().longValue(), cell.key());
            case HOURS -> RandomRounding.amount(cell.value() instanceof BigDecimal d ? d
                    : BigDecimal.valueOf(cell.value().longValue()), cell.people(), cell.key());
        };
        if (shown.small()) {
            return Count.small();
        }
        return measure == Measure.HOURS ? Count.of(shown.value()) : Count.of(shown.value().longValueExact());
    }

    static Count protect(RawFigure figure) {
        return protect(figure.cell(), figure.measure());
    }

    /** The table with exact numbers, for coordinators and admins. */
    static ReportTable exact(RawTable table) {
        return new ReportTable(table.id(), table.titleKey(), table.columnKeys(),
                table.rows().stream().map(r -> new ReportRow(r.label(), r.translate(),
                        r.cells().stream().map(Cell::exact).toList())).toList(),
                table.total() == null ? null : new ReportRow(table.total().label(), table.total().translate(),
                        table.total().cells().stream().map(Cell::exact).toList()),
                table.chart());
    }

    /** The table as a funder may see it: every cell and total rounded on its own. */
    static ReportTable protect(RawTable table) {
        return new ReportTable(table.id(), table.titleKey(), table.columnKeys(),
                table.rows().stream().map(r -> protect(r, table.measures())).toList(),
                table.total() == null ? null : protect(table.total(), table.measures()), table.chart());
    }

    private static ReportRow protect(RawTable.Row row, List<Measure> measures) {
        List<Count> counts = new ArrayList<>();
        for (int c = 0; c < row.cells().size(); c++) {
            counts.add(protect(row.cells().get(c), measures.get(c)));
        }
        return new ReportRow(row.label(), row.translate(), List.copyOf(counts));
    }
}
