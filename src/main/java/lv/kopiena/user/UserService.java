package lv.kopiena.user;

import lv.kopiena.audit.AuditAction;
import lv.kopiena.audit.AuditLog;
import lv.kopiena.institution.InstitutionService;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import lv.kopiena.base.ConcurrentEditException;
import lv.kopiena.base.NotFoundException;
import lv.kopiena.base.PageRequest;
import lv.kopiena.base.ReferencedException;
import lv.kopiena.base.Texts;
import lv.kopiena.base.ValidationException;
import lv.kopiena.jooq.tables.records.UserAccountRecord;
import lv.kopiena.security.CurrentUser;
import lv.kopiena.security.LoginSessions;
import lv.kopiena.security.LoginSessions.EndReason;
import lv.kopiena.security.PasswordPolicy;
import lv.kopiena.security.Role;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts people log in with, managed by admins only. Passwords arrive here once, are hashed
 * with the application's encoder and never leave again: nothing this service returns carries a
 * hash. Two rules keep the application manageable: an admin cannot lock itself out (disable,
 * demote or delete its own account), and the last enabled admin cannot be disabled, demoted or
 * deleted by anyone. An account that coordinates initiatives is not deleted, only disabled, so
 * that the initiatives keep their history. Disabling an account, changing its role, centre or
 * institution, or setting its password ends all its open sessions at once, in the same
 * transaction: its next click lands on the login page (see {@link LoginSessions}).
 */
@Service
@Transactional(readOnly = true)
public class UserService {

    /** Lower case only, so that nobody creates "Inga" next to "inga". */
    /**
     * A short name (3-64 of a-z, digits, dot, underscore, hyphen), or a lower-case e-mail address:
     * educators who register themselves log in with their e-mail.
     */
    public static final Pattern USERNAME = Pattern.compile(
            "[a-z0-9._-]{3,64}|(?=.{6,254}$)[a-z0-9._%+-]+@[a-z0-9-]+(\\.[a-z0-9-]+)*\\.[a-z]{2,}");
    public static final int USERNAME_MIN = 3;
    public static final int USERNAME_MAX = 254;
    public static final int DISPLAY_NAME_MAX = 120;
    public static final int EMAIL_MAX = 254;
    public static final List<String> LANGUAGES = List.of("lv", "uk", "en");

    private static final Set<Role> WITH_INSTITUTION = Set.of(Role.EDUCATOR, Role.FUNDER);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int INSTITUTION_LOOKUP_LIMIT = 50;
    private static final Logger log = LoggerFactory.getLogger(UserService.class);

    private final UserRepository repository;
    /** The shared institution list, for the selection fields of this feature's forms. */
    private final InstitutionService institutionDirectory;
    private final PasswordEncoder encoder;
    private final CurrentUser currentUser;
    private final LoginSessions sessions;
    private final PasswordPolicy passwords;

    private final AuditLog audit;

    UserService(UserRepository repository, PasswordEncoder encoder, CurrentUser currentUser,
                InstitutionService institutionDirectory, LoginSessions sessions, PasswordPolicy passwords, AuditLog audit) {
        this.audit = audit;
        this.passwords = passwords;
        this.institutionDirectory = institutionDirectory;
        this.sessions = sessions;
        this.repository = repository;
        this.encoder = encoder;
        this.currentUser = currentUser;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<UserAccount> list(UserFilter filter, PageRequest page) {
        return repository.find(filter, page);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public int count(UserFilter filter) {
        return repository.count(filter);
    }

    /** An account to edit in the form, without its password hash. */
    @PreAuthorize("hasRole('ADMIN')")
    public UserAccountDetails get(long id) {
        UserAccountRecord r = repository.findById(id).orElseThrow(() -> new NotFoundException("user account", id));
        UserAccountDetails details = new UserAccountDetails();
        details.setId(r.getId());
        details.setVersion(r.getVersion());
        details.setUsername(r.getUsername());
        details.setDisplayName(r.getDisplayName());
        details.setEmail(r.getEmail());
        details.setRole(Role.valueOf(r.getRole()));
        details.setCentreId(r.getCentreId());
        details.setInstitution(r.getInstitutionId() == null ? null : institutionDirectory.findOption(r.getInstitutionId()).map(o -> new InstitutionOption(o.id(), o.name())).orElse(null));
        details.setPreferredLocale(r.getPreferredLocale());
        details.setEnabled(Boolean.TRUE.equals(r.getEnabled()));
        return details;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public UserAccountDetails newAccount() {
        return new UserAccountDetails();
    }

    /**
     * Institutions whose name contains the text, for the form's lookup (an educator's school, a
     * funder's organisation): at most 50 at a time.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public List<InstitutionOption> institutions(String text, int offset, int limit) {
        return institutionDirectory.options(text, Math.max(offset, 0), Math.clamp(limit, 0, INSTITUTION_LOOKUP_LIMIT)).stream().map(o -> new InstitutionOption(o.id(), o.name())).toList();
    }

    /**
     * Refuses a password that breaks the password rules ({@link PasswordPolicy}), for the form's
     * field; {@link #save} checks again.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void checkNewPassword(String password, @Nullable String username, @Nullable String email) {
        passwords.check(password, username, email);
    }

    /**
     * Saves a new or edited account; a password given is hashed, an empty one on an existing
     * account keeps the old password.
     *
     * @return the account's id
     * @throws ValidationException when a rule refuses the input (the message key says which)
     * @throws ConcurrentEditException when someone else saved the account after it was opened
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public long save(UserAccountDetails account) {
        String username = required(account.getUsername());
        UserAccountRecord stored = account.isNew() ? null : repository.findById(Objects.requireNonNull(account.getId()))
                .orElseThrow(() -> new NotFoundException("user account", account.getId()));
        // a self-registered educator's user name is the e-mail as typed (an accented or long one
        // too): an admin must still be able to save the account, e.g. to disable it
        boolean keepsUsername = stored != null && stored.getUsername().equals(username);
        if (!keepsUsername && !USERNAME.matcher(username).matches()) {
            throw new ValidationException("user.error.username-format");
        }
        String displayName = Texts.requiredSingleLine(account.getDisplayName(), DISPLAY_NAME_MAX);
        String email = Texts.singleLine(account.getEmail());
        if (email != null && (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches())) {
            throw new ValidationException("validation.email");
        }
        Role role = account.getRole();
        if (role == null) {
            throw new ValidationException("validation.required");
        }
        Long centreId = role == Role.COORDINATOR ? account.getCentreId() : null;
        if (role == Role.COORDINATOR && centreId == null) {
            throw new ValidationException("user.error.centre-required");
        }
        InstitutionOption institution = WITH_INSTITUTION.contains(role) ? account.getInstitution() : null;
        if (!LANGUAGES.contains(account.getPreferredLocale())) {
            throw new IllegalArgumentException("Unsupported language " + account.getPreferredLocale());
        }
        String password = account.getNewPassword();
        if (account.isNew() && (password == null || password.isEmpty())) {
            throw new ValidationException("user.error.password-required");
        }
        if (password != null && !password.isEmpty()) {
            passwords.check(password, username, email);
        }
        if (repository.usernameTaken(username, account.getId())) {
            throw new ValidationException("user.error.username-taken", username);
        }

        UserAccountRecord record;
        EndReason endSessions = null;
        if (account.isNew()) {
            record = repository.newRecord();
        } else {
            long id = Objects.requireNonNull(account.getId());
            record = Objects.requireNonNull(stored);
            if (!Objects.equals(record.getVersion(), account.getVersion())) {
                throw new ConcurrentEditException("user account " + id, null);
            }
            if (isEnabledAdmin(record) && !(role == Role.ADMIN && account.isEnabled())) {
                keepAnAdmin(id);
            }
            endSessions = sessionsToEnd(record, account, role, centreId, institution);
        }
        record.setUsername(username);
        record.setDisplayName(displayName);
        record.setEmail(email);
        record.setRole(role.name());
        record.setCentreId(centreId);
        record.setInstitutionId(institution == null ? null : institution.id());
        record.setPreferredLocale(account.getPreferredLocale());
        record.setEnabled(account.isEnabled());
        boolean passwordChanged = password != null && !password.isEmpty();
        if (passwordChanged) {
            record.setPasswordHash(encoder.encode(password));
        }
        try {
            repository.save(record);
        } catch (DuplicateKeyException e) {
            // someone took the name between our check and the insert
            throw new ValidationException("user.error.username-taken", username);
        }
        if (endSessions == null && passwordChanged && !account.isNew()) {
            endSessions = EndReason.PASSWORD_RESET;
        }
        if (endSessions != null) {
            sessions.endAllOf(record.getId(), endSessions, currentUser.require().id());
        }
        account.setNewPassword(null);
        // ids only: user names are often e-mail addresses
        log.info("Account {} ({}) {} by account {}{}", record.getId(), role, account.isNew() ? "created" : "saved",
                currentUser.require().id(), passwordChanged ? ", password set" : "");
        return record.getId();
    }

    /**
     * @throws ReferencedException when initiatives name the account as their coordinator, or it has
     *                             workshop sign-ups or a participant record (disable it instead)
     * @throws ValidationException for the own account and for the last enabled admin
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void delete(long id) {
        UserAccountRecord record = repository.findById(id).orElseThrow(() -> new NotFoundException("user account", id));
        if (isEnabledAdmin(record)) {
            keepAnAdmin(id);
        }
        if (id == currentUser.require().id()) {
            throw new ValidationException("user.error.self");
        }
        ReferencedException.throwIfReferenced(repository.referencesTo(id));
        repository.delete(id);
        audit.record(AuditAction.DELETE, "user_account", id, record.getCentreId(), null);
        log.info("Account {} deleted by account {}", id, currentUser.require().id());
    }

    /**
     * Why the account's open sessions must end after this save, if they must: they were opened with
     * the old role, centre and institution, which decide what the person may see.
     */
    private static @Nullable EndReason sessionsToEnd(UserAccountRecord before, UserAccountDetails after, Role role,
                                                     @Nullable Long centreId, @Nullable InstitutionOption institution) {
        if (Boolean.TRUE.equals(before.getEnabled()) && !after.isEnabled()) {
            return EndReason.ACCOUNT_DISABLED;
        }
        boolean changed = !role.name().equals(before.getRole())
                || !Objects.equals(centreId, before.getCentreId())
                || !Objects.equals(institution == null ? null : institution.id(), before.getInstitutionId());
        return changed ? EndReason.ACCOUNT_CHANGED : null;
    }

    /** Refuses taking away the admin rights of the account {@code id} when that would lock everybody out. */
    private void keepAnAdmin(long id) {
        List<Long> enabledAdmins = repository.lockEnabledAdmins();
        if (enabledAdmins.stream().allMatch(admin -> admin == id)) {
            throw new ValidationException("user.error.last-admin");
        }
        if (id == currentUser.require().id()) {
            throw new ValidationException("user.error.self");
        }
    }

    private static boolean isEnabledAdmin(UserAccountRecord record) {
        return Role.ADMIN.name().equals(record.getRole()) && Boolean.TRUE.equals(record.getEnabled());
    }

    private static String required(@Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException("validation.required");
        }
        return value.trim();
    }

}
