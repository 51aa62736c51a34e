package lv.kopiena.audit;

import static lv.kopiena.jooq.Tables.ACTIVITY;
import static lv.kopiena.jooq.Tables.AUDIT_EVENT;
import static lv.kopiena.jooq.Tables.INITIATIVE;
import static lv.kopiena.jooq.Tables.USER_ACCOUNT;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lv.kopiena.jooq.tables.records.AuditEventRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.tools.json.JSONParser;
import org.jooq.tools.json.ParseException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class AuditRepository {

    private final DSLContext dsl;

    AuditRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void insert(LocalDateTime at, String action, @Nullable String recordType, @Nullable Long recordId,
                @Nullable Long centreId, @Nullable Long actorId, @Nullable String actorRole,
                @Nullable String address, @Nullable String changes, @Nullable String detail) {
        dsl.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.OCCURRED_AT, at)
                .set(AUDIT_EVENT.ACTION, action)
                .set(AUDIT_EVENT.RECORD_TYPE, recordType)
                .set(AUDIT_EVENT.RECORD_ID, recordId)
                .set(AUDIT_EVENT.CENTRE_ID, centreId)
                .set(AUDIT_EVENT.ACTOR_ACCOUNT_ID, actorId)
                .set(AUDIT_EVENT.ACTOR_ROLE, actorRole)
                .set(AUDIT_EVENT.ADDRESS, address)
                .set(AUDIT_EVENT.CHANGES, changes)
                .set(AUDIT_EVENT.DETAIL, detail)
                .execute();
    }

    record Account(String role, @Nullable Long centreId) {
    }

    Optional<Account> account(long id) {
        return dsl.select(USER_ACCOUNT.ROLE, USER_ACCOUNT.CENTRE_ID).from(USER_ACCOUNT).where(USER_ACCOUNT.ID.eq(id))
                .fetchOptional(r -> new Account(r.value1(), r.value2()));
    }

    /** The centre a record belongs to, found through the activity or initiative it hangs on. */
    Optional<Long> centreOfActivity(long activityId) {
        return dsl.select(ACTIVITY.CENTRE_ID).from(ACTIVITY).where(ACTIVITY.ID.eq(activityId)).fetchOptional(ACTIVITY.CENTRE_ID);
    }

    Optional<Long> centreOfInitiative(long initiativeId) {
        return dsl.select(INITIATIVE.CENTRE_ID).from(INITIATIVE).where(INITIATIVE.ID.eq(initiativeId))
                .fetchOptional(INITIATIVE.CENTRE_ID);
    }

    List<AuditEntry> find(AuditFilter filter, @Nullable Long centreScope, int offset, int limit) {
        return dsl.select(AUDIT_EVENT.asterisk(), USER_ACCOUNT.DISPLAY_NAME, USER_ACCOUNT.USERNAME)
                .from(AUDIT_EVENT)
                .leftJoin(USER_ACCOUNT).on(USER_ACCOUNT.ID.eq(AUDIT_EVENT.ACTOR_ACCOUNT_ID))
                .where(matches(filter, centreScope))
                .orderBy(AUDIT_EVENT.OCCURRED_AT.desc(), AUDIT_EVENT.ID.desc())
                .offset(offset).limit(limit)
                .fetch(AuditRepository::entry);
    }

    int count(AuditFilter filter, @Nullable Long centreScope) {
        return dsl.fetchCount(dsl.select(AUDIT_EVENT.ID).from(AUDIT_EVENT)
                .leftJoin(USER_ACCOUNT).on(USER_ACCOUNT.ID.eq(AUDIT_EVENT.ACTOR_ACCOUNT_ID))
                .where(matches(filter, centreScope)));
    }

    List<String> recordTypes() {
        return dsl.selectDistinct(AUDIT_EVENT.RECORD_TYPE).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.RECORD_TYPE.isNotNull()).orderBy(AUDIT_EVENT.RECORD_TYPE)
                .fetch(AUDIT_EVENT.RECORD_TYPE);
    }

    private static Condition matches(AuditFilter filter, @Nullable Long centreScope) {
        Condition condition = DSL.trueCondition();
        if (centreScope != null) {
            // a coordinator sees its centre's entries and the changes to the shared list of institutions
            condition = condition.and(AUDIT_EVENT.CENTRE_ID.eq(centreScope)
                    .or(AUDIT_EVENT.RECORD_TYPE.eq("institution").and(AUDIT_EVENT.CENTRE_ID.isNull())));
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            String like = "%" + filter.actor().trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            condition = condition.and(USER_ACCOUNT.DISPLAY_NAME.likeIgnoreCase(like, '\\')
                    .or(USER_ACCOUNT.USERNAME.likeIgnoreCase(like, '\\')));
        }
        if (filter.recordType() != null) {
            condition = condition.and(AUDIT_EVENT.RECORD_TYPE.eq(filter.recordType()));
        }
        if (filter.recordId() != null) {
            condition = condition.and(AUDIT_EVENT.RECORD_ID.eq(filter.recordId()));
        }
        if (filter.action() != null) {
            condition = condition.and(AUDIT_EVENT.ACTION.eq(filter.action().name()));
        }
        if (filter.from() != null) {
            condition = condition.and(AUDIT_EVENT.OCCURRED_AT.ge(filter.from().atStartOfDay()));
        }
        if (filter.to() != null) {
            condition = condition.and(AUDIT_EVENT.OCCURRED_AT.lt(filter.to().plusDays(1).atStartOfDay()));
        }
        return condition;
    }

    private static AuditEntry entry(Record r) {
        String name = r.get(USER_ACCOUNT.DISPLAY_NAME);
        String username = r.get(USER_ACCOUNT.USERNAME);
        String actor = name == null ? null : username == null || username.equals(name) ? name : name + " (" + username + ")";
        return new AuditEntry(r.get(AUDIT_EVENT.ID), r.get(AUDIT_EVENT.OCCURRED_AT),
                AuditAction.valueOf(r.get(AUDIT_EVENT.ACTION)), r.get(AUDIT_EVENT.RECORD_TYPE),
                r.get(AUDIT_EVENT.RECORD_ID), r.get(AUDIT_EVENT.CENTRE_ID), r.get(AUDIT_EVENT.ACTOR_ACCOUNT_ID),
                actor, r.get(AUDIT_EVENT.ACTOR_ROLE), r.get(AUDIT_EVENT.ADDRESS), parse(r.get(AUDIT_EVENT.CHANGES)),
                r.get(AUDIT_EVENT.DETAIL), r.get(AUDIT_EVENT.SEQ) != null);
    }

    static List<FieldChange> parse(@Nullable String json) {
        if (json == null) {
            return List.of();
        }
        try {
            List<FieldChange> changes = new ArrayList<>();
            for (Object item : (List<?>) new JSONParser().parse(json)) {
                Map<?, ?> map = (Map<?, ?>) item;
                String field = String.valueOf(map.get("f"));
                changes.add(Boolean.TRUE.equals(map.get("h")) ? FieldChange.hidden(field)
                        : new FieldChange(field, (String) map.get("o"), (String) map.get("n"), false));
            }
            return changes;
        } catch (ParseException | ClassCastException e) {
            return List.of(FieldChange.of("?", null, json));
        }
    }

    // --- the chain

    /** The last sealed entry's seq and hash, if any. */
    Optional<AuditEventRecord> lastSealedForUpdate() {
        return dsl.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.SEQ.isNotNull())
                .orderBy(AUDIT_EVENT.SEQ.desc()).limit(1).forUpdate().fetchOptional();
    }

    List<AuditEventRecord> unsealed(int limit) {
        return dsl.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.SEQ.isNull())
                .orderBy(AUDIT_EVENT.ID).limit(limit).fetch();
    }

    int countUnsealed() {
        return dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.SEQ.isNull());
    }

    void seal(long id, long seq, String prevHash, String hash) {
        dsl.update(AUDIT_EVENT)
                .set(AUDIT_EVENT.SEQ, seq)
                .set(AUDIT_EVENT.PREV_HASH, prevHash)
                .set(AUDIT_EVENT.HASH, hash)
                .where(AUDIT_EVENT.ID.eq(id).and(AUDIT_EVENT.SEQ.isNull()))
                .execute();
    }

    /** Sealed entries after {@code afterSeq}, in chain order. */
    List<AuditEventRecord> sealedAfter(long afterSeq, int limit) {
        return dsl.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.SEQ.gt(afterSeq))
                .orderBy(AUDIT_EVENT.SEQ).limit(limit).fetch();
    }

    /** Removes sealed entries older than {@code before}, from the start of the chain only. */
    int deleteSealedBefore(LocalDateTime before, int limit) {
        Long firstKept = dsl.select(DSL.min(AUDIT_EVENT.SEQ)).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.SEQ.isNotNull().and(AUDIT_EVENT.OCCURRED_AT.ge(before)))
                .fetchOne(0, Long.class);
        Condition old = AUDIT_EVENT.SEQ.isNotNull().and(AUDIT_EVENT.OCCURRED_AT.lt(before));
        if (firstKept != null) {
            old = old.and(AUDIT_EVENT.SEQ.lt(firstKept));
        }
        return dsl.deleteFrom(AUDIT_EVENT).where(old).orderBy(AUDIT_EVENT.SEQ).limit(limit).execute();
    }

    /** Clears the addresses of the entries a person made (erasure): the address is outside the chain. */
    int clearAddressesOf(long accountId) {
        return dsl.update(AUDIT_EVENT).setNull(AUDIT_EVENT.ADDRESS)
                .where(AUDIT_EVENT.ACTOR_ACCOUNT_ID.eq(accountId).and(AUDIT_EVENT.ADDRESS.isNotNull()))
                .execute();
    }
}
