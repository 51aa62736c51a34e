package lv.kopiena.workshop;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import lv.kopiena.activity.ActivityType;
import org.jspecify.annotations.Nullable;

/**
 * An activity as the workshop page shows it: what and when, and, once it takes sign-ups, its seats.
 * Without a workshop ({@code hasWorkshop} false) the seat numbers are 0.
 *
 * @param typeTakesSignups the activity's type may take sign-ups at all
 * @param attendanceOpen   the workshop has started: attendance may be marked
 */
public record WorkshopOverview(long activityId, String title, ActivityType type, String centreName,
                               LocalDateTime startsAt, @Nullable LocalDateTime endsAt, @Nullable String place,
                               boolean typeTakesSignups, boolean hasWorkshop, int capacity, int confirmed, int waiting,
                               int attended, boolean waitingList, WorkshopStatus status, @Nullable String cancelReason,
                               String language, BigDecimal hours, @Nullable LocalDateTime signupOpensAt,
                               @Nullable LocalDateTime signupClosesAt, @Nullable String onlineLink,
                               @Nullable String audience, boolean attendanceOpen) {

    public int seatsLeft() {
        return Math.max(0, capacity - confirmed);
    }

    public boolean cancelled() {
        return status == WorkshopStatus.CANCELLED;
    }
}
