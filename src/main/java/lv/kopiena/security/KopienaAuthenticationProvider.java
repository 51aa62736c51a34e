package lv.kopiena.security;

import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;
import lv.kopiena.security.AttemptLimiter.Kind;
import lv.kopiena.security.AttemptLimiter.Verdict;
import lv.kopiena.security.LoginEvents.Outcome;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The one way to log in with a user name and password. In order: the attempt is counted per user
 * name and per address and refused while either is locked (after 5 failures on a name or 20 from
 * an address; the correct password is refused too, and the page says until when); the password is
 * checked (against a dummy hash when the name is unknown, so both take as long); only then is a
 * disabled account refused, so that nobody learns an account's state without its password. A
 * success clears the name's count, and a hash made with an older algorithm (bcrypt) is replaced by
 * an Argon2id hash of the same password. Every outcome is recorded ({@link LoginEvents}).
 *
 * <p>Being the only {@link AuthenticationProvider} bean, Spring Security uses it as the application's
 * provider and builds no other, so no second provider can log anyone in around the throttle.
 */
@Component
class KopienaAuthenticationProvider implements AuthenticationProvider {

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final AttemptLimiter limiter;
    private final LoginEvents events;
    private final String dummyHash;

    KopienaAuthenticationProvider(UserAccountRepository accounts, PasswordEncoder encoder, AttemptLimiter limiter,
                                  LoginEvents events) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.limiter = limiter;
        this.events = events;
        this.dummyHash = encoder.encode("not a password of anyone");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = normalize(authentication.getName());
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String address = address(authentication);

        Verdict byAddress = limiter.attempt(Kind.LOGIN_ADDRESS, address);
        Verdict byName = limiter.attempt(Kind.LOGIN_ACCOUNT, username);
        Optional<KopienaUser> found = accounts.findByUsername(username);
        Long accountId = found.map(KopienaUser::id).orElse(null);
        if (!byAddress.allowed() || !byName.allowed()) {
            ZonedDateTime until = later(byAddress.lockedUntil(), byName.lockedUntil());
            boolean lockedNow = byAddress.lockedNow() || byName.lockedNow();
            events.record(lockedNow ? Outcome.LOCKED_OUT : Outcome.REFUSED, username, accountId, address, until);
            throw new LoginThrottledException(until);
        }
        if (found.isEmpty()) {
            encoder.matches(password, dummyHash);
            events.record(Outcome.FAILURE, username, null, address, null);
            throw new BadCredentialsException("Bad credentials");
        }
        KopienaUser user = found.get();
        if (!encoder.matches(password, user.passwordHash())) {
            events.record(Outcome.FAILURE, username, user.id(), address, null);
            throw new BadCredentialsException("Bad credentials");
        }
        if (!user.enabled()) {
            events.record(Outcome.DISABLED, username, user.id(), address, null);
            throw new DisabledException("Account disabled");
        }
        limiter.forget(Kind.LOGIN_ACCOUNT, username);
        limiter.forgive(Kind.LOGIN_ADDRESS, address);
        if (encoder.upgradeEncoding(user.passwordHash())) {
            accounts.updatePasswordHash(user.id(), encoder.encode(password));
        }
        events.record(Outcome.SUCCESS, username, user.id(), address, null);
        return UsernamePasswordAuthenticationToken.authenticated(user.withoutPasswordHash(), null, user.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String address(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        return ClientAddress.current();
    }

    static String normalize(@Nullable String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static ZonedDateTime later(@Nullable ZonedDateTime a, @Nullable ZonedDateTime b) {
        if (a == null) {
            return java.util.Objects.requireNonNull(b);
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
