package lv.kopiena.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import lv.kopiena.disclosure.CellKeys;
import org.junit.jupiter.api.Test;

/** How a report's raw numbers become a funder's: every cell, total and figure rounded on its own. */
class SmallCellsTest {

    /** A key that rounds every remainder up (key / 2^32 below any r / 5 > 0). */
    private static final long UP = 0;
    /** A key that rounds every remainder down. */
    private static final long DOWN = CellKeys.MODULUS - 1;

    private static RawTable column(long key, Long total, long... values) {
        List<RawTable.Row> rows = Arrays.stream(values)
                .mapToObj(v -> new RawTable.Row("row" + v, false, List.of(Cell.count(v, key)))).toList();
        return new RawTable("t", "report.table.t", List.of("c"), List.of(Measure.COUNT), rows,
                total == null ? null : new RawTable.Row("report.row.total", true, List.of(Cell.count(total, key))),
                ReportTable.Chart.NONE);
    }

    private static List<String> texts(ReportTable table) {
        return table.rows().stream().map(r -> r.values().get(0).text()).toList();
    }

    @Test
    void zero_stays_zero_one_to_four_is_under_five_and_the_rest_becomes_a_multiple_of_five() {
        ReportTable up = SmallCells.protect(column(UP, null, 0, 1, 4, 5, 6, 12));
        ReportTable down = SmallCells.protect(column(DOWN, null, 0, 1, 4, 5, 6, 12));

        assertThat(texts(up)).containsExactly("0", "<5", "<5", "5", "10", "15");
        assertThat(texts(down)).containsExactly("0", "<5", "<5", "5", "5", "10");
        assertThat(up.rows().get(1).values().get(0).suppression()).isEqualTo(Suppression.SMALL);
        assertThat(up.rows().get(4).values().get(0).value()).isEqualTo(10L);
    }

    @Test
    void the_total_is_rounded_on_its_own_so_rows_need_not_add_up() {
        ReportTable t = SmallCells.protect(column(DOWN, 3L + 12 + 7, 3, 12, 7));

        assertThat(texts(t)).containsExactly("<5", "10", "5");
        assertThat(t.total().values().get(0).text()).isEqualTo("20");
        assertThat(t.toString()).doesNotContain("value=3,", "value=12,", "value=7,", "value=22,");
    }

    @Test
    void each_cell_uses_its_own_key() {
        RawTable t = new RawTable("t", "report.table.t", List.of("a", "b"), List.of(Measure.COUNT, Measure.COUNT),
                List.of(new RawTable.Row("x", false, List.of(Cell.count(8, UP), Cell.count(8, DOWN)))),
                null, ReportTable.Chart.NONE);

        assertThat(SmallCells.protect(t).rows().getFirst().values()).extracting(Count::text).containsExactly("10", "5");
    }

    @Test
    void hours_are_under_five_when_fewer_than_5_people_earned_them_else_rounded_like_counts() {
        assertThat(SmallCells.protect(new RawFigure("h", Measure.HOURS, Cell.hours(new BigDecimal("12.0"), 3, UP))).text())
                .isEqualTo("<5");
        assertThat(SmallCells.protect(new RawFigure("h", Measure.HOURS, Cell.hours(new BigDecimal("12.5"), 5, UP))).text())
                .isEqualTo("15");
        assertThat(SmallCells.protect(new RawFigure("h", Measure.HOURS, Cell.hours(new BigDecimal("12.5"), 5, DOWN))).text())
                .isEqualTo("10");
        assertThat(SmallCells.protect(new RawFigure("h", Measure.HOURS, Cell.hours(BigDecimal.ZERO, 0, UP))).text())
                .isEqualTo("0");
    }

    @Test
    void the_exact_view_shows_every_number() {
        ReportTable t = SmallCells.exact(column(UP, 15L, 3, 12));
        assertThat(texts(t)).containsExactly("3", "12");
        assertThat(t.total().values().get(0).text()).isEqualTo("15");
    }
}
