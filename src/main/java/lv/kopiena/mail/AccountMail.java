package lv.kopiena.mail;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A mail about an account rather than a workshop sign-up: it names its recipient (address, name,
 * language lv/uk/en) and what the mail needs to say: the account's user name, the workplace typed
 * at registration, and the raw token of the link it carries. The token is kept in the outbox only
 * until the mail is sent. Made with the factory methods, one per {@link MailKind#aboutAccount()} kind.
 */
public record AccountMail(MailKind kind, String email, String name, String locale, @Nullable String username,
                          @Nullable String institution, @Nullable String token) {

    /**
     * How long the link of a registration mail works. The mail promises it, so the registration
     * uses this very value.
     */
    public static final Duration REGISTRATION_LINK_VALID = Duration.ofHours(48);
    /** How long the link of a password-reset mail works (the mail says so too). */
    public static final Duration RESET_LINK_VALID = Duration.ofHours(1);

    public AccountMail {
        if (!kind.aboutAccount()) {
            throw new IllegalArgumentException(kind + " is not an account mail");
        }
        Objects.requireNonNull(email);
        Objects.requireNonNull(name);
        Objects.requireNonNull(locale);
        if ((kind == MailKind.ACCOUNT_CONFIRM || kind == MailKind.PASSWORD_RESET) != (token != null)) {
            throw new IllegalArgumentException(kind + (token == null ? " needs a link token" : " carries no link"));
        }
    }

    /** The link that creates the account a person registered, with what they typed. */
    public static AccountMail confirmRegistration(String email, String name, String locale,
                                                  @Nullable String institution, String token) {
        return new AccountMail(MailKind.ACCOUNT_CONFIRM, email, name, locale, null, institution, token);
    }

    /** To the owner of an address that already has an account, when someone registered with it. */
    public static AccountMail accountExists(String email, String name, String locale, String username) {
        return new AccountMail(MailKind.ACCOUNT_EXISTS, email, name, locale, username, null, null);
    }

    public static AccountMail passwordReset(String email, String name, String locale, String username, String token) {
        return new AccountMail(MailKind.PASSWORD_RESET, email, name, locale, username, null, token);
    }

    public static AccountMail passwordChanged(String email, String name, String locale, String username) {
        return new AccountMail(MailKind.PASSWORD_CHANGED, email, name, locale, username, null, null);
    }

    /** Never print the token (nor the address: logs carry ids). */
    @Override
    public String toString() {
        return "AccountMail[" + kind + "]";
    }
}
