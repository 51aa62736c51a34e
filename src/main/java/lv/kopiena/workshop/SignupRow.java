package lv.kopiena.workshop;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A person on a workshop's list.
 *
 * @param waitingPosition 1 for the first person waiting, 0 for anyone not waiting
 */
public record SignupRow(long id, long accountId, String name, @Nullable String email, @Nullable String institution,
                        SignupStatus status, int waitingPosition, LocalDateTime signedUpAt, boolean attended) {
}
