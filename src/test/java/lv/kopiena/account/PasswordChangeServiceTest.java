package lv.kopiena.account;

import static lv.kopiena.jooq.Tables.USER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import lv.kopiena.IntegrationTest;
import lv.kopiena.base.ValidationException;
import lv.kopiena.mail.MailKind;
import lv.kopiena.mail.QueuedMails;
import lv.kopiena.security.AttemptLimiter;
import lv.kopiena.security.AttemptLimiter.Kind;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Changing one's own password, knowing the current one. Sessions: see {@link PasswordSessionsTest}. */
class PasswordChangeServiceTest extends IntegrationTest {

    private static final String NEW_PASSWORD = "zila-laiva-uz-ezera";

    @Autowired
    PasswordChangeService changes;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AttemptLimiter limiter;
    @Autowired
    DSLContext dsl;

    private String hash(String username) {
        return dsl.select(USER_ACCOUNT.PASSWORD_HASH).from(USER_ACCOUNT).where(USER_ACCOUNT.USERNAME.eq(username))
                .fetchSingle(USER_ACCOUNT.PASSWORD_HASH);
    }

    private static void refused(Runnable change, String key) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.translationKey()).isEqualTo(key));
    }

    @Test
    void every_role_changes_its_own_password_and_gets_a_notice_mail() {
        for (String username : new String[] {"admin", "coordinator", "educator", "funder"}) {
            login(username);
            changes.change("demo", NEW_PASSWORD, NEW_PASSWORD);
            assertThat(encoder.matches(NEW_PASSWORD, hash(username))).as(username).isTrue();
            assertThat(hash(username)).startsWith("{argon2}$argon2id$");
            assertThat(new QueuedMails(dsl).to(username + "@demo.example.lv", MailKind.PASSWORD_CHANGED))
                    .as(username).singleElement()
                    .satisfies(m -> assertThat(m.getAccountUsername()).isEqualTo(username));
        }
    }

    @Test
    void a_wrong_current_password_is_refused_and_changes_nothing() {
        login("coordinator");

        refused(() -> changes.change("Demo", NEW_PASSWORD, NEW_PASSWORD), "account.change.error.current-wrong");

        assertThat(encoder.matches("demo", hash("coordinator"))).isTrue();
        assertThat(new QueuedMails(dsl).to("coordinator@demo.example.lv")).isEmpty();
    }

    @Test
    void wrong_current_passwords_count_as_failed_logins_of_the_name_so_the_form_cannot_be_used_to_guess() {
        login("coordinator");
        for (int i = 0; i < Kind.LOGIN_ACCOUNT.limit(); i++) {
            String guess = "guess-" + i;
            refused(() -> changes.change(guess, NEW_PASSWORD, NEW_PASSWORD), "account.change.error.current-wrong");
        }

        assertThatThrownBy(() -> changes.change("guess-last", NEW_PASSWORD, NEW_PASSWORD))
                .isInstanceOf(ThrottledException.class);
        // even the right password waits now, here and at the login
        assertThatThrownBy(() -> changes.change("demo", NEW_PASSWORD, NEW_PASSWORD)).isInstanceOf(ThrottledException.class);
        // asked as the login asks, in a transaction of its own
        assertThat(limiter.attempt(Kind.LOGIN_ACCOUNT, "coordinator").allowed()).isFalse();
        assertThat(encoder.matches("demo", hash("coordinator"))).isTrue();
    }

    @Test
    void the_new_password_follows_the_rules() {
        login("educator");

        refused(() -> changes.change("demo", "short", "short"), "password.error.too-short");
        refused(() -> changes.change("demo", "iloveyou2024!", "iloveyou2024!"), "password.error.common");
        refused(() -> changes.change("demo", "educator-rudens", "educator-rudens"), "password.error.personal");
        refused(() -> changes.change("demo", NEW_PASSWORD, NEW_PASSWORD + "x"), "password.error.mismatch");
        assertThatThrownBy(() -> changes.checkNewPassword("educator@demo.example.lv!"))
                .isInstanceOf(ValidationException.class);
        assertThat(encoder.matches("demo", hash("educator"))).isTrue();
    }

    @Test
    void the_new_password_must_differ_from_the_current_one() {
        dsl.update(USER_ACCOUNT).set(USER_ACCOUNT.PASSWORD_HASH, encoder.encode(NEW_PASSWORD))
                .where(USER_ACCOUNT.USERNAME.eq("funder")).execute();
        login("funder");

        refused(() -> changes.change(NEW_PASSWORD, NEW_PASSWORD, NEW_PASSWORD), "account.change.error.same");
    }

    @Test
    void nobody_changes_a_password_without_logging_in() {
        assertThatThrownBy(() -> changes.change("demo", NEW_PASSWORD, NEW_PASSWORD))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
    }
}
