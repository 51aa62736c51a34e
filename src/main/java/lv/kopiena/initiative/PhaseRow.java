package lv.kopiena.initiative;

/**
 * A row of an initiative's phase list: whether its closing summary is written, and how many
 * activities belong to it (counted in the same query).
 */
public record PhaseRow(long id, String name, Period period, boolean summarised, int activityCount) {
}
