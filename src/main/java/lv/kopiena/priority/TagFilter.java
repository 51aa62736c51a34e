package lv.kopiena.priority;

import org.jspecify.annotations.Nullable;

/**
 * What the admin list of one tag list is narrowed to: a text found in the code or any of the
 * names, and active or inactive entries only (null: both).
 */
public record TagFilter(String search, @Nullable Boolean active) {

    public static TagFilter all() {
        return new TagFilter("", null);
    }
}
