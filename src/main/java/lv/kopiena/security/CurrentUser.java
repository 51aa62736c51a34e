package lv.kopiena.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is calling, for services that scope data: a coordinator sees only its own centre. Services
 * ask {@link #centreScope()} and filter by it; they never trust a centre id from the UI alone.
 */
@Component
public class CurrentUser {

    public Optional<KopienaUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof KopienaUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public KopienaUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("Not logged in"));
    }

    public boolean hasRole(Role role) {
        return get().map(u -> u.role() == role).orElse(false);
    }

    /**
     * The centre the caller is limited to: empty for an admin (all centres), the own centre for a
     * coordinator. Any other role has no centre records at all and is refused here.
     */
    public Optional<Long> centreScope() {
        KopienaUser user = require();
        return switch (user.role()) {
            case ADMIN -> Optional.empty();
            case COORDINATOR -> {
                if (user.centreId() == null) {
                    throw new AccessDeniedException("Coordinator without a centre");
                }
                yield Optional.of(user.centreId());
            }
            default -> throw new AccessDeniedException("No access to centre records");
        };
    }

    /** Refuses when the caller is a coordinator of another centre. */
    public void checkCentre(long centreId) {
        centreScope().ifPresent(own -> {
            if (own != centreId) {
                throw new AccessDeniedException("Record of another centre");
            }
        });
    }
}
