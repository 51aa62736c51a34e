package lv.kopiena.privacy;

/** What a retention run did: participants erased, and participants whose contact data was removed. */
public record RetentionOutcome(int erased, int contactsRemoved) {
}
