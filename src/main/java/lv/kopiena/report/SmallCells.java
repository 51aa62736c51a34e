package lv.kopiena.report;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Small-cell suppression for funders, applied to exact numbers before a report is built so that a
 * hidden value never leaves the service.
 * <ul>
 *   <li>Primary: any count from 1 to 4 (people, attendances, and also activities and institutions,
 *       since "the only workshop in Zilupe" can point at the people in it), and hours that fewer than
 *       5 people earned, is shown as "&lt;5" ({@link Count#small()}). Zero is shown: it identifies
 *       nobody.</li>
 *   <li>Secondary: in a column whose total the reader knows (the table's total row, or a shown key
 *       figure that equals the column's sum), a single hidden cell could be recovered as the total
 *       minus the shown cells; then the smallest other shown non-zero cell is hidden too
 *       ({@link Count#complement()}). With no such cell, the total itself is hidden. Two or more
 *       hidden cells already protect each other.</li>
 *   <li>A total from 1 to 4 is itself hidden.</li>
 * </ul>
 */
final class SmallCells {

    private SmallCells() {
    }

    /** Whether a number must be hidden from a funder on its own. */
    static boolean small(Cell cell, Measure measure) {
        return switch (measure) {
            case THINGS, PERSONS -> cell.value().longValue() >= 1 && cell.value().longValue() <= 4;
            case HOURS -> cell.people() >= 1 && cell.people() <= 4;
        };
    }

    static Count protect(RawFigure figure) {
        return small(figure.cell(), figure.measure()) ? Count.small() : figure.cell().exact();
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

    /**
     * The table as a funder may see it.
     *
     * @param figures the report's key figures: a column whose sum equals a shown one is protected as
     *                if that figure were its total
     */
    static ReportTable protect(RawTable table, List<RawFigure> figures) {
        int columns = table.columnKeys().size();
        int rows = table.rows().size();
        Count[][] cells = new Count[rows][columns];
        Count[] totals = new Count[columns];
        for (int c = 0; c < columns; c++) {
            List<Cell> column = new ArrayList<>();
            for (RawTable.Row row : table.rows()) {
                column.add(row.cells().get(c));
            }
            Cell total = table.total() == null ? null : table.total().cells().get(c);
            Measure measure = table.measures().get(c);
            Protected p = protectColumn(column, total, measure, knownSum(column, measure, figures));
            for (int r = 0; r < rows; r++) {
                cells[r][c] = p.cells().get(r);
            }
            totals[c] = p.total();
        }
        List<ReportRow> out = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            RawTable.Row row = table.rows().get(r);
            out.add(new ReportRow(row.label(), row.translate(), List.of(cells[r])));
        }
        ReportRow total = table.total() == null ? null
                : new ReportRow(table.total().label(), table.total().translate(), List.of(totals));
        return new ReportTable(table.id(), table.titleKey(), table.columnKeys(), out, total, table.chart());
    }

    /** A column with its (possibly absent) total, protected. */
    record Protected(List<Count> cells, @Nullable Count total) {
    }

    /**
     * Protects one column.
     *
     * @param total     the column's total row cell, if the table has one
     * @param sumKnown  whether the reader knows the column's sum from elsewhere (a shown key figure)
     */
    static Protected protectColumn(List<Cell> column, @Nullable Cell total, Measure measure, boolean sumKnown) {
        List<Count> out = new ArrayList<>();
        int small = 0;
        for (Cell cell : column) {
            boolean hide = small(cell, measure);
            small += hide ? 1 : 0;
            out.add(hide ? Count.small() : cell.exact());
        }
        Count totalCount = null;
        if (total != null) {
            totalCount = small(total, measure) ? Count.small() : total.exact();
        }
        boolean totalKnown = (totalCount != null && totalCount.shown()) || sumKnown;
        if (totalKnown && small == 1) {
            int smallest = -1;
            for (int i = 0; i < column.size(); i++) {
                if (out.get(i).shown() && !column.get(i).zero()
                        && (smallest < 0 || column.get(i).decimal().compareTo(column.get(smallest).decimal()) < 0)) {
                    smallest = i;
                }
            }
            if (smallest >= 0) {
                out.set(smallest, Count.complement());
            } else if (totalCount != null) {
                totalCount = Count.complement();
            }
        }
        return new Protected(out, totalCount);
    }

    /** Whether the column's exact sum equals a key figure the reader sees (of the same measure). */
    private static boolean knownSum(List<Cell> column, Measure measure, List<RawFigure> figures) {
        java.math.BigDecimal sum = column.stream().map(Cell::decimal).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        return figures.stream().anyMatch(f -> f.measure() == measure && !small(f.cell(), f.measure())
                && f.cell().decimal().compareTo(sum) == 0);
    }
}
