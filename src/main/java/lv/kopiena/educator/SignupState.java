package lv.kopiena.educator;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** Whether a workshop takes sign-ups now, as the catalogue shows it. */
public enum SignupState {
    /** Sign-up is open. */
    OPEN,
    /** Sign-up opens later. */
    NOT_YET,
    /** The sign-up deadline has passed. */
    CLOSED,
    /** The workshop has started or taken place. */
    PAST,
    /** The workshop was cancelled. */
    CANCELLED;

    /** The same order of checks as the seat rules use, so the label matches what a sign-up would say. */
    static SignupState of(boolean cancelled, LocalDateTime startsAt, @Nullable LocalDateTime opensAt,
                          @Nullable LocalDateTime closesAt, LocalDateTime now) {
        if (cancelled) {
            return CANCELLED;
        }
        if (!startsAt.isAfter(now)) {
            return PAST;
        }
        if (opensAt != null && now.isBefore(opensAt)) {
            return NOT_YET;
        }
        if (closesAt != null && now.isAfter(closesAt)) {
            return CLOSED;
        }
        return OPEN;
    }

    /** e.g. "educator.signup-state.OPEN". */
    public String translationKey() {
        return "educator.signup-state." + name();
    }
}
