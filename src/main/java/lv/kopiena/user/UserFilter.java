package lv.kopiena.user;

import lv.kopiena.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * What the account list is narrowed to: a text found in the username, name or e-mail, a role and
 * a centre; each is optional.
 */
public record UserFilter(String search, @Nullable Role role, @Nullable Long centreId) {

    public static UserFilter all() {
        return new UserFilter("", null, null);
    }

    public static UserFilter search(String text) {
        return new UserFilter(text, null, null);
    }
}
