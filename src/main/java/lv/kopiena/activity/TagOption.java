package lv.kopiena.activity;

import java.util.Locale;

/** A priority or a target group: its name is kept in each language of the product. */
public record TagOption(long id, String nameLv, String nameUk, String nameEn) {

    /** The name in the reader's language (Latvian for any other language). */
    public String name(Locale locale) {
        return switch (locale.getLanguage()) {
            case "uk" -> nameUk;
            case "en" -> nameEn;
            default -> nameLv;
        };
    }
}
