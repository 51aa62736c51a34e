package lv.kopiena.workshop;

import static lv.kopiena.jooq.Tables.ACTIVITY;
import static lv.kopiena.jooq.Tables.WORKSHOP;
import static lv.kopiena.jooq.Tables.WORKSHOP_SIGNUP;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The seat bookkeeping of {@link Seats}: locking reads and the writes it makes under the lock. */
@Repository
class SeatsRepository {

    private final DSLContext dsl;

    SeatsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Locks the workshop row only (the activity row stays free for its own editors) and reads the
     * start time beside it.
     */
    Optional<LockedWorkshop> lockWorkshop(long workshopId) {
        return dsl.select(WORKSHOP.ACTIVITY_ID, WORKSHOP.CAPACITY, WORKSHOP.WAITING_LIST, WORKSHOP.STATUS,
                        WORKSHOP.CONFIRMED_COUNT, WORKSHOP.NEXT_QUEUE_NO, WORKSHOP.SIGNUP_OPENS_AT,
                        WORKSHOP.SIGNUP_CLOSES_AT)
                .from(WORKSHOP)
                .where(WORKSHOP.ACTIVITY_ID.eq(workshopId))
                .forUpdate()
                .fetchOptional()
                .map(r -> new LockedWorkshop(r.value1(), r.value2(), r.value3(), WorkshopStatus.valueOf(r.value4()),
                        r.value5(), r.value6(),
                        dsl.select(ACTIVITY.STARTS_AT).from(ACTIVITY).where(ACTIVITY.ID.eq(workshopId))
                                .fetchSingle(ACTIVITY.STARTS_AT),
                        r.value7(), r.value8()));
    }

    Optional<LockedSignup> lockSignup(long workshopId, long accountId) {
        return dsl.select(WORKSHOP_SIGNUP.ID, WORKSHOP_SIGNUP.WORKSHOP_ID, WORKSHOP_SIGNUP.USER_ACCOUNT_ID,
                        WORKSHOP_SIGNUP.STATUS, WORKSHOP_SIGNUP.ATTENDED)
                .from(WORKSHOP_SIGNUP)
                .where(WORKSHOP_SIGNUP.WORKSHOP_ID.eq(workshopId), WORKSHOP_SIGNUP.USER_ACCOUNT_ID.eq(accountId))
                .forUpdate()
                .fetchOptional(r -> new LockedSignup(r.value1(), r.value2(), r.value3(),
                        SignupStatus.valueOf(r.value4()), r.value5()));
    }

    Optional<LockedSignup> lockSignup(long signupId) {
        return dsl.select(WORKSHOP_SIGNUP.ID, WORKSHOP_SIGNUP.WORKSHOP_ID, WORKSHOP_SIGNUP.USER_ACCOUNT_ID,
                        WORKSHOP_SIGNUP.STATUS, WORKSHOP_SIGNUP.ATTENDED)
                .from(WORKSHOP_SIGNUP)
                .where(WORKSHOP_SIGNUP.ID.eq(signupId))
                .forUpdate()
                .fetchOptional(r -> new LockedSignup(r.value1(), r.value2(), r.value3(),
                        SignupStatus.valueOf(r.value4()), r.value5()));
    }

    /** The workshop of a sign-up (which never changes, so no lock is needed to find it). */
    Optional<Long> workshopOf(long signupId) {
        return dsl.select(WORKSHOP_SIGNUP.WORKSHOP_ID).from(WORKSHOP_SIGNUP)
                .where(WORKSHOP_SIGNUP.ID.eq(signupId))
                .fetchOptional(WORKSHOP_SIGNUP.WORKSHOP_ID);
    }

    /** Hands out the next queue number and counts a new seat (0 or 1). */
    void advanceQueue(long workshopId, int newSeats) {
        dsl.update(WORKSHOP)
                .set(WORKSHOP.NEXT_QUEUE_NO, WORKSHOP.NEXT_QUEUE_NO.plus(1))
                .set(WORKSHOP.CONFIRMED_COUNT, WORKSHOP.CONFIRMED_COUNT.plus(newSeats))
                .where(WORKSHOP.ACTIVITY_ID.eq(workshopId))
                .execute();
    }

    void addConfirmed(long workshopId, int delta) {
        if (delta != 0) {
            dsl.update(WORKSHOP)
                    .set(WORKSHOP.CONFIRMED_COUNT, WORKSHOP.CONFIRMED_COUNT.plus(delta))
                    .where(WORKSHOP.ACTIVITY_ID.eq(workshopId))
                    .execute();
        }
    }

    void setCapacity(long workshopId, int capacity) {
        dsl.update(WORKSHOP).set(WORKSHOP.CAPACITY, capacity).where(WORKSHOP.ACTIVITY_ID.eq(workshopId)).execute();
    }

    void cancelWorkshop(long workshopId, @Nullable String reason, LocalDateTime at) {
        dsl.update(WORKSHOP)
                .set(WORKSHOP.STATUS, WorkshopStatus.CANCELLED.name())
                .set(WORKSHOP.CANCELLED_AT, at)
                .set(WORKSHOP.CANCEL_REASON, reason)
                .where(WORKSHOP.ACTIVITY_ID.eq(workshopId))
                .execute();
    }

    long insertSignup(long workshopId, long accountId, SignupStatus status, long queueNo, LocalDateTime at) {
        return dsl.insertInto(WORKSHOP_SIGNUP)
                .set(WORKSHOP_SIGNUP.WORKSHOP_ID, workshopId)
                .set(WORKSHOP_SIGNUP.USER_ACCOUNT_ID, accountId)
                .set(WORKSHOP_SIGNUP.STATUS, status.name())
                .set(WORKSHOP_SIGNUP.QUEUE_NO, queueNo)
                .set(WORKSHOP_SIGNUP.SIGNED_UP_AT, at)
                .set(WORKSHOP_SIGNUP.CONFIRMED_AT, status == SignupStatus.CONFIRMED ? at : null)
                .returningResult(WORKSHOP_SIGNUP.ID)
                .fetchOne(WORKSHOP_SIGNUP.ID);
    }

    /** A person who cancelled or was removed signs up again: the same row, at the end of the queue. */
    long reuseSignup(long signupId, SignupStatus status, long queueNo, LocalDateTime at) {
        dsl.update(WORKSHOP_SIGNUP)
                .set(WORKSHOP_SIGNUP.STATUS, status.name())
                .set(WORKSHOP_SIGNUP.QUEUE_NO, queueNo)
                .set(WORKSHOP_SIGNUP.SIGNED_UP_AT, at)
                .set(WORKSHOP_SIGNUP.CONFIRMED_AT, status == SignupStatus.CONFIRMED ? at : null)
                .setNull(WORKSHOP_SIGNUP.CANCELLED_AT)
                .set(WORKSHOP_SIGNUP.ATTENDED, false)
                .setNull(WORKSHOP_SIGNUP.ATTENDANCE_MARKED_AT)
                .setNull(WORKSHOP_SIGNUP.REMINDER_SENT_AT)
                .set(WORKSHOP_SIGNUP.VERSION, WORKSHOP_SIGNUP.VERSION.plus(1))
                .where(WORKSHOP_SIGNUP.ID.eq(signupId))
                .execute();
        return signupId;
    }

    void setStatus(long signupId, SignupStatus status, LocalDateTime at) {
        dsl.update(WORKSHOP_SIGNUP)
                .set(WORKSHOP_SIGNUP.STATUS, status.name())
                .set(WORKSHOP_SIGNUP.CANCELLED_AT, at)
                .set(WORKSHOP_SIGNUP.VERSION, WORKSHOP_SIGNUP.VERSION.plus(1))
                .where(WORKSHOP_SIGNUP.ID.eq(signupId))
                .execute();
    }

    void confirm(long signupId, LocalDateTime at) {
        dsl.update(WORKSHOP_SIGNUP)
                .set(WORKSHOP_SIGNUP.STATUS, SignupStatus.CONFIRMED.name())
                .set(WORKSHOP_SIGNUP.CONFIRMED_AT, at)
                .set(WORKSHOP_SIGNUP.VERSION, WORKSHOP_SIGNUP.VERSION.plus(1))
                .where(WORKSHOP_SIGNUP.ID.eq(signupId))
                .execute();
    }

    /** The first people waiting, in arrival order (a locking read). */
    List<Long> firstWaiting(long workshopId, int howMany) {
        return dsl.select(WORKSHOP_SIGNUP.ID)
                .from(WORKSHOP_SIGNUP)
                .where(WORKSHOP_SIGNUP.WORKSHOP_ID.eq(workshopId),
                        WORKSHOP_SIGNUP.STATUS.eq(SignupStatus.WAITING.name()))
                .orderBy(WORKSHOP_SIGNUP.QUEUE_NO)
                .limit(howMany)
                .forUpdate()
                .fetch(WORKSHOP_SIGNUP.ID);
    }

    List<Long> activeSignups(long workshopId) {
        return dsl.select(WORKSHOP_SIGNUP.ID)
                .from(WORKSHOP_SIGNUP)
                .where(WORKSHOP_SIGNUP.WORKSHOP_ID.eq(workshopId),
                        WORKSHOP_SIGNUP.STATUS.in(SignupStatus.CONFIRMED.name(), SignupStatus.WAITING.name()))
                .orderBy(WORKSHOP_SIGNUP.QUEUE_NO)
                .forUpdate()
                .fetch(WORKSHOP_SIGNUP.ID);
    }

    /** 1 for the first person waiting. */
    int waitingPosition(long workshopId, long queueNo) {
        return dsl.fetchCount(WORKSHOP_SIGNUP, WORKSHOP_SIGNUP.WORKSHOP_ID.eq(workshopId),
                WORKSHOP_SIGNUP.STATUS.eq(SignupStatus.WAITING.name()), WORKSHOP_SIGNUP.QUEUE_NO.le(queueNo));
    }

    Optional<Long> signupOf(long workshopId, long accountId) {
        return dsl.select(WORKSHOP_SIGNUP.ID).from(WORKSHOP_SIGNUP)
                .where(WORKSHOP_SIGNUP.WORKSHOP_ID.eq(workshopId), WORKSHOP_SIGNUP.USER_ACCOUNT_ID.eq(accountId))
                .fetchOptional(WORKSHOP_SIGNUP.ID);
    }
}
