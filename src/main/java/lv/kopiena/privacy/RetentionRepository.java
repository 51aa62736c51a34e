package lv.kopiena.privacy;

import static lv.kopiena.jooq.Tables.ACTIVITY;
import static lv.kopiena.jooq.Tables.ATTENDANCE;
import static lv.kopiena.jooq.Tables.PARTICIPANT;
import static lv.kopiena.jooq.Tables.RETENTION_RULE;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

/**
 * The centres' retention rules and the participants a rule acts on. Whom a rule touches is one
 * condition, used both for the dry-run list and for the run itself, so the list shows exactly what
 * a run would do at that moment.
 */
@Repository
class RetentionRepository {

    private final DSLContext dsl;

    RetentionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<RetentionRule> find(long centreId) {
        return dsl.selectFrom(RETENTION_RULE).where(RETENTION_RULE.CENTRE_ID.eq(centreId))
                .fetchOptional(r -> new RetentionRule(r.getCentreId(), r.getEnabled(), r.getInactiveYears(),
                        r.getMinorsContactAt_18(), r.getVersion()));
    }

    List<RetentionRule> enabled() {
        return dsl.selectFrom(RETENTION_RULE).where(RETENTION_RULE.ENABLED.isTrue()).orderBy(RETENTION_RULE.CENTRE_ID)
                .fetch(r -> new RetentionRule(r.getCentreId(), true, r.getInactiveYears(), r.getMinorsContactAt_18(),
                        r.getVersion()));
    }

    /** @return false when the rule was stored already (someone else saved it first) */
    boolean insert(RetentionRule rule) {
        try {
            return dsl.insertInto(RETENTION_RULE)
                    .set(RETENTION_RULE.CENTRE_ID, rule.centreId())
                    .set(RETENTION_RULE.ENABLED, rule.enabled())
                    .set(RETENTION_RULE.INACTIVE_YEARS, rule.inactiveYears())
                    .set(RETENTION_RULE.MINORS_CONTACT_AT_18, rule.minorsContactAt18())
                    .set(RETENTION_RULE.VERSION, 0)
                    .execute() == 1;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** @return false when the stored version is no longer the one the caller read */
    boolean update(RetentionRule rule, int version) {
        return dsl.update(RETENTION_RULE)
                .set(RETENTION_RULE.ENABLED, rule.enabled())
                .set(RETENTION_RULE.INACTIVE_YEARS, rule.inactiveYears())
                .set(RETENTION_RULE.MINORS_CONTACT_AT_18, rule.minorsContactAt18())
                .set(RETENTION_RULE.VERSION, version + 1)
                .where(RETENTION_RULE.CENTRE_ID.eq(rule.centreId()), RETENTION_RULE.VERSION.eq(version))
                .execute() == 1;
    }

    /**
     * The participants the rule acts on now, inactive ones first (oldest last activity first).
     * Someone both inactive and an adult registered as a minor is listed once, as inactive.
     */
    List<RetentionCandidate> candidates(RetentionRule rule, LocalDateTime now, int offset, int limit) {
        Field<LocalDateTime> lastSeen = lastSeen();
        Field<Boolean> inactive = DSL.field(inactive(rule, now));
        return dsl.select(PARTICIPANT.ID, PARTICIPANT.FIRST_NAME, PARTICIPANT.LAST_NAME, PARTICIPANT.BIRTH_YEAR,
                        PARTICIPANT.CATEGORY, lastSeen, inactive)
                .from(PARTICIPANT)
                .where(affected(rule, now))
                .orderBy(inactive.desc(), lastSeen.asc(), PARTICIPANT.ID)
                .offset(offset)
                .limit(limit)
                .fetch(r -> new RetentionCandidate(r.value1(), r.value2(), r.value3(),
                        r.value4() == null ? null : r.value4().intValue(), r.value5(), r.value6(),
                        Boolean.TRUE.equals(r.value7()) ? RetentionCandidate.Reason.INACTIVE
                                : RetentionCandidate.Reason.CONTACT_AT_18));
    }

    int count(RetentionRule rule, LocalDateTime now) {
        return dsl.fetchCount(PARTICIPANT, affected(rule, now));
    }

    /** The ids the rule would erase and those whose contact data it would remove, locked. */
    List<Long> inactiveIds(RetentionRule rule, LocalDateTime now) {
        return dsl.select(PARTICIPANT.ID).from(PARTICIPANT)
                .where(PARTICIPANT.CENTRE_ID.eq(rule.centreId()), PARTICIPANT.ERASED_AT.isNull(), inactive(rule, now))
                .orderBy(PARTICIPANT.ID).forUpdate().fetch(PARTICIPANT.ID);
    }

    List<Long> adultContactIds(RetentionRule rule, LocalDateTime now) {
        if (!rule.minorsContactAt18()) {
            return List.of();
        }
        return dsl.select(PARTICIPANT.ID).from(PARTICIPANT)
                .where(PARTICIPANT.CENTRE_ID.eq(rule.centreId()), PARTICIPANT.ERASED_AT.isNull(),
                        adultContact(now), inactive(rule, now).not())
                .orderBy(PARTICIPANT.ID).forUpdate().fetch(PARTICIPANT.ID);
    }

    private Condition affected(RetentionRule rule, LocalDateTime now) {
        Condition acts = inactive(rule, now);
        if (rule.minorsContactAt18()) {
            acts = acts.or(adultContact(now));
        }
        return PARTICIPANT.CENTRE_ID.eq(rule.centreId()).and(PARTICIPANT.ERASED_AT.isNull()).and(acts);
    }

    /** The start of the last activity attended, or when the record was made. */
    private static Field<LocalDateTime> lastSeen() {
        Field<LocalDateTime> lastActivity = DSL.field(DSL.select(DSL.max(ACTIVITY.STARTS_AT))
                .from(ATTENDANCE).join(ACTIVITY).on(ACTIVITY.ID.eq(ATTENDANCE.ACTIVITY_ID))
                .where(ATTENDANCE.PARTICIPANT_ID.eq(PARTICIPANT.ID)));
        return DSL.coalesce(lastActivity, PARTICIPANT.CREATED_AT).as("last_seen");
    }

    private static Condition inactive(RetentionRule rule, LocalDateTime now) {
        LocalDateTime cutoff = now.minusYears(rule.inactiveYears());
        return PARTICIPANT.CREATED_AT.lt(cutoff).and(DSL.notExists(DSL.selectOne()
                .from(ATTENDANCE).join(ACTIVITY).on(ACTIVITY.ID.eq(ATTENDANCE.ACTIVITY_ID))
                .where(ATTENDANCE.PARTICIPANT_ID.eq(PARTICIPANT.ID), ACTIVITY.STARTS_AT.ge(cutoff))));
    }

    /**
     * Registered while under 18 (by year of birth and the year the record was made), 18 or older
     * now (in the year someone turns 18 they count as 18, as in the consent rules), with an e-mail
     * or a phone still stored.
     */
    private static Condition adultContact(LocalDateTime now) {
        Field<Integer> birthYear = PARTICIPANT.BIRTH_YEAR.coerce(Integer.class);
        return PARTICIPANT.BIRTH_YEAR.isNotNull()
                .and(birthYear.plus(18).le(now.getYear()))
                .and(DSL.year(PARTICIPANT.CREATED_AT).lt(birthYear.plus(18)))
                .and(PARTICIPANT.EMAIL.isNotNull().or(PARTICIPANT.PHONE.isNotNull()));
    }
}
