package lv.kopiena.initiative;

/** Where an initiative stands; shown as "initiative.status.&lt;NAME&gt;". */
public enum InitiativeStatus {
    PLANNED,
    ACTIVE,
    COMPLETED,
    CANCELLED
}
