package lv.kopiena.account;

import java.time.ZonedDateTime;

/**
 * Too many attempts of something throttled (registrations or reset requests from one address or
 * for one e-mail, guesses of the current password): refused until a moment, which the page shows.
 * Saying so reveals nothing about accounts: the count is kept whether or not an account exists.
 */
public class ThrottledException extends RuntimeException {

    private final ZonedDateTime until;

    public ThrottledException(ZonedDateTime until) {
        super("Too many attempts; refused until " + until);
        this.until = until;
    }

    public ZonedDateTime until() {
        return until;
    }
}
