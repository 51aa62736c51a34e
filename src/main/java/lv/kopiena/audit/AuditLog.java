package lv.kopiena.audit;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import lv.kopiena.security.ClientAddress;
import lv.kopiena.security.CurrentUser;
import lv.kopiena.security.KopienaUser;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.tools.json.JSONValue;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the audit trail. Every entry is written in the caller's transaction (there must be one),
 * so it commits and rolls back with the change it records. The person who did it is the logged-in
 * user (by account id and role), the address the request's; a scheduled job is "the system" (no
 * actor). Changes to records stored through jOOQ's {@code UpdatableRecord}s are recorded by
 * {@link AuditRecordListener} without the services doing anything; what happens through plain SQL
 * (deletes, attendance, merges, erasures, exports, logins) is recorded by the services calling
 * {@link #record}. Never throws for a missing user: the trail must not stop work.
 */
@Component
public class AuditLog {

    private final AuditRepository repository;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditLog(AuditRepository repository, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records an event about a record, by the current user. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditAction action, @Nullable String recordType, @Nullable Long recordId,
                       @Nullable Long centreId, @Nullable String detail) {
        record(action, recordType, recordId, centreId, List.of(), detail);
    }

    /** Records an event about a record with the fields it changed, by the current user. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditAction action, @Nullable String recordType, @Nullable Long recordId,
                       @Nullable Long centreId, List<FieldChange> changes, @Nullable String detail) {
        KopienaUser user = currentUser.get().orElse(null);
        if (centreId == null && recordId != null && ("activity".equals(recordType) || "workshop".equals(recordType))) {
            centreId = repository.centreOfActivity(recordId).orElse(null);
        }
        write(action, recordType, recordId, centreId,
                user == null ? null : user.id(), user == null ? null : user.role().name(), changes, detail);
    }

    /**
     * Records a login attempt in the login's own transaction: the account (when the name was one)
     * is the actor, with its role and centre as they are now, from the given address.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordLogin(AuditAction action, @Nullable Long accountId, String address, @Nullable String detail) {
        AuditRepository.Account account = accountId == null ? null : repository.account(accountId).orElse(null);
        repository.insert(LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS), action.name(),
                accountId == null ? null : "user_account", accountId, account == null ? null : account.centreId(),
                accountId, account == null ? null : account.role(),
                ClientAddress.UNKNOWN.equals(address) ? null : address, null, detail);
    }

    /** Records what the scheduled jobs do (retention, backups): no person did it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordBySystem(AuditAction action, @Nullable String recordType, @Nullable Long recordId,
                               @Nullable Long centreId, @Nullable String detail) {
        write(action, recordType, recordId, centreId, null, null, List.of(), detail);
    }

    /**
     * Clears the address of every entry the account made, when its person is erased: the entries
     * stay (ids only), the address is personal data.
     *
     * @return how many entries had an address
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int eraseAddressesOf(long accountId) {
        return repository.clearAddressesOf(accountId);
    }

    /** Records a change stored through a jOOQ record (see {@link AuditRecordListener}). */
    void recordStored(AuditAction action, String table, Record record, List<FieldChange> changes) {
        Long id = null;
        if (record instanceof org.jooq.UpdatableRecord<?> updatable && updatable.key().size() == 1
                && updatable.key().get(0) instanceof Number number) {
            id = number.longValue();
        }
        record(action, table, id, centreOf(table, id, record), changes, null);
    }

    private @Nullable Long centreOf(String table, @Nullable Long id, Record record) {
        if (table.equals("centre")) {
            return id;
        }
        if (record.field("centre_id") != null && record.get("centre_id") instanceof Number centre) {
            return centre.longValue();
        }
        if (record.field("activity_id") != null && record.get("activity_id") instanceof Number activity) {
            return repository.centreOfActivity(activity.longValue()).orElse(null);
        }
        if (record.field("initiative_id") != null && record.get("initiative_id") instanceof Number initiative) {
            return repository.centreOfInitiative(initiative.longValue()).orElse(null);
        }
        // a shared record (an institution, a priority): not one centre's
        return null;
    }

    /** Whether a person is logged in: changes by the system (demo data, jobs) are not traced field by field. */
    boolean hasActor() {
        return currentUser.get().isPresent();
    }

    /**
     * The fields of {@code table} that differ between two states of a record, personal ones without
     * their values and bookkeeping ones left out. {@code before} null means a new record.
     */
    public static List<FieldChange> changes(String table, @Nullable Record before, Record after) {
        List<FieldChange> changes = new ArrayList<>();
        for (Field<?> field : after.fields()) {
            String column = field.getName();
            if (PersonalFields.bookkeeping(column)) {
                continue;
            }
            Object old = before == null ? null : before.get(column);
            Object now = after.get(field);
            if (Objects.equals(normal(old), normal(now))) {
                continue;
            }
            changes.add(PersonalFields.personal(table, column) ? FieldChange.hidden(column)
                    : FieldChange.of(column, old, now));
        }
        return changes;
    }

    /** A change of a record's links (funders, partners, priorities, ...), by ids, or nothing when they are the same. */
    public static List<FieldChange> linkChange(String field, java.util.Set<Long> before, java.util.Set<Long> after) {
        if (before.equals(after)) {
            return List.of();
        }
        return List.of(FieldChange.of(field, new java.util.TreeSet<>(before), new java.util.TreeSet<>(after)));
    }

    private static @Nullable Object normal(@Nullable Object value) {
        return value instanceof java.math.BigDecimal d ? d.stripTrailingZeros() : value;
    }

    private void write(AuditAction action, @Nullable String recordType, @Nullable Long recordId,
                       @Nullable Long centreId, @Nullable Long actorId, @Nullable String actorRole,
                       List<FieldChange> changes, @Nullable String detail) {
        String address = ClientAddress.current();
        repository.insert(LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS), action.name(), recordType,
                recordId, centreId, actorId, actorRole, ClientAddress.UNKNOWN.equals(address) ? null : address,
                changes.isEmpty() ? null : json(changes), detail == null ? null : shorten(detail, 500));
    }

    /** The names of the fields an entry's stored changes name, in order (e.g. for a person's data export). */
    public static List<String> changedFields(@Nullable String json) {
        return AuditRepository.parse(json).stream().map(FieldChange::field).toList();
    }

    static String json(List<FieldChange> changes) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (FieldChange change : changes) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("f", change.field());
            if (change.hidden()) {
                entry.put("h", true);
            } else {
                entry.put("o", change.oldValue());
                entry.put("n", change.newValue());
            }
            list.add(entry);
        }
        return JSONValue.toJSONString(list);
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
