package lv.kopiena.workshop;

import java.util.Arrays;
import java.util.Optional;

/** The language a workshop is held in. Stored by code in {@code workshop.language}, labelled "workshop.language.CODE". */
public enum WorkshopLanguage {
    LV("lv"),
    UK("uk"),
    EN("en"),
    RU("ru"),
    LTG("ltg");

    private final String code;

    WorkshopLanguage(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<WorkshopLanguage> of(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
    }
}
