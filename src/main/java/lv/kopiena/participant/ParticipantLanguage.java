package lv.kopiena.participant;

import java.util.Arrays;
import java.util.Optional;

/**
 * The language a participant prefers, stored as a short code. Latgalian is on the list because
 * the centres are in Latgale; Ukrainian and Russian because refugees and many residents speak
 * them. Labels are "participant.language.CODE".
 */
public enum ParticipantLanguage {
    LV("lv"), LTG("ltg"), UK("uk"), RU("ru"), EN("en"), OTHER("other");

    private final String code;

    ParticipantLanguage(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ParticipantLanguage> ofCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
    }
}
