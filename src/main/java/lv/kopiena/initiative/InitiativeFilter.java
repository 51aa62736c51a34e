package lv.kopiena.initiative;

import org.jspecify.annotations.Nullable;

/**
 * What the initiative list is narrowed to: a text in the title, a status, a centre (admins; a
 * coordinator's list is always limited to its own centre by the service).
 */
public record InitiativeFilter(String search, @Nullable InitiativeStatus status, @Nullable Long centreId) {

    public static InitiativeFilter all() {
        return new InitiativeFilter("", null, null);
    }
}
