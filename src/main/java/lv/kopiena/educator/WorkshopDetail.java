package lv.kopiena.educator;

import org.jspecify.annotations.Nullable;

/** One workshop's public page: the catalogue row, its description and why it was cancelled. */
public record WorkshopDetail(WorkshopCard card, @Nullable String description, @Nullable String cancelReason) {
}
