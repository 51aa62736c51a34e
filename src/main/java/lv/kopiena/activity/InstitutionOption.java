package lv.kopiena.activity;

/** An institution as the organiser of an activity. */
public record InstitutionOption(long id, String name) {
}
