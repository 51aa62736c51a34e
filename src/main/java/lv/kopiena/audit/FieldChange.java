package lv.kopiena.audit;

import org.jspecify.annotations.Nullable;

/**
 * One changed field of an audited record. For personal fields the values are not kept
 * ({@code hidden}): the entry says that the field changed, never what it held.
 */
public record FieldChange(String field, @Nullable String oldValue, @Nullable String newValue, boolean hidden) {

    public static FieldChange of(String field, @Nullable Object oldValue, @Nullable Object newValue) {
        return new FieldChange(field, text(oldValue), text(newValue), false);
    }

    public static FieldChange hidden(String field) {
        return new FieldChange(field, null, null, true);
    }

    private static @Nullable String text(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        return text.length() <= 500 ? text : text.substring(0, 500) + "…";
    }
}
