package lv.kopiena.report;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The choices of the report filters, limited to what the caller may report on, with names in the
 * caller's language.
 */
public record ReportOptions(List<Choice> centres, List<Choice> initiatives, List<PhaseChoice> phases,
                            List<MunicipalityChoice> municipalities, List<Choice> priorities,
                            List<Choice> targetGroups) {

    /** An id with the name to show. */
    public record Choice(long id, String name) {
    }

    /** A phase with the initiative it belongs to (a phase filter follows the initiative chosen). */
    public record PhaseChoice(long id, long initiativeId, String name) {
    }

    /**
     * A municipality: today's, or a former one merged in 2021 ({@code successorId} set), whose
     * {@code label} already carries the marker, e.g. "Aglonas novads (now Preiļu novads)".
     */
    public record MunicipalityChoice(long id, String name, @Nullable Long successorId, String label) {

        public boolean former() {
            return successorId != null;
        }
    }
}
