package lv.kopiena.participant;

/** An institution to pick for a participant: just what a selection field shows. */
public record InstitutionOption(long id, String name) {
}
