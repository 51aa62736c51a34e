package lv.kopiena.security;

import static lv.kopiena.jooq.Tables.ATTEMPT_COUNTER;

import java.time.LocalDateTime;
import lv.kopiena.jooq.tables.records.AttemptCounterRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The attempt counters behind {@link AttemptLimiter}: one row per kind and subject. */
@Repository
class AttemptCounterRepository {

    private final DSLContext dsl;

    AttemptCounterRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The counter of a subject, created when missing, locked until the transaction ends: two
     * attempts on one subject are counted one after the other, never both from the same value.
     */
    AttemptCounterRecord lock(String kind, String subject, LocalDateTime now) {
        dsl.insertInto(ATTEMPT_COUNTER)
                .set(ATTEMPT_COUNTER.KIND, kind)
                .set(ATTEMPT_COUNTER.SUBJECT, subject)
                .set(ATTEMPT_COUNTER.ATTEMPTS, 0)
                .set(ATTEMPT_COUNTER.WINDOW_START, now)
                .set(ATTEMPT_COUNTER.LAST_ATTEMPT_AT, now)
                // an update that changes nothing, but takes the row's write lock at once: with
                // INSERT IGNORE a second request would hold a shared lock and deadlock on FOR UPDATE
                .onDuplicateKeyUpdate()
                .set(ATTEMPT_COUNTER.ATTEMPTS, ATTEMPT_COUNTER.ATTEMPTS)
                .execute();
        return dsl.selectFrom(ATTEMPT_COUNTER)
                .where(ATTEMPT_COUNTER.KIND.eq(kind).and(ATTEMPT_COUNTER.SUBJECT.eq(subject)))
                .forUpdate()
                .fetchSingle();
    }

    AttemptCounterRecord find(String kind, String subject) {
        return dsl.selectFrom(ATTEMPT_COUNTER)
                .where(ATTEMPT_COUNTER.KIND.eq(kind).and(ATTEMPT_COUNTER.SUBJECT.eq(subject)))
                .fetchOne();
    }

    void store(AttemptCounterRecord counter) {
        dsl.executeUpdate(counter);
    }

    void delete(String kind, String subject) {
        dsl.deleteFrom(ATTEMPT_COUNTER)
                .where(ATTEMPT_COUNTER.KIND.eq(kind).and(ATTEMPT_COUNTER.SUBJECT.eq(subject)))
                .execute();
    }

    /** Counters with no attempt since {@code before} and no lock still running. */
    int deleteStale(LocalDateTime before, LocalDateTime now) {
        return dsl.deleteFrom(ATTEMPT_COUNTER)
                .where(ATTEMPT_COUNTER.LAST_ATTEMPT_AT.lt(before))
                .and(ATTEMPT_COUNTER.LOCKED_UNTIL.isNull().or(ATTEMPT_COUNTER.LOCKED_UNTIL.lt(now)))
                .execute();
    }
}
