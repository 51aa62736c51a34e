package lv.kopiena.initiative;

/** A coordinator account that may be named as an initiative's coordinator. */
public record CoordinatorOption(long id, String displayName) {
}
