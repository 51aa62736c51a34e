package lv.kopiena.security;

import lv.kopiena.base.ValidationException;
import lv.kopiena.i18n.TranslationProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Production start: when no admin exists yet, creates one from KOPIENA_ADMIN_USERNAME and
 * KOPIENA_ADMIN_PASSWORD, and says so in the log (never the password). The password must pass the
 * same rules as any other ({@link PasswordPolicy}).
 */
@Component
@Order(10)
class FirstAdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdminBootstrap.class);

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final TranslationProvider translations;
    private final String username;
    private final String password;

    FirstAdminBootstrap(UserAccountRepository accounts, PasswordEncoder encoder, PasswordPolicy policy,
                        TranslationProvider translations,
                        @Value("${kopiena.admin.username:}") String username,
                        @Value("${kopiena.admin.password:}") String password) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.policy = policy;
        this.translations = translations;
        this.username = username;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.anyAdminExists()) {
            return;
        }
        if (!StringUtils.hasText(username) || !StringUtils.hasText(password)) {
            log.warn("No admin account exists. Set KOPIENA_ADMIN_USERNAME and KOPIENA_ADMIN_PASSWORD "
                    + "and restart to create the first one.");
            return;
        }
        try {
            policy.check(password, username);
        } catch (ValidationException e) {
            throw new IllegalStateException("KOPIENA_ADMIN_PASSWORD is refused: "
                    + translations.getTranslation(e.translationKey(), TranslationProvider.ENGLISH, e.arguments()));
        }
        accounts.insertAdmin(username, encoder.encode(password));
        log.info("Created the first admin account from KOPIENA_ADMIN_USERNAME and KOPIENA_ADMIN_PASSWORD");
    }
}
