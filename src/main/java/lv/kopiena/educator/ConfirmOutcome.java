package lv.kopiena.educator;

/** What opening a registration link and pressing "Create my account" did. */
public enum ConfirmOutcome {
    /** The educator account exists now and can log in. */
    CREATED,
    /** Nothing: the link was used, has expired, or is not a link of ours. */
    INVALID,
    /** Nothing: the address already has an account; its registrations are void. */
    ACCOUNT_EXISTS
}
