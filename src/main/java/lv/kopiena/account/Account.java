package lv.kopiena.account;

import org.jspecify.annotations.Nullable;

/** An account as the password features need it. Never leaves this package: it carries the hash. */
record Account(long id, String username, @Nullable String email, String displayName, String locale,
               boolean enabled, String passwordHash) {

    boolean hasEmail() {
        return email != null && !email.isBlank();
    }

    @Override
    public String toString() {
        return "Account[" + id + "]";
    }
}
