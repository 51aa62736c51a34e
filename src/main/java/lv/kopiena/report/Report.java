package lv.kopiena.report;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A finished report: what it was made with, for whom, when, the key figures and the tables. The
 * page, the charts and the three exports are all drawn from this one object, so they always agree
 * and a funder's export holds no more than the funder's page.
 */
public record Report(ReportFilter filter, ReportAudience audience, LocalDateTime generatedAt,
                     List<KeyFigure> keyFigures, List<ReportTable> tables) {

    /** A headline number, e.g. unique participants or hours delivered. */
    public record KeyFigure(String labelKey, Count value) {
    }
}
