package lv.kopiena.workshop;

/** Where a person stands in a workshop. Stored in {@code workshop_signup.status}. */
public enum SignupStatus {
    /** Has a seat. */
    CONFIRMED,
    /** On the waiting list, in arrival order. */
    WAITING,
    /** Cancelled by the person. */
    CANCELLED,
    /** Taken off the list by the coordinator. */
    REMOVED;

    /** True while the person holds a seat or a place in the queue. */
    public boolean active() {
        return this == CONFIRMED || this == WAITING;
    }
}
