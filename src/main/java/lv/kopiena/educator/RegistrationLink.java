package lv.kopiena.educator;

/**
 * What a registration link leads to when it is opened: a registration waiting for its owner to
 * create the account, nothing (used, expired or never valid), or an address that meanwhile has an
 * account.
 */
public sealed interface RegistrationLink {

    /** The registration this link confirms: shown so that the person sees what they create. */
    record Open(String email, String name) implements RegistrationLink {
    }

    /** Used already, older than 48 hours, or never a link of ours. */
    record Invalid() implements RegistrationLink {
    }

    /** The address has an account now (the link of another registration was opened, or an admin made one). */
    record AccountExists() implements RegistrationLink {
    }
}
