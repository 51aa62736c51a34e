package lv.kopiena.workshop;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import lv.kopiena.base.NotFoundException;
import lv.kopiena.base.ValidationException;
import lv.kopiena.mail.MailKind;
import lv.kopiena.mail.MailOutbox;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only place where seats change hands. Every change first locks the workshop row
 * ({@code SELECT ... FOR UPDATE}), so that sign-ups, cancellations, removals and capacity changes of
 * one workshop run one after another: the confirmed count cannot pass the capacity, the waiting list
 * keeps the order in which the lock was obtained (the queue number is handed out under it), and a
 * person cannot hold two rows (checked under the lock, and by the unique key).
 * <p>
 * Reads after the lock are locking reads, so they see the latest committed state whatever the
 * transaction read before. Every change queues its mail in the same transaction.
 * <p>
 * Callers are services that have already checked who may do this; the methods need a transaction.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class Seats {

    /** How a moment appears in a message: the same in lv, uk and en. */
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final SeatsRepository repository;
    private final MailOutbox mails;
    private final Clock clock;

    Seats(SeatsRepository repository, MailOutbox mails, Clock clock) {
        this.repository = repository;
        this.mails = mails;
        this.clock = clock;
    }

    /** The workshop locked for the rest of the transaction. */
    LockedWorkshop lock(long workshopId) {
        return repository.lockWorkshop(workshopId).orElseThrow(() -> new NotFoundException("workshop", workshopId));
    }

    /**
     * Gives the person a seat if one is free, else a place on the waiting list (if the workshop has
     * one).
     *
     * @param byCoordinator a coordinator may add someone outside the sign-up period (not to a
     *                      cancelled workshop)
     * @throws ValidationException when the workshop is cancelled, past, not open yet, closed, full
     *                             without a waiting list, or the person is already on it
     */
    SignupResult take(long workshopId, long accountId, boolean byCoordinator) {
        LockedWorkshop workshop = lock(workshopId);
        LocalDateTime now = LocalDateTime.now(clock);
        if (workshop.status() == WorkshopStatus.CANCELLED) {
            throw new ValidationException("workshop.error.cancelled");
        }
        if (!byCoordinator) {
            if (!workshop.startsAt().isAfter(now)) {
                throw new ValidationException("workshop.error.past");
            }
            if (workshop.signupOpensAt() != null && now.isBefore(workshop.signupOpensAt())) {
                throw new ValidationException("workshop.error.not-open-yet", SHOWN.format(workshop.signupOpensAt()));
            }
            if (workshop.signupClosesAt() != null && now.isAfter(workshop.signupClosesAt())) {
                throw new ValidationException("workshop.error.closed");
            }
        }
        @Nullable LockedSignup existing = repository.lockSignup(workshopId, accountId).orElse(null);
        if (existing != null && existing.status().active()) {
            throw new ValidationException("workshop.error.already-signed-up");
        }
        boolean seat = workshop.confirmedCount() < workshop.capacity();
        if (!seat && !workshop.waitingList()) {
            throw new ValidationException("workshop.error.full");
        }
        SignupStatus status = seat ? SignupStatus.CONFIRMED : SignupStatus.WAITING;
        long queueNo = workshop.nextQueueNo();
        LocalDateTime at = now.truncatedTo(ChronoUnit.MICROS);
        repository.advanceQueue(workshopId, seat ? 1 : 0);
        long signupId = existing == null
                ? repository.insertSignup(workshopId, accountId, status, queueNo, at)
                : repository.reuseSignup(existing.id(), status, queueNo, at);
        if (seat) {
            mails.enqueue(MailKind.CONFIRMED, signupId);
            return new SignupResult(signupId, status, 0);
        }
        mails.enqueue(MailKind.WAITING, signupId);
        return new SignupResult(signupId, status, repository.waitingPosition(workshopId, queueNo));
    }

    /**
     * Ends a person's place: cancelled by the person, or removed by the coordinator. A freed seat
     * goes at once to the first person waiting.
     *
     * @throws ValidationException when the person has no place any more, or already attended
     */
    void release(long signupId, SignupStatus newStatus) {
        if (newStatus.active()) {
            throw new IllegalArgumentException("Not a release: " + newStatus);
        }
        long workshopId = repository.workshopOf(signupId)
                .orElseThrow(() -> new NotFoundException("signup", signupId));
        LockedWorkshop workshop = lock(workshopId);
        LockedSignup signup = repository.lockSignup(signupId)
                .orElseThrow(() -> new NotFoundException("signup", signupId));
        if (!signup.status().active()) {
            throw new ValidationException("workshop.error.not-signed-up");
        }
        if (signup.attended()) {
            throw new ValidationException("workshop.error.already-attended");
        }
        repository.setStatus(signupId, newStatus, LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS));
        mails.enqueue(newStatus == SignupStatus.REMOVED ? MailKind.REMOVED : MailKind.SIGNUP_CANCELLED, signupId);
        if (signup.status() == SignupStatus.CONFIRMED) {
            repository.addConfirmed(workshopId, -1);
            promote(workshop.withConfirmedCount(workshop.confirmedCount() - 1));
        }
    }

    /**
     * Sets a new capacity and promotes people waiting into any seats it frees.
     *
     * @throws ValidationException when fewer seats than confirmed people are asked for
     */
    void changeCapacity(long workshopId, int capacity) {
        LockedWorkshop workshop = lock(workshopId);
        if (capacity < workshop.confirmedCount()) {
            throw new ValidationException("workshop.error.capacity-below-confirmed", workshop.confirmedCount());
        }
        repository.setCapacity(workshopId, capacity);
        promote(workshop.withCapacity(capacity));
    }

    /** Cancels the whole workshop and tells everyone who held a seat or waited. */
    void cancelWorkshop(long workshopId, @Nullable String reason) {
        LockedWorkshop workshop = lock(workshopId);
        if (workshop.status() == WorkshopStatus.CANCELLED) {
            throw new ValidationException("workshop.error.cancelled");
        }
        repository.cancelWorkshop(workshopId, reason, LocalDateTime.now(clock));
        for (long signupId : repository.activeSignups(workshopId)) {
            mails.enqueue(MailKind.WORKSHOP_CANCELLED, signupId);
        }
    }

    /** Fills free seats from the head of the waiting list; the workshop must be locked. */
    private void promote(LockedWorkshop workshop) {
        if (workshop.status() == WorkshopStatus.CANCELLED) {
            return;
        }
        int free = workshop.capacity() - workshop.confirmedCount();
        if (free <= 0) {
            return;
        }
        LocalDateTime at = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        var promoted = repository.firstWaiting(workshop.id(), free);
        for (long signupId : promoted) {
            repository.confirm(signupId, at);
            mails.enqueue(MailKind.PROMOTED, signupId);
        }
        repository.addConfirmed(workshop.id(), promoted.size());
    }
}
