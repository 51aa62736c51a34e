package lv.kopiena.institution;

import org.jspecify.annotations.Nullable;

/**
 * A row of the institution list. The municipality comes with today's successor's name when it is
 * a former one, so that a view can show "Aglonas novads (now Preiļu novads)".
 */
public record Institution(long id, String name, InstitutionType type, long municipalityId, String municipalityName,
                          @Nullable String municipalitySuccessorName, @Nullable String contactName,
                          @Nullable String contactEmail, @Nullable String contactPhone) {
}
