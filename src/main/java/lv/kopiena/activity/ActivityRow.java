package lv.kopiena.activity;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A row of the activity list. The attendance figures come from the same query as the row
 * (named attendances and the sum of head counts), so a page of the list is one query.
 */
public record ActivityRow(long id, long centreId, String centreName, ActivityType type, String title,
                          LocalDateTime startsAt, @Nullable LocalDateTime endsAt, @Nullable String place,
                          @Nullable Long initiativeId, @Nullable String initiativeTitle,
                          int namedCount, int headCount) {

    /** Everybody who was there: named participants plus people counted by head. */
    public int total() {
        return namedCount + headCount;
    }
}
