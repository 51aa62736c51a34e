package lv.kopiena.centre;

import org.jspecify.annotations.Nullable;

/** A row of the centre list. */
public record Centre(long id, String name, long municipalityId, String municipalityName,
                     @Nullable String address, @Nullable String premises, @Nullable String contactName,
                     @Nullable String contactEmail, @Nullable String contactPhone) {
}
