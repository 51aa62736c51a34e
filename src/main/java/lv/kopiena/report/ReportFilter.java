package lv.kopiena.report;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a report covers. Every field is optional (null: no restriction). The caller's own scope
 * (a funder's initiatives, a coordinator's centre) always applies on top of it.
 *
 * @param from           first day of the period (activities starting on or after it)
 * @param to             last day of the period (inclusive)
 * @param municipalityId today's municipality (includes the former ones merged into it in 2021) or
 *                       a former one (only its own)
 */
public record ReportFilter(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable Long centreId,
                           @Nullable Long initiativeId, @Nullable Long phaseId, @Nullable Long municipalityId,
                           @Nullable Long priorityId, @Nullable Long targetGroupId) {

    public static ReportFilter none() {
        return new ReportFilter(null, null, null, null, null, null, null, null);
    }
}
