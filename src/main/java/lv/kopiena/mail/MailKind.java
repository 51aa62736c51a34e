package lv.kopiena.mail;

/** What a workshop mail tells its reader. Stored in {@code mail_outbox.kind}. */
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
    REMOVED
}
