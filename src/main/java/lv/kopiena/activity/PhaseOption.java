package lv.kopiena.activity;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A phase of an initiative as a choice for an activity. */
public record PhaseOption(long id, long initiativeId, String name, LocalDate startsOn, @Nullable LocalDate endsOn) {

    /** Whether the day falls in the phase (an open end runs on). */
    public boolean contains(LocalDate day) {
        return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
    }
}
