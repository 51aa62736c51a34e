package lv.kopiena.workshop;

import java.time.Clock;
import java.time.LocalDateTime;
import lv.kopiena.base.ValidationException;
import lv.kopiena.security.CurrentUser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * An educator's own sign-ups: take a seat (or a place on the waiting list) and give it back.
 * The seat rules live in {@link Seats}; this service only says who may call them and for whom.
 */
@Service
@Transactional(readOnly = true)
public class SignupService {

    private final Seats seats;
    private final SeatsRepository repository;
    private final CurrentUser currentUser;
    private final Clock clock;

    SignupService(Seats seats, SeatsRepository repository, CurrentUser currentUser, Clock clock) {
        this.seats = seats;
        this.repository = repository;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Signs the current educator up for a workshop (an activity id).
     *
     * @throws ValidationException when the workshop is cancelled, past, not open yet, closed, full
     *                             without a waiting list, or the educator is already on it
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("hasRole('EDUCATOR')")
    public SignupResult signUp(long workshopId) {
        try {
            return seats.take(workshopId, currentUser.require().id(), false);
        } catch (DuplicateKeyException e) {
            // The unique key (workshop, person) is the last guard; the lock makes this unreachable.
            throw new ValidationException("workshop.error.already-signed-up");
        }
    }

    /**
     * Cancels the current educator's seat or waiting place; a freed seat goes to the first person
     * waiting.
     *
     * @throws ValidationException when the educator is not signed up, the workshop has started, or
     *                             attendance is already marked
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("hasRole('EDUCATOR')")
    public void cancelMine(long workshopId) {
        long signupId = repository.signupOf(workshopId, currentUser.require().id())
                .orElseThrow(() -> new ValidationException("workshop.error.not-signed-up"));
        LockedWorkshop workshop = seats.lock(workshopId);
        if (!workshop.startsAt().isAfter(LocalDateTime.now(clock))) {
            throw new ValidationException("workshop.error.past");
        }
        seats.release(signupId, SignupStatus.CANCELLED);
    }
}
