package lv.kopiena.initiative;

import org.jspecify.annotations.Nullable;

/** A row of the initiative list, with its number of phases counted in the same query. */
public record InitiativeRow(long id, String title, long centreId, String centreName, Period period,
                            InitiativeStatus status, @Nullable String leadName, int phaseCount) {
}
