package lv.kopiena.report.export;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import lv.kopiena.report.Count;
import lv.kopiena.report.Report;
import lv.kopiena.report.ReportAudience;
import lv.kopiena.report.ReportFilter;
import lv.kopiena.report.ReportRow;
import lv.kopiena.report.ReportTable;

/**
 * Reports built by hand, so that the exports can be checked without the database: one with exact
 * counts and the same one as a funder gets it, where 3 and 2 are "&lt;5" and 4711 and its total
 * 4726 are rounded to 4710 and 4725.
 */
final class ReportFixtures {

    static final LocalDateTime GENERATED = LocalDateTime.of(2026, 3, 31, 14, 5);
    static final String CENTRE = "Preiļu novada Kopienu resursu centrs";
    static final String ODD_NAME = "Biedrība \"Ābeles\", Riebiņi";

    private ReportFixtures() {
    }

    static Report exact() {
        return report(ReportAudience.EXACT, Count.of(3), Count.of(4711), Count.of(4726), Count.of(2));
    }

    static Report protectedView() {
        return report(ReportAudience.PROTECTED, Count.small(), Count.of(4710), Count.of(4725), Count.small());
    }

    private static Report report(ReportAudience audience, Count small, Count large, Count total, Count february) {
        List<Report.AppliedFilter> applied = List.of(new Report.AppliedFilter("report.filter.centre", CENTRE),
                new Report.AppliedFilter("report.filter.initiative", "Aktīvās kopienas"));
        List<Report.KeyFigure> figures = List.of(
                new Report.KeyFigure("report.figure.participants", Count.of(160)),
                new Report.KeyFigure("report.figure.attendances", Count.of(842)),
                new Report.KeyFigure("report.figure.hours", Count.of(new BigDecimal("12.50"))));
        ReportTable byType = new ReportTable("activities-by-type", "report.table.activities-by-type",
                List.of("report.column.activities", "report.column.attendances"),
                List.of(new ReportRow("activity.type.WORKSHOP", true, List.of(Count.of(12), Count.of(240))),
                        new ReportRow("activity.type.SEMINAR", true, List.of(Count.of(6), Count.of(95)))),
                new ReportRow("total", false, List.of(Count.of(18), Count.of(335))), ReportTable.Chart.BAR);
        ReportTable byMunicipality = new ReportTable("partners-by-municipality", "report.table.partners-by-municipality",
                List.of("report.column.partners"),
                List.of(new ReportRow("Preiļu novads", false, List.of(Count.of(12))),
                        new ReportRow("Aglonas novads", false, List.of(small)),
                        new ReportRow(ODD_NAME, false, List.of(large))),
                new ReportRow("total", false, List.of(total)), ReportTable.Chart.BAR);
        ReportTable byMonth = new ReportTable("activities-by-month", "report.table.activities-by-month",
                List.of("report.column.activities"),
                List.of(new ReportRow("2025-01", false, List.of(Count.of(5))),
                        new ReportRow("2025-02", false, List.of(february)),
                        new ReportRow("2025-03", false, List.of(Count.of(9)))),
                null, ReportTable.Chart.LINE);
        ReportTable phases = new ReportTable("phases", "report.table.phases",
                List.of("report.column.activities", "report.column.hours"),
                List.of(new ReportRow("1. posms", false, List.of(Count.of(10), Count.of(new BigDecimal("6.5"))))),
                null, ReportTable.Chart.NONE);
        return new Report(ReportFilter.none(), applied, audience, GENERATED, figures,
                List.of(byType, byMunicipality, byMonth, phases));
    }
}
