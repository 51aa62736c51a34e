package lv.kopiena.report;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A finished report: what it was made with, for whom, when, the key figures and the tables. The
 * page, the charts and the three exports are all drawn from this one object, so they always agree
 * and a funder's export holds no more than the funder's page.
 */
public record Report(ReportFilter filter, List<AppliedFilter> applied, ReportAudience audience,
                     LocalDateTime generatedAt, List<KeyFigure> keyFigures, List<ReportTable> tables) {

    /**
     * A filter as a reader sees it, for the page header and the exports: e.g. ("report.filter.centre",
     * "Preiļu novada Kopienu resursu centrs"), names in the report's language.
     */
    public record AppliedFilter(String labelKey, String value) {
    }

    /** A headline number, e.g. unique participants or hours delivered. */
    public record KeyFigure(String labelKey, Count value) {
    }
}
