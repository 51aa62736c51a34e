package lv.kopiena.home;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a coordinator (for its centre) or an admin (for all centres) sees first: the running
 * initiatives and the numbers of the current year.
 *
 * @param centreName the coordinator's centre, null for an admin (all centres)
 */
public record Overview(@Nullable String centreName, List<InitiativeLine> runningInitiatives,
                       int activitiesThisYear, int upcomingActivities, int participants) {

    public record InitiativeLine(long id, String title, String centreName, LocalDate startsOn,
                                 @Nullable LocalDate endsOn, @Nullable String currentPhase) {
    }
}
