package lv.kopiena.educator;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import lv.kopiena.workshop.SignupStatus;
import org.jspecify.annotations.Nullable;

/**
 * One of the logged-in educator's own sign-ups.
 *
 * @param waitingPosition 1 for the first person waiting; 0 unless waiting
 * @param onlineLink      only for a confirmed seat of a workshop that still takes place
 * @param upcoming        the workshop has not started yet
 */
public record MySignup(long workshopId, String title, LocalDateTime startsAt, @Nullable LocalDateTime endsAt,
                       @Nullable String place, String centreName, BigDecimal hours, SignupStatus status,
                       int waitingPosition, boolean attended, boolean workshopCancelled,
                       @Nullable String cancelReason, @Nullable String onlineLink, boolean upcoming) {

    /** Whether the educator may still give the place back (the service checks the same). */
    public boolean cancellable() {
        return upcoming && status.active() && !attended && !workshopCancelled;
    }
}
