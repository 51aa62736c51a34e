package lv.kopiena.audit;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the audit trail as the view shows it. The actor is named as the account is named
 * now (an erased account shows its anonymised name); {@code sealed} is false for the few seconds
 * until the chain job has linked the entry.
 */
public record AuditEntry(long id, LocalDateTime occurredAt, AuditAction action, @Nullable String recordType,
                         @Nullable Long recordId, @Nullable Long centreId, @Nullable Long actorId,
                         @Nullable String actorName, @Nullable String actorRole, @Nullable String address,
                         List<FieldChange> changes, @Nullable String detail, boolean sealed) {
}
