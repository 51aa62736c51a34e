package lv.kopiena.mail;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One queued mail with what it tells: the recipient, the workshop (times are Riga local time, as
 * stored) and, for a waiting-list mail, the current position in the queue (0 when no longer waiting).
 */
record PendingMail(
        long id,
        MailKind kind,
        int attempts,
        LocalDateTime queuedAt,
        String signupStatus,
        @Nullable String email,
        String displayName,
        String preferredLocale,
        long activityId,
        String title,
        LocalDateTime startsAt,
        @Nullable LocalDateTime endsAt,
        @Nullable String place,
        String centreName,
        @Nullable String centreEmail,
        @Nullable String centrePhone,
        String workshopStatus,
        @Nullable String onlineLink,
        BigDecimal pdHours,
        String language,
        @Nullable String cancelReason,
        int waitingPosition) {
}
