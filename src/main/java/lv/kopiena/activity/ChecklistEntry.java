package lv.kopiena.activity;

/** One line of the quick check-list: a usual participant and whether they are marked for this activity. */
public record ChecklistEntry(ParticipantOption participant, boolean attending) {
}
