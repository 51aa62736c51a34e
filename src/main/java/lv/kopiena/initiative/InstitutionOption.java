package lv.kopiena.initiative;

/** An institution as a selection field offers it (lead organisation, funder, partner). */
public record InstitutionOption(long id, String name) {
}
