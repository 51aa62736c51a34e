package lv.kopiena.educator;

import java.util.Locale;

/** A programme priority to filter the catalogue by; its name is kept in each language. */
public record PriorityOption(long id, String nameLv, String nameUk, String nameEn) {

    /** The name in the reader's language (Latvian for any other language). */
    public String name(Locale locale) {
        return switch (locale.getLanguage()) {
            case "uk" -> nameUk;
            case "en" -> nameEn;
            default -> nameLv;
        };
    }
}
