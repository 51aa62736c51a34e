package lv.kopiena.user;

import lv.kopiena.security.Role;
import org.jspecify.annotations.Nullable;

/** A row of the user account list: never the password hash. */
public record UserAccount(long id, String username, String displayName, @Nullable String email, Role role,
                          @Nullable String centreName, @Nullable String institutionName, boolean enabled) {
}
