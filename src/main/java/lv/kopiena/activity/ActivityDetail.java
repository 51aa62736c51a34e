package lv.kopiena.activity;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Everything the detail page shows about an activity, with names instead of ids. */
public record ActivityDetail(long id, int version, long centreId, String centreName, ActivityType type, String title,
                             LocalDateTime startsAt, @Nullable LocalDateTime endsAt, @Nullable String place,
                             @Nullable Long initiativeId, @Nullable String initiativeTitle, @Nullable String phaseName,
                             @Nullable String organiserInstitution, @Nullable String organiserPerson,
                             @Nullable String description, List<TagOption> priorities, List<TagOption> targetGroups) {

    public ActivityDetail {
        priorities = List.copyOf(priorities);
        targetGroups = List.copyOf(targetGroups);
    }
}
