package lv.kopiena.initiative;

/** An initiative as other features offer it in a selection field (e.g. an activity's initiative). */
public record InitiativeOption(long id, String title, long centreId) {
}
