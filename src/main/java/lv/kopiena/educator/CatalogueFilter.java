package lv.kopiena.educator;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a visitor narrows the workshop list to; a null field does not filter.
 *
 * @param from     first day (inclusive) on which a workshop may start
 * @param to       last day (inclusive) on which a workshop may start
 * @param language the workshop's language code (lv, uk, en, ru, ltg)
 */
public record CatalogueFilter(@Nullable Long centreId, @Nullable LocalDate from, @Nullable LocalDate to,
                              @Nullable String language, @Nullable Long priorityId) {

    public static final CatalogueFilter NONE = new CatalogueFilter(null, null, null, null, null);
}
