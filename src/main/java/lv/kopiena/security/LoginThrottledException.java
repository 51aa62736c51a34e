package lv.kopiena.security;

import java.time.ZonedDateTime;
import org.springframework.security.authentication.LockedException;

/**
 * A login refused without looking at the password, because the user name or the address has had
 * too many failed attempts. A {@link LockedException}, so that no other authentication provider is
 * ever asked instead. The login page tells the person when to try again.
 */
public class LoginThrottledException extends LockedException {

    private final ZonedDateTime until;

    public LoginThrottledException(ZonedDateTime until) {
        super("Too many failed logins; locked until " + until);
        this.until = until;
    }

    public ZonedDateTime until() {
        return until;
    }
}
