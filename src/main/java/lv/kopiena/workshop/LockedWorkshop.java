package lv.kopiena.workshop;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** The seat state of a workshop as read under its row lock. */
record LockedWorkshop(long id, int capacity, boolean waitingList, WorkshopStatus status, int confirmedCount,
                      long nextQueueNo, LocalDateTime startsAt, @Nullable LocalDateTime signupOpensAt,
                      @Nullable LocalDateTime signupClosesAt) {

    LockedWorkshop withConfirmedCount(int count) {
        return new LockedWorkshop(id, capacity, waitingList, status, count, nextQueueNo, startsAt, signupOpensAt,
                signupClosesAt);
    }

    LockedWorkshop withCapacity(int newCapacity) {
        return new LockedWorkshop(id, newCapacity, waitingList, status, confirmedCount, nextQueueNo, startsAt,
                signupOpensAt, signupClosesAt);
    }
}
