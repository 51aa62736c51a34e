package lv.kopiena.educator;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import lv.kopiena.base.ValidationException;
import lv.kopiena.institution.InstitutionOption;
import lv.kopiena.institution.InstitutionService;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teachers and youth workers create their own educator account, without login: the e-mail
 * becomes the user name (unique whatever its case), the password is hashed with the
 * application's encoder, and the moment the person accepted the privacy notice is recorded. The
 * institution must be one educators work at ({@link InstitutionService#WORKPLACES}, offered to the
 * form by {@link InstitutionService#workplaceOptions}). A taken e-mail is refused with a message
 * that says no more than that an account exists.
 */
@Service
@Transactional(readOnly = true)
public class EducatorRegistrationService {

    public static final int NAME_MAX = 120;
    public static final int EMAIL_MAX = 254;
    public static final int PASSWORD_MIN = 10;
    /** bcrypt reads at most 72 bytes; a longer password would be cut without telling anyone. */
    public static final int PASSWORD_MAX_BYTES = 72;
    public static final List<String> LANGUAGES = List.of("lv", "uk", "en");

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Logger log = LoggerFactory.getLogger(EducatorRegistrationService.class);

    private final EducatorRegistrationRepository repository;
    private final InstitutionService institutions;
    private final PasswordEncoder encoder;
    private final Clock clock;

    EducatorRegistrationService(EducatorRegistrationRepository repository, InstitutionService institutions,
                                PasswordEncoder encoder, Clock clock) {
        this.repository = repository;
        this.institutions = institutions;
        this.encoder = encoder;
        this.clock = clock;
    }

    /**
     * Creates the educator account.
     *
     * @return the new account's id
     * @throws ValidationException when a field is missing or wrong, the passwords differ, the privacy
     *                             notice was not accepted or the e-mail has an account already
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public long register(Registration registration) {
        String name = required(registration.getName());
        if (name.length() > NAME_MAX) {
            throw new ValidationException("validation.max-length", NAME_MAX);
        }
        String email = normalizeEmail(required(registration.getEmail()));
        if (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches()) {
            throw new ValidationException("validation.email");
        }
        String password = registration.getPassword() == null ? "" : registration.getPassword();
        checkPassword(password);
        if (!password.equals(registration.getPasswordRepeat())) {
            throw new ValidationException("educator.error.password-mismatch");
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
        if (repository.usernameTaken(email)) {
            throw new ValidationException("educator.error.email-taken");
        }
        long id;
        try {
            id = repository.insertEducator(email, encoder.encode(password), name,
                    institution == null ? null : institution.id(), language,
                    LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
        } catch (DuplicateKeyException e) {
            // someone registered the same e-mail between the check and the insert
            throw new ValidationException("educator.error.email-taken");
        }
        registration.setPassword(null);
        registration.setPasswordRepeat(null);
        // the account id only: the e-mail is personal data and stays out of the log
        log.info("Educator account {} registered", id);
        return id;
    }

    /** Lower case and trimmed: "Anna.Berzina@Skola.lv" and "anna.berzina@skola.lv" are one account. */
    public static String normalizeEmail(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    private static void checkPassword(String password) {
        if (password.length() < PASSWORD_MIN) {
            throw new ValidationException("educator.error.password-short", PASSWORD_MIN);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > PASSWORD_MAX_BYTES) {
            throw new ValidationException("educator.error.password-long");
        }
    }

    private static String required(@Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException("validation.required");
        }
        return value.trim();
    }
}
