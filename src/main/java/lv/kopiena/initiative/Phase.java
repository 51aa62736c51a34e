package lv.kopiena.initiative;

/** A phase ("stage") of an initiative as other features offer it (e.g. an activity's phase). */
public record Phase(long id, String name, Period period) {
}
