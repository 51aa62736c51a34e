package lv.kopiena.account;

import static lv.kopiena.account.AccountRepository.PASSWORD_RESET;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import lv.kopiena.base.ValidationException;
import lv.kopiena.jooq.tables.records.AccountTokenRecord;
import lv.kopiena.mail.AccountMail;
import lv.kopiena.mail.MailOutbox;
import lv.kopiena.security.AttemptLimiter;
import lv.kopiena.security.AttemptLimiter.Kind;
import lv.kopiena.security.AttemptLimiter.Verdict;
import lv.kopiena.security.ClientAddress;
import lv.kopiena.security.LoginSessions;
import lv.kopiena.security.LoginSessions.EndReason;
import lv.kopiena.security.PasswordPolicy;
import lv.kopiena.security.UserAccountRepository;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A forgotten password is replaced through a mailed link. Asking for one always gets the same
 * answer, whether or not an account exists: only an enabled account with an e-mail address whose
 * user name or address was given gets a mail, with a link that works once and for
 * {@link AccountMail#RESET_LINK_VALID} (an hour). Requests are throttled per client address (the
 * page says so, which reveals nothing) and per account (silently: saying so would reveal the
 * account). Setting the new password through the link uses up every reset link of the account,
 * ends all its sessions, lifts a login lock of its user name (the person can log in at once) and
 * tells the owner by mail. Accounts without an e-mail get no mail; an admin sets their password.
 * Anonymous: whoever holds the link may use it.
 */
@Service
@Transactional(readOnly = true)
public class PasswordResetService {

    /** More accounts than this on one address are not mailed at once (an address is rarely shared). */
    static final int MAX_ACCOUNTS_PER_REQUEST = 5;
    static final int INPUT_MAX = 254;
    private static final Logger log = LoggerFactory.getLogger(PasswordResetService.class);

    private final AccountRepository repository;
    /** The login's own accounts repository, which stores password hashes. */
    private final UserAccountRepository logins;
    private final PasswordPolicy passwords;
    private final PasswordEncoder encoder;
    private final AttemptLimiter limiter;
    private final LoginSessions sessions;
    private final MailOutbox mails;
    private final Clock clock;

    PasswordResetService(AccountRepository repository, UserAccountRepository logins, PasswordPolicy passwords,
                         PasswordEncoder encoder, AttemptLimiter limiter, LoginSessions sessions, MailOutbox mails, Clock clock) {
        this.repository = repository;
        this.logins = logins;
        this.passwords = passwords;
        this.encoder = encoder;
        this.limiter = limiter;
        this.sessions = sessions;
        this.mails = mails;
        this.clock = clock;
    }

    /**
     * Mails a reset link to each enabled account with that user name or e-mail address, if any.
     * Returns normally in every case, so that the caller cannot tell.
     *
     * @throws ThrottledException when this address has asked too often
     * @throws ValidationException when nothing (or far too much) was typed
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public void requestReset(String usernameOrEmail) {
        String wanted = usernameOrEmail == null ? "" : usernameOrEmail.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            throw new ValidationException("validation.required");
        }
        if (wanted.length() > INPUT_MAX) {
            throw new ValidationException("validation.max-length", INPUT_MAX);
        }
        String address = ClientAddress.current();
        Verdict byAddress = limiter.attempt(Kind.RESET_ADDRESS, address);
        if (!byAddress.allowed()) {
            throw new ThrottledException(Objects.requireNonNull(byAddress.lockedUntil()));
        }
        LocalDateTime now = now();
        List<Account> accounts = repository.findEnabledWithEmail(wanted, MAX_ACCOUNTS_PER_REQUEST);
        for (Account account : accounts) {
            if (!limiter.attempt(Kind.RESET_ACCOUNT, account.username()).allowed()) {
                // said to nobody: the answer must not tell that this account exists
                log.info("Password reset for account {} not mailed: too many requests", account.id());
                continue;
            }
            String token = LinkTokens.newToken();
            repository.insertToken(PASSWORD_RESET, account.id(), LinkTokens.hash(token), now,
                    now.plus(AccountMail.RESET_LINK_VALID), address);
            mails.enqueue(AccountMail.passwordReset(Objects.requireNonNull(account.email()),
                    account.displayName(), account.locale(), account.username(), token));
            log.info("Password reset link queued for account {}", account.id());
        }
    }

    /** The account a reset link sets the password of, while the link works. */
    @PreAuthorize("permitAll()")
    public Optional<ResetLink> resetLink(String token) {
        return usable(token, repository.findToken(PASSWORD_RESET, hashOf(token)))
                .flatMap(t -> repository.findById(t.getUserAccountId()))
                .filter(Account::enabled)
                .map(a -> new ResetLink(a.username()));
    }

    /**
     * Refuses a new password that breaks the rules ({@link PasswordPolicy}), the account's user
     * name and address counting as personal data; for the reset form's field. {@link #reset} checks again.
     */
    @PreAuthorize("permitAll()")
    public void checkNewPassword(String token, String password) {
        Optional<Account> account = usable(token, repository.findToken(PASSWORD_RESET, hashOf(token)))
                .flatMap(t -> repository.findById(t.getUserAccountId()));
        passwords.check(password, account.map(Account::username).orElse(null),
                account.map(Account::email).orElse(null));
    }

    /**
     * Sets the new password of the link's account.
     *
     * @return the account's user name, to log in with
     * @throws ValidationException {@code account.reset.invalid} when the link is unknown, used or
     *                             expired (or its account disabled); a password rule's key otherwise
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public String reset(String token, String password, String repeat) {
        AccountTokenRecord link = usable(token, repository.lockToken(PASSWORD_RESET, hashOf(token)))
                .orElseThrow(() -> new ValidationException("account.reset.invalid"));
        Account account = repository.findById(link.getUserAccountId())
                .filter(Account::enabled)
                .orElseThrow(() -> new ValidationException("account.reset.invalid"));
        passwords.check(password, account.username(), account.email());
        if (!password.equals(repeat)) {
            throw new ValidationException("password.error.mismatch");
        }
        LocalDateTime now = now();
        logins.updatePasswordHash(account.id(), encoder.encode(password));
        repository.useAll(PASSWORD_RESET, account.id(), now);
        sessions.endAllOf(account.id(), EndReason.PASSWORD_RESET, null);
        if (account.hasEmail()) {
            mails.enqueue(AccountMail.passwordChanged(Objects.requireNonNull(account.email()),
                    account.displayName(), account.locale(), account.username()));
        }
        // the owner proved it by the mail: a lock-out of the name (perhaps the reason to reset) ends
        limiter.forget(Kind.LOGIN_ACCOUNT, account.username());
        log.info("Password of account {} set through a reset link", account.id());
        return account.username();
    }

    /**
     * Expired reset links (used or not) are removed a day after they expired ({@link AccountJobs});
     * read committed, so that the delete takes no gap locks that would hold up new requests.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    void removeExpiredTokens() {
        int removed = repository.deleteExpired(now().minusDays(1));
        if (removed > 0) {
            log.info("Removed {} expired account link(s)", removed);
        }
    }

    private Optional<AccountTokenRecord> usable(String token, Optional<AccountTokenRecord> found) {
        LocalDateTime now = now();
        return found.filter(t -> t.getUsedAt() == null && t.getExpiresAt().isAfter(now));
    }

    /** A malformed token is hashed too and simply not found: the same answer as an unknown one. */
    private static String hashOf(@Nullable String token) {
        return LinkTokens.hash(LinkTokens.wellFormed(token) ? token : "");
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
