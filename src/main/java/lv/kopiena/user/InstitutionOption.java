package lv.kopiena.user;

/** An institution as the account form offers it: an educator's school or a funder's organisation. */
public record InstitutionOption(long id, String name) {
}
