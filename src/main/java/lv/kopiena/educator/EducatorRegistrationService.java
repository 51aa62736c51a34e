package lv.kopiena.educator;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import lv.kopiena.account.LinkTokens;
import lv.kopiena.account.ThrottledException;
import lv.kopiena.base.Texts;
import lv.kopiena.base.ValidationException;
import lv.kopiena.educator.EducatorRegistrationRepository.ExistingAccount;
import lv.kopiena.institution.InstitutionOption;
import lv.kopiena.institution.InstitutionService;
import lv.kopiena.jooq.tables.records.PendingRegistrationRecord;
import lv.kopiena.mail.AccountMail;
import lv.kopiena.mail.MailOutbox;
import lv.kopiena.security.AttemptLimiter;
import lv.kopiena.security.AttemptLimiter.Kind;
import lv.kopiena.security.AttemptLimiter.Verdict;
import lv.kopiena.security.ClientAddress;
import lv.kopiena.security.PasswordPolicy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teachers and youth workers create their own educator account, without login, in two steps. The
 * form makes a <em>pending registration</em> (the password only as its hash) and mails a link to
 * the address; only opening that link (and pressing the button there) creates the account, with
 * the e-mail as user name. So nobody can take someone else's address first: a registration for an
 * address becomes an account only through that mailbox, and opening one of its links voids all
 * other registrations of the address. The form's answer is the same whether or not the address
 * already has an account; if it has one, its owner gets a mail saying so instead of a link, and
 * nothing changes. Registrations are throttled per client address and per e-mail address
 * ({@link AttemptLimiter}), and expire after {@link AccountMail#REGISTRATION_LINK_VALID}. The
 * password follows the {@link PasswordPolicy}; the institution must be one educators work at
 * ({@link InstitutionService#WORKPLACES}).
 */
@Service
@Transactional(readOnly = true)
public class EducatorRegistrationService {

    public static final int NAME_MAX = 120;
    public static final int EMAIL_MAX = 254;
    public static final List<String> LANGUAGES = List.of("lv", "uk", "en");
    /** How long the mailed link works; the mail says so. */
    public static final Duration LINK_VALID = AccountMail.REGISTRATION_LINK_VALID;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]+");
    private static final Logger log = LoggerFactory.getLogger(EducatorRegistrationService.class);

    private final EducatorRegistrationRepository repository;
    private final InstitutionService institutions;
    private final PasswordPolicy passwords;
    private final PasswordEncoder encoder;
    private final AttemptLimiter limiter;
    private final MailOutbox mails;
    private final Clock clock;

    EducatorRegistrationService(EducatorRegistrationRepository repository, InstitutionService institutions,
                                PasswordPolicy passwords, PasswordEncoder encoder, AttemptLimiter limiter,
                                MailOutbox mails, Clock clock) {
        this.repository = repository;
        this.institutions = institutions;
        this.passwords = passwords;
        this.encoder = encoder;
        this.limiter = limiter;
        this.mails = mails;
        this.clock = clock;
    }

    /**
     * Refuses a password that breaks the password rules, the e-mail counting as personal data; for
     * the form's field. {@link #register} checks again.
     */
    @PreAuthorize("permitAll()")
    public void checkNewPassword(String password, @Nullable String email) {
        passwords.check(password, email == null ? null : normalizeEmail(email));
    }

    /**
     * Registers an educator: mails the link that creates the account or, when the address has an
     * account already, tells its owner. The caller cannot tell which happened.
     *
     * @return the address the mail goes to (as it is stored: trimmed, lower case)
     * @throws ValidationException when a field is missing or wrong, the passwords differ or the
     *                             privacy notice was not accepted
     * @throws ThrottledException  when this client address or this e-mail has registered too often
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public String register(Registration registration) {
        String name = Texts.requiredSingleLine(registration.getName(), NAME_MAX);
        String email = normalizeEmail(required(registration.getEmail()));
        if (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches()) {
            throw new ValidationException("validation.email");
        }
        String password = registration.getPassword() == null ? "" : registration.getPassword();
        passwords.check(password, email);
        if (!password.equals(registration.getPasswordRepeat())) {
            throw new ValidationException("password.error.mismatch");
        }
        String language = registration.getLanguage();
        if (!LANGUAGES.contains(language)) {
            throw new ValidationException("educator.error.language");
        }
        InstitutionOption institution = registration.getInstitution();
        if (institution != null && !institutions.isWorkplace(institution.id())) {
            throw new ValidationException("educator.error.institution");
        }
        if (!registration.isPrivacyConsent()) {
            throw new ValidationException("educator.error.consent-required");
        }

        String address = ClientAddress.current();
        Verdict byAddress = limiter.attempt(Kind.REGISTER_ADDRESS, address);
        if (!byAddress.allowed()) {
            throw new ThrottledException(Objects.requireNonNull(byAddress.lockedUntil()));
        }
        Verdict byEmail = limiter.attempt(Kind.REGISTER_EMAIL, email);
        if (!byEmail.allowed()) {
            throw new ThrottledException(Objects.requireNonNull(byEmail.lockedUntil()));
        }
        // hashed even when the address has an account, so that both answers take as long
        String passwordHash = encoder.encode(password);
        registration.setPassword(null);
        registration.setPasswordRepeat(null);

        Optional<ExistingAccount> existing = repository.accountWith(email);
        if (existing.isPresent()) {
            ExistingAccount account = existing.get();
            mails.enqueue(AccountMail.accountExists(email, account.displayName(), account.locale(), account.username()));
            log.info("Registration with the address of account {}: its owner is told, nothing is created", account.id());
            return email;
        }
        LocalDateTime now = now();
        String token = LinkTokens.newToken();
        Long institutionId = institution == null ? null : institution.id();
        long id = repository.insertPending(email, name, passwordHash, institutionId, language, now,
                LinkTokens.hash(token), now, now.plus(LINK_VALID), address);
        mails.enqueue(AccountMail.confirmRegistration(email, name, language,
                institutionId == null ? null : repository.institutionName(institutionId), token));
        // ids only: the address and the name are personal data and stay out of the log
        log.info("Registration {} waits for the link mailed to its address", id);
        return email;
    }

    /** What the registration link leads to, for the page it opens (nothing changes). */
    @PreAuthorize("permitAll()")
    public RegistrationLink link(String token) {
        Optional<PendingRegistrationRecord> found = findOpen(token);
        if (found.isEmpty()) {
            return new RegistrationLink.Invalid();
        }
        PendingRegistrationRecord registration = found.get();
        if (repository.accountWith(registration.getEmail()).isPresent()) {
            return new RegistrationLink.AccountExists();
        }
        return new RegistrationLink.Open(registration.getEmail(), registration.getDisplayName());
    }

    /**
     * Turns the link's registration into an educator account, once: all registrations of its
     * address are removed with it. Safe against the same or another link of the address being
     * used at the same moment (their rows are locked in one order, and the user name is unique).
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public ConfirmOutcome confirm(String token) {
        Optional<PendingRegistrationRecord> found = findOpen(token);
        if (found.isEmpty()) {
            return ConfirmOutcome.INVALID;
        }
        String email = found.get().getEmail();
        String tokenHash = found.get().getTokenHash();
        // read again under lock: another request may have used or voided it since
        Optional<PendingRegistrationRecord> locked = repository.lockPendingOf(email).stream()
                .filter(r -> r.getTokenHash().equals(tokenHash))
                .findFirst();
        if (locked.isEmpty() || !locked.get().getExpiresAt().isAfter(now())) {
            return ConfirmOutcome.INVALID;
        }
        PendingRegistrationRecord registration = locked.get();
        if (repository.accountWith(email).isPresent()) {
            repository.deletePendingOf(email);
            log.info("Registration {} not confirmed: its address has an account", registration.getId());
            return ConfirmOutcome.ACCOUNT_EXISTS;
        }
        long accountId;
        try {
            accountId = repository.insertEducator(registration);
        } catch (DuplicateKeyException e) {
            // an account with this user name was made meanwhile (by an admin)
            repository.deletePendingOf(email);
            return ConfirmOutcome.ACCOUNT_EXISTS;
        }
        repository.deletePendingOf(email);
        log.info("Registration {} confirmed: educator account {} created", registration.getId(), accountId);
        return ConfirmOutcome.CREATED;
    }

    /**
     * Registrations whose link has expired are removed ({@link RegistrationJobs}); read committed,
     * so that the delete takes no gap locks that would hold up new registrations.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    void removeExpired() {
        int removed = repository.deleteExpired(now());
        if (removed > 0) {
            log.info("Removed {} expired registration(s)", removed);
        }
    }

    /** Lower case and trimmed: "Anna.Berzina@Skola.lv" and "anna.berzina@skola.lv" are one account. */
    public static String normalizeEmail(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    private Optional<PendingRegistrationRecord> findOpen(String token) {
        if (!LinkTokens.wellFormed(token)) {
            return Optional.empty();
        }
        LocalDateTime now = now();
        return repository.findPending(LinkTokens.hash(token)).filter(r -> r.getExpiresAt().isAfter(now));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    private static String required(@Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException("validation.required");
        }
        return value.trim();
    }
}
