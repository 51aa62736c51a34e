package lv.kopiena.mail;

/**
 * What a mail tells its reader. Stored in {@code mail_outbox.kind}. The first seven are about a
 * workshop sign-up; the last four about an account ({@link #aboutAccount()}), and name their
 * recipient themselves ({@link AccountMail}).
 */
public enum MailKind {
    /** A seat is confirmed (with a calendar attachment). */
    CONFIRMED,
    /** The workshop is full: the person is on the waiting list, at a position. */
    WAITING,
    /** A seat became free and the person moved from the waiting list to confirmed. */
    PROMOTED,
    /** The workshop is soon. */
    REMINDER,
    /** The coordinator cancelled the whole workshop. */
    WORKSHOP_CANCELLED,
    /** The person cancelled their own sign-up. */
    SIGNUP_CANCELLED,
    /** The coordinator took the person off the list. */
    REMOVED,
    /** The link that turns a registration into an educator account. */
    ACCOUNT_CONFIRM,
    /** Someone registered with an address that already has an account: its owner is told, nothing changes. */
    ACCOUNT_EXISTS,
    /** The link that sets a new password of a forgotten one. */
    PASSWORD_RESET,
    /** The account's password was changed or reset: a notice, in case it was not the owner. */
    PASSWORD_CHANGED;

    public boolean aboutAccount() {
        return ordinal() >= ACCOUNT_CONFIRM.ordinal();
    }
}
