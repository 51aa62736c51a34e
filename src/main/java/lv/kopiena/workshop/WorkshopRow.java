package lv.kopiena.workshop;

import java.time.LocalDateTime;

/** A row of the coordinator's workshop list. */
public record WorkshopRow(long activityId, String title, LocalDateTime startsAt, String centreName, int capacity,
                          int confirmed, int waiting, WorkshopStatus status) {

    public int seatsLeft() {
        return Math.max(0, capacity - confirmed);
    }
}
