package lv.kopiena.privacy;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import lv.kopiena.account.ThrottledException;
import lv.kopiena.audit.AuditAction;
import lv.kopiena.audit.AuditLog;
import lv.kopiena.base.CentreScope;
import lv.kopiena.base.NotFoundException;
import lv.kopiena.base.ValidationException;
import lv.kopiena.privacy.PrivacyRepository.AccountFacts;
import lv.kopiena.privacy.PrivacyRepository.ParticipantFacts;
import lv.kopiena.security.AttemptLimiter;
import lv.kopiena.security.CurrentUser;
import lv.kopiena.security.KopienaUser;
import lv.kopiena.security.LoginSessions;
import lv.kopiena.security.LoginSessions.EndReason;
import lv.kopiena.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People's rights over their data (GDPR articles 15, 17 and 20): an export of everything held
 * about a participant or an account (JSON to move it, PDF to read it), erasure, and withdrawal of
 * consent. A coordinator acts for its own centre's participants, an admin for every participant
 * and for educator accounts; an educator exports and erases its own account. Staff accounts
 * (admin, coordinator, funder) are not erased on request here: they are the centre's and the
 * programme's work records, and are disabled or deleted by an admin instead.
 *
 * <p>Erasure anonymises rather than deletes, so that every report counts the same before and
 * after: the participant row keeps what the reports count (see {@link PrivacyRepository#eraseParticipant})
 * and its attendance; an educator's sign-ups stay, and its certificates stay verifiable without the
 * name. Every export, erasure and withdrawal is one audit entry with ids only.
 */
@Service
@Transactional(readOnly = true)
public class PrivacyService {

    private static final Logger log = LoggerFactory.getLogger(PrivacyService.class);
    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final PrivacyRepository repository;
    private final PersonalDataDocuments documents;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final LoginSessions sessions;
    private final PasswordEncoder encoder;
    private final AttemptLimiter limiter;
    private final Clock clock;

    PrivacyService(PrivacyRepository repository, PersonalDataDocuments documents, CurrentUser currentUser,
                   AuditLog audit, LoginSessions sessions, PasswordEncoder encoder, AttemptLimiter limiter,
                   Clock clock) {
        this.repository = repository;
        this.documents = documents;
        this.currentUser = currentUser;
        this.audit = audit;
        this.sessions = sessions;
        this.encoder = encoder;
        this.limiter = limiter;
        this.clock = clock;
    }

    /**
     * Everything held about a participant of the caller's centre: the record and its attendance.
     *
     * @throws NotFoundException for a participant of another centre, like a missing one
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public PersonalDataFile exportParticipant(long participantId, ExportFormat format, Locale locale) {
        ParticipantFacts participant = participant(participantId);
        List<PersonalData.Section> sections = new ArrayList<>();
        sections.add(new PersonalData.Section("participant", repository.participant(participantId)));
        sections.add(new PersonalData.Section("attendance", repository.attendance(participantId)));
        sections.add(new PersonalData.Section("history", repository.history("participant", participantId)));
        audit.record(AuditAction.PERSONAL_DATA_EXPORT, "participant", participantId, participant.centreId(),
                format.name());
        return file("participant-" + participantId, new PersonalData("participant", participantId, now(), sections),
                format, locale);
    }

    /** Everything held about an account (an admin, for any account). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public PersonalDataFile exportAccount(long accountId, ExportFormat format, Locale locale) {
        account(accountId);
        return accountFile(accountId, format, locale);
    }

    /** Everything held about the caller's own account (anyone logged in). */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public PersonalDataFile exportMine(ExportFormat format, Locale locale) {
        return accountFile(currentUser.require().id(), format, locale);
    }

    /** Whether the caller may erase its own account here: educators only (staff accounts are work records). */
    @PreAuthorize("isAuthenticated()")
    public boolean maySelfErase() {
        return currentUser.require().role() == Role.EDUCATOR;
    }

    /**
     * Records that a participant withdrew consent (their own, or their guardian's for them): from
     * now on they are not added by name to any activity's attendance (count them in the head counts
     * instead), until a new consent is recorded in their form. Past attendance stays.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public void withdrawConsent(long participantId) {
        ParticipantFacts participant = participant(participantId);
        if (!repository.withdrawConsent(participantId, now())) {
            throw new NotFoundException("participant", participantId);
        }
        audit.record(AuditAction.CONSENT_WITHDRAWN, "participant", participantId, participant.centreId(), null);
    }

    /**
     * Erases a participant of the caller's centre on request: names, contact data, year of birth,
     * institution, consent details and notes are cleared; the anonymous record and its attendance
     * stay in the counts.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public void eraseParticipant(long participantId) {
        ParticipantFacts participant = participant(participantId);
        repository.eraseParticipant(participantId, now(), false);
        audit.record(AuditAction.ERASE, "participant", participantId, participant.centreId(), null);
        log.info("Participant {} erased by account {}", participantId, currentUser.require().id());
    }

    /**
     * Erases an educator's account at an admin's hand (the educator asked, or cannot log in).
     *
     * @throws ValidationException {@code privacy.error.staff} for a staff account
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void eraseAccount(long accountId) {
        AccountFacts account = account(accountId);
        if (!Role.EDUCATOR.name().equals(account.role())) {
            throw new ValidationException("privacy.error.staff");
        }
        erase(account, currentUser.require().id());
    }

    /**
     * Erases the caller's own educator account, confirmed by its password, at once: every session
     * of it ends (the page then logs out).
     *
     * @throws ValidationException {@code privacy.error.password} when the password is wrong
     * @throws ThrottledException  after too many wrong passwords, like the login
     */
    @Transactional
    @PreAuthorize("hasRole('EDUCATOR')")
    public void eraseMyAccount(String password) {
        KopienaUser me = currentUser.require();
        AccountFacts account = account(me.id());
        AttemptLimiter.Verdict verdict = limiter.attempt(AttemptLimiter.Kind.LOGIN_ACCOUNT, account.username());
        if (!verdict.allowed()) {
            throw new ThrottledException(Objects.requireNonNull(verdict.lockedUntil()));
        }
        if (password == null || password.isEmpty() || !encoder.matches(password, account.passwordHash())) {
            throw new ValidationException("privacy.error.password");
        }
        erase(account, me.id());
    }

    private void erase(AccountFacts account, long byAccount) {
        if (account.erased()) {
            return;
        }
        LocalDateTime now = now();
        List<Long> participants = repository.participantsOfAccount(account.id());
        for (long participant : participants) {
            repository.eraseParticipant(participant, now, true);
        }
        sessions.endAllOf(account.id(), EndReason.ACCOUNT_DELETED, byAccount);
        repository.eraseAccount(account, now);
        audit.eraseAddressesOf(account.id());
        audit.record(AuditAction.ERASE, "user_account", account.id(), null,
                "participants=" + participants.size());
        log.info("Account {} erased by account {}", account.id(), byAccount);
    }

    private PersonalDataFile accountFile(long accountId, ExportFormat format, Locale locale) {
        List<PersonalData.Section> sections = new ArrayList<>();
        sections.add(new PersonalData.Section("account", repository.account(accountId)));
        for (long participant : repository.participantsOfAccount(accountId)) {
            sections.add(new PersonalData.Section("participant", repository.participant(participant)));
            sections.add(new PersonalData.Section("attendance", repository.attendance(participant)));
        }
        sections.add(new PersonalData.Section("signups", repository.signups(accountId)));
        sections.add(new PersonalData.Section("certificates", repository.certificates(accountId)));
        sections.add(new PersonalData.Section("sessions", repository.sessions(accountId)));
        sections.add(new PersonalData.Section("logins", repository.logins(accountId)));
        sections.add(new PersonalData.Section("history", repository.history("user_account", accountId)));
        audit.record(AuditAction.PERSONAL_DATA_EXPORT, "user_account", accountId, null, format.name());
        return file("account-" + accountId, new PersonalData("user_account", accountId, now(), sections), format,
                locale);
    }

    private PersonalDataFile file(String name, PersonalData data, ExportFormat format, Locale locale) {
        byte[] content = format == ExportFormat.JSON ? documents.json(data) : documents.pdf(data, locale);
        return new PersonalDataFile("kopiena-" + name + "-" + FILE_DATE.format(data.exportedAt()) + "."
                + format.extension(), format.mimeType(), content);
    }

    /** A participant the caller may see, locked; an erased one counts as gone. */
    private ParticipantFacts participant(long id) {
        CentreScope scope = CentreScope.of(currentUser.centreScope());
        return scope.require(repository.lockParticipant(id).filter(p -> !p.erased()), ParticipantFacts::centreId,
                "participant", id);
    }

    private AccountFacts account(long id) {
        return repository.lockAccount(id).filter(a -> !a.erased())
                .orElseThrow(() -> new NotFoundException("user account", id));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
