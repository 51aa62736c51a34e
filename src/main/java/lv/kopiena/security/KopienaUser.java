package lv.kopiena.security;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in user as Spring Security holds it: the account id, role and, for a coordinator,
 * the centre whose records it may see and change.
 */
public record KopienaUser(long id, String username, String passwordHash, String displayName, Role role,
                          @Nullable Long centreId, @Nullable Long institutionId, String preferredLocale,
                          boolean enabled) implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /**
     * The same user without the password hash: what a logged-in session keeps, so that the hash is
     * not held in memory (or written wherever sessions go) for the session's whole life.
     */
    public KopienaUser withoutPasswordHash() {
        return new KopienaUser(id, username, "", displayName, role, centreId, institutionId, preferredLocale, enabled);
    }

    /** Never print the hash, not even in a log line. */
    @Override
    public String toString() {
        return "KopienaUser[" + username + ", " + role + ", centre=" + centreId + "]";
    }
}
