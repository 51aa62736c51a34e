package lv.kopiena.priority;

import java.util.Locale;

/**
 * An entry of one of the programme's lists (a priority or a target group) that initiatives and
 * activities are tagged with. The name is kept in each language of the product because it is
 * shown as it is; {@link #name(Locale)} picks the one for the reader.
 */
public record Tag(long id, String code, String nameLv, String nameUk, String nameEn, int sortOrder, boolean active) {

    /** The name in the reader's language; Latvian for any language the product does not have. */
    public String name(Locale locale) {
        return switch (locale.getLanguage()) {
            case "uk" -> nameUk;
            case "en" -> nameEn;
            default -> nameLv;
        };
    }
}
