package lv.kopiena.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmallCellsTest {

    private static RawTable column(Measure measure, Long total, long... values) {
        List<RawTable.Row> rows = Arrays.stream(values)
                .mapToObj(v -> new RawTable.Row("row" + v, false, List.of(cell(measure, v)))).toList();
        return new RawTable("t", "report.table.t", List.of("c"), List.of(measure), rows,
                total == null ? null : new RawTable.Row("report.row.total", true, List.of(cell(measure, total))),
                ReportTable.Chart.NONE);
    }

    private static Cell cell(Measure measure, long v) {
        return measure == Measure.THINGS ? Cell.things(v) : Cell.persons(v);
    }

    private static List<Suppression> suppressions(ReportTable table) {
        return table.rows().stream().map(r -> r.values().get(0).suppression()).toList();
    }

    @Test
    void counts_of_people_from_1_to_4_are_hidden_and_0_and_5_are_shown() {
        ReportTable t = SmallCells.protect(column(Measure.PERSONS, null, 0, 1, 4, 5), List.of());
        assertThat(t.rows()).extracting(r -> r.values().get(0).text()).containsExactly("0", "<5", "<5", "5");
    }

    @Test
    void a_single_small_cell_with_a_shown_total_hides_the_smallest_other_non_zero_cell() {
        ReportTable t = SmallCells.protect(column(Measure.PERSONS, 3L + 0 + 12 + 7, 3, 0, 12, 7), List.of());
        assertThat(suppressions(t)).containsExactly(Suppression.SMALL, Suppression.NONE, Suppression.NONE,
                Suppression.COMPLEMENT);
        assertThat(t.total().values().get(0).text()).isEqualTo("22");
        assertThat(t.rows().get(1).values().get(0).text()).isEqualTo("0");
    }

    @Test
    void the_hidden_number_cannot_be_derived_from_the_total_and_the_shown_cells() {
        ReportTable t = SmallCells.protect(column(Measure.PERSONS, 3L + 12 + 7, 3, 12, 7), List.of());
        long total = t.total().values().get(0).value().longValue();
        long shown = t.rows().stream().map(r -> r.values().get(0)).filter(Count::shown)
                .mapToLong(c -> c.value().longValue()).sum();
        assertThat(total - shown).isNotEqualTo(3).isGreaterThanOrEqualTo(5);
        assertThat(t.toString()).doesNotContain("value=3,").doesNotContain("value=7,");
    }

    @Test
    void two_small_cells_protect_each_other_and_nothing_else_is_hidden() {
        ReportTable t = SmallCells.protect(column(Measure.PERSONS, 2L + 4 + 12 + 7, 2, 4, 12, 7), List.of());
        assertThat(suppressions(t)).containsExactly(Suppression.SMALL, Suppression.SMALL, Suppression.NONE,
                Suppression.NONE);
    }

    @Test
    void without_a_known_total_a_single_small_cell_stays_the_only_hidden_one() {
        ReportTable t = SmallCells.protect(column(Measure.PERSONS, null, 3, 12, 7), List.of());
        assertThat(suppressions(t)).containsExactly(Suppression.SMALL, Suppression.NONE, Suppression.NONE);
    }

    @Test
    void a_key_figure_equal_to_the_column_sum_counts_as_its_total() {
        RawFigure attendances = new RawFigure("report.figure.attendances", Measure.PERSONS, Cell.persons(22));
        ReportTable t = SmallCells.protect(column(Measure.PERSONS, null, 3, 12, 7), List.of(attendances));
        assertThat(suppressions(t)).containsExactly(Suppression.SMALL, Suppression.NONE, Suppression.COMPLEMENT);
    }

    @Test
    void a_total_from_1_to_4_is_hidden_itself() {
        ReportTable t = SmallCells.protect(column(Measure.PERSONS, 4L, 3, 1, 0), List.of());
        assertThat(t.total().values().get(0).suppression()).isEqualTo(Suppression.SMALL);
        assertThat(suppressions(t)).containsExactly(Suppression.SMALL, Suppression.SMALL, Suppression.NONE);
    }

    @Test
    void a_zero_total_and_zero_cells_are_shown() {
        ReportTable t = SmallCells.protect(column(Measure.PERSONS, 0L, 0, 0), List.of());
        assertThat(t.total().values().get(0).text()).isEqualTo("0");
        assertThat(suppressions(t)).containsOnly(Suppression.NONE);
    }

    @Test
    void a_single_small_cell_beside_only_zeros_hides_the_total_instead() {
        // the total is not the sum here (e.g. protected groups against all participants), yet the
        // rule must not leave a total that reveals the one hidden cell
        ReportTable t = SmallCells.protect(column(Measure.PERSONS, 9L, 3, 0), List.of());
        assertThat(suppressions(t)).containsExactly(Suppression.SMALL, Suppression.NONE);
        assertThat(t.total().values().get(0).suppression()).isEqualTo(Suppression.COMPLEMENT);
    }

    @Test
    void counts_of_activities_and_institutions_from_1_to_4_are_hidden_too() {
        ReportTable t = SmallCells.protect(column(Measure.THINGS, 8L, 1, 2, 5), List.of());
        assertThat(suppressions(t)).containsExactly(Suppression.SMALL, Suppression.SMALL, Suppression.NONE);
        assertThat(t.total().values().get(0).text()).isEqualTo("8");
    }

    @Test
    void hours_are_hidden_when_fewer_than_5_people_earned_them() {
        assertThat(SmallCells.protect(new RawFigure("h", Measure.HOURS, Cell.hours(new BigDecimal("12.0"), 3))).text())
                .isEqualTo("<5");
        assertThat(SmallCells.protect(new RawFigure("h", Measure.HOURS, Cell.hours(new BigDecimal("12.5"), 5))).text())
                .isEqualTo("12.5");
        assertThat(SmallCells.protect(new RawFigure("h", Measure.HOURS, Cell.hours(BigDecimal.ZERO, 0))).text())
                .isEqualTo("0");
    }

    @Test
    void each_column_is_protected_on_its_own() {
        RawTable t = new RawTable("t", "report.table.t", List.of("a", "b"), List.of(Measure.THINGS, Measure.PERSONS),
                List.of(new RawTable.Row("x", false, List.of(Cell.things(2), Cell.persons(2))),
                        new RawTable.Row("y", false, List.of(Cell.things(9), Cell.persons(9)))),
                new RawTable.Row("report.row.total", true, List.of(Cell.things(11), Cell.persons(11))),
                ReportTable.Chart.NONE);
        ReportTable p = SmallCells.protect(t, List.of());
        assertThat(p.rows().get(0).values()).extracting(Count::text).containsExactly("<5", "<5");
        assertThat(p.rows().get(1).values()).extracting(Count::text).containsExactly("*", "*");
        assertThat(p.total().values()).extracting(Count::text).containsExactly("11", "11");
    }

    @Test
    void the_exact_view_shows_every_number() {
        ReportTable t = SmallCells.exact(column(Measure.PERSONS, 15L, 3, 12));
        assertThat(t.rows()).extracting(r -> r.values().get(0).text()).containsExactly("3", "12");
        assertThat(t.total().values().get(0).text()).isEqualTo("15");
    }
}
