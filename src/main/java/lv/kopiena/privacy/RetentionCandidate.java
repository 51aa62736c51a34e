package lv.kopiena.privacy;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A participant the centre's retention rule would act on now, and why: the coordinator sees its
 * own centre's people by name before anything is erased.
 *
 * @param lastSeen the start of the last activity attended, or when the record was made if none
 */
public record RetentionCandidate(long participantId, String firstName, String lastName, @Nullable Integer birthYear,
                                 String category, LocalDateTime lastSeen, Reason reason) {

    /** Labels are "privacy.retention.reason.NAME". */
    public enum Reason {
        /** no activity for the rule's years: the whole record is erased */
        INACTIVE,
        /** registered as a minor and now 18: e-mail and phone are removed */
        CONTACT_AT_18
    }
}
