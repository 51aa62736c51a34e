package lv.kopiena.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the audit trail is filtered by, all optional: who did it (part of a user name or display
 * name), which record (type, and id), what kind of event, and from/to dates (inclusive).
 */
public record AuditFilter(@Nullable String actor, @Nullable String recordType, @Nullable Long recordId,
                          @Nullable AuditAction action, @Nullable LocalDate from, @Nullable LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
