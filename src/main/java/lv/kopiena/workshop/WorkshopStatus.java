package lv.kopiena.workshop;

/** Whether a workshop still takes place. Stored in {@code workshop.status}. */
public enum WorkshopStatus {
    OPEN,
    CANCELLED
}
