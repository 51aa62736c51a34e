package lv.kopiena.account;

import java.util.Objects;
import lv.kopiena.base.ValidationException;
import lv.kopiena.mail.AccountMail;
import lv.kopiena.mail.MailOutbox;
import lv.kopiena.security.AttemptLimiter;
import lv.kopiena.security.AttemptLimiter.Kind;
import lv.kopiena.security.AttemptLimiter.Verdict;
import lv.kopiena.security.CurrentUser;
import lv.kopiena.security.KopienaUser;
import lv.kopiena.security.LoginSessions;
import lv.kopiena.security.LoginSessions.EndReason;
import lv.kopiena.security.PasswordPolicy;
import lv.kopiena.security.UserAccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anyone logged in changes their own password, giving the current one first: a session left open
 * on a shared computer must not be enough to take the account over. Wrong current passwords count
 * as failed logins of the user name ({@link Kind#LOGIN_ACCOUNT}), so that this form is no way
 * around the login's throttle. The new password follows the rules ({@link PasswordPolicy}); once
 * it is stored, every other session of the account ends (this one stays) and the owner gets a
 * notice by mail, in case it was not them.
 */
@Service
@Transactional(readOnly = true)
public class PasswordChangeService {

    private static final Logger log = LoggerFactory.getLogger(PasswordChangeService.class);

    private final AccountRepository repository;
    /** The login's own accounts repository, which stores password hashes. */
    private final UserAccountRepository logins;
    private final PasswordPolicy passwords;
    private final PasswordEncoder encoder;
    private final AttemptLimiter limiter;
    private final LoginSessions sessions;
    private final MailOutbox mails;
    private final CurrentUser currentUser;

    PasswordChangeService(AccountRepository repository, UserAccountRepository logins, PasswordPolicy passwords,
                          PasswordEncoder encoder, AttemptLimiter limiter, LoginSessions sessions, MailOutbox mails, CurrentUser currentUser) {
        this.repository = repository;
        this.logins = logins;
        this.passwords = passwords;
        this.encoder = encoder;
        this.limiter = limiter;
        this.sessions = sessions;
        this.mails = mails;
        this.currentUser = currentUser;
    }

    /**
     * Refuses a new password that breaks the rules, the caller's user name and e-mail counting as
     * personal data; for the form's field. {@link #change} checks again.
     */
    @PreAuthorize("isAuthenticated()")
    public void checkNewPassword(String password) {
        Account account = me();
        passwords.check(password, account.username(), account.email());
    }

    /**
     * Replaces the caller's password.
     *
     * @throws ValidationException {@code account.change.error.current-wrong} when the current
     *                             password is wrong; a password rule's key when the new one breaks it
     * @throws ThrottledException  when too many wrong passwords were given for this user name
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void change(String currentPassword, String newPassword, String repeat) {
        Account account = me();
        Verdict verdict = limiter.attempt(Kind.LOGIN_ACCOUNT, account.username());
        if (!verdict.allowed()) {
            throw new ThrottledException(Objects.requireNonNull(verdict.lockedUntil()));
        }
        if (currentPassword == null || !encoder.matches(currentPassword, account.passwordHash())) {
            log.info("Password change of account {} refused: wrong current password", account.id());
            throw new ValidationException("account.change.error.current-wrong");
        }
        limiter.forget(Kind.LOGIN_ACCOUNT, account.username());
        passwords.check(newPassword, account.username(), account.email());
        if (!newPassword.equals(repeat)) {
            throw new ValidationException("password.error.mismatch");
        }
        if (newPassword.equals(currentPassword)) {
            throw new ValidationException("account.change.error.same");
        }
        logins.updatePasswordHash(account.id(), encoder.encode(newPassword));
        sessions.endOthersOf(account.id(), EndReason.PASSWORD_CHANGED);
        if (account.hasEmail()) {
            mails.enqueue(AccountMail.passwordChanged(Objects.requireNonNull(account.email()), account.displayName(),
                    account.locale(), account.username()));
        }
        log.info("Password of account {} changed by its owner", account.id());
    }

    private Account me() {
        KopienaUser user = currentUser.require();
        return repository.findById(user.id())
                .orElseThrow(() -> new IllegalStateException("The logged-in account " + user.id() + " is gone"));
    }
}
