package lv.kopiena.activity;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An initiative as a choice for an activity (or a list filter). */
public record InitiativeOption(long id, long centreId, String title, LocalDate startsOn, @Nullable LocalDate endsOn) {
}
