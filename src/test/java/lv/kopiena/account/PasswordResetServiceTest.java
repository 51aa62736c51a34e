package lv.kopiena.account;

import static lv.kopiena.jooq.Tables.ACCOUNT_TOKEN;
import static lv.kopiena.jooq.Tables.MAIL_OUTBOX;
import static lv.kopiena.jooq.Tables.USER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import lv.kopiena.IntegrationTest;
import lv.kopiena.base.ValidationException;
import lv.kopiena.jooq.tables.records.MailOutboxRecord;
import lv.kopiena.mail.MailKind;
import lv.kopiena.mail.MailOutbox;
import lv.kopiena.mail.QueuedMails;
import lv.kopiena.base.TestClock;
import lv.kopiena.security.UserAccountRepository;
import lv.kopiena.security.AttemptLimiter;
import lv.kopiena.security.AttemptLimiter.Kind;
import lv.kopiena.security.LoginSessions;
import lv.kopiena.security.PasswordPolicy;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** "Forgot password": the mailed link, its single use and expiry, and what asking reveals (nothing). */
class PasswordResetServiceTest extends IntegrationTest {

    /** The demo educator: user name "educator", e-mail educator@demo.example.lv, Latvian. */
    private static final String EDUCATOR_MAIL = "educator@demo.example.lv";
    private static final String NEW_PASSWORD = "zila-laiva-uz-ezera";

    @Autowired
    PasswordResetService resets;
    @Autowired
    AccountRepository repository;
    @Autowired
    UserAccountRepository logins;
    @Autowired
    PasswordPolicy passwords;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AttemptLimiter limiter;
    @Autowired
    LoginSessions sessions;
    @Autowired
    MailOutbox outbox;
    @Autowired
    DSLContext dsl;
    private QueuedMails mails;

    @BeforeEach
    void setUp() {
        mails = new QueuedMails(dsl);
    }

    @AfterEach
    void forgetRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    private static void from(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    private String hash(String username) {
        return dsl.select(USER_ACCOUNT.PASSWORD_HASH).from(USER_ACCOUNT).where(USER_ACCOUNT.USERNAME.eq(username))
                .fetchSingle(USER_ACCOUNT.PASSWORD_HASH);
    }

    private int accountMails() {
        return dsl.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.SIGNUP_ID.isNull());
    }

    @Test
    void an_enabled_account_gets_a_link_whether_asked_by_e_mail_or_by_user_name() {
        resets.requestReset(" Educator@Demo.example.LV ");
        resets.requestReset("EDUCATOR");

        assertThat(mails.to(EDUCATOR_MAIL, MailKind.PASSWORD_RESET)).hasSize(2).allSatisfy(m -> {
            assertThat(m.getAccountUsername()).isEqualTo("educator");
            assertThat(m.getRecipientName()).isEqualTo("Līga Pedagoģe");
            assertThat(m.getRecipientLocale()).isEqualTo("lv");
            assertThat(LinkTokens.wellFormed(m.getLinkToken())).isTrue();
            assertThat(dsl.fetchOne(ACCOUNT_TOKEN, ACCOUNT_TOKEN.TOKEN_HASH.eq(LinkTokens.hash(m.getLinkToken()))))
                    .as("only the hash is stored").isNotNull();
        });
        assertThat(dsl.fetchCount(ACCOUNT_TOKEN, ACCOUNT_TOKEN.TOKEN_HASH.in(
                mails.to(EDUCATOR_MAIL).stream().map(MailOutboxRecord::getLinkToken).toList()))).isZero();
    }

    @Test
    void unknown_names_disabled_accounts_and_accounts_without_e_mail_get_the_same_answer_and_no_mail() {
        dsl.update(USER_ACCOUNT).set(USER_ACCOUNT.ENABLED, false).where(USER_ACCOUNT.USERNAME.eq("funder")).execute();
        dsl.update(USER_ACCOUNT).set(USER_ACCOUNT.EMAIL, (String) null).where(USER_ACCOUNT.USERNAME.eq("coordinator")).execute();
        int before = accountMails();

        // each returns normally, exactly as for an account that gets a mail
        resets.requestReset("nobody@example.lv");
        resets.requestReset("funder");
        resets.requestReset("coordinator");

        assertThat(accountMails()).isEqualTo(before);
        assertThat(dsl.fetchCount(ACCOUNT_TOKEN)).isZero();
    }

    @Test
    void the_link_sets_a_new_password_once_and_uses_up_the_other_links() {
        resets.requestReset("educator");
        String first = mails.latestToken(EDUCATOR_MAIL, MailKind.PASSWORD_RESET);
        resets.requestReset("educator");
        String second = mails.latestToken(EDUCATOR_MAIL, MailKind.PASSWORD_RESET);
        assertThat(resets.resetLink(second)).contains(new ResetLink("educator"));

        assertThat(resets.reset(second, NEW_PASSWORD, NEW_PASSWORD)).isEqualTo("educator");

        assertThat(encoder.matches(NEW_PASSWORD, hash("educator"))).isTrue();
        assertThat(hash("educator")).startsWith("{argon2}$argon2id$");
        assertThat(resets.resetLink(second)).isEmpty();
        assertThat(resets.resetLink(first)).as("the older link is used up too").isEmpty();
        assertThatThrownBy(() -> resets.reset(second, "cits-jauns-teikums-9", "cits-jauns-teikums-9"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.translationKey()).isEqualTo("account.reset.invalid"));
        assertThatThrownBy(() -> resets.reset(first, "cits-jauns-teikums-9", "cits-jauns-teikums-9"))
                .isInstanceOf(ValidationException.class);
        assertThat(encoder.matches(NEW_PASSWORD, hash("educator"))).isTrue();
    }

    @Test
    void a_reset_tells_the_owner_by_mail_and_ends_every_session_of_the_account() {
        resets.requestReset("educator");
        String token = mails.latestToken(EDUCATOR_MAIL, MailKind.PASSWORD_RESET);

        resets.reset(token, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(mails.to(EDUCATOR_MAIL, MailKind.PASSWORD_CHANGED)).singleElement().satisfies(m -> {
            assertThat(m.getAccountUsername()).isEqualTo("educator");
            assertThat(m.getLinkToken()).isNull();
        });
    }

    @Test
    void a_link_works_for_one_hour() {
        TestClock clock = new TestClock(LocalDateTime.of(2026, 10, 5, 21, 30));
        var service = new PasswordResetService(repository, logins, passwords, encoder, limiter, sessions, outbox, clock);
        service.requestReset("educator");
        String token = mails.latestToken(EDUCATOR_MAIL, MailKind.PASSWORD_RESET);

        clock.advance(Duration.ofMinutes(59));
        assertThat(service.resetLink(token)).isPresent();
        clock.advance(Duration.ofMinutes(1));
        assertThat(service.resetLink(token)).isEmpty();
        assertThatThrownBy(() -> service.reset(token, NEW_PASSWORD, NEW_PASSWORD))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.translationKey()).isEqualTo("account.reset.invalid"));
        assertThat(encoder.matches("demo", hash("educator"))).isTrue();

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        service.removeExpiredTokens();
        assertThat(dsl.fetchCount(ACCOUNT_TOKEN)).isZero();
    }

    @Test
    void a_reset_link_of_an_account_disabled_meanwhile_does_nothing() {
        resets.requestReset("educator");
        String token = mails.latestToken(EDUCATOR_MAIL, MailKind.PASSWORD_RESET);
        dsl.update(USER_ACCOUNT).set(USER_ACCOUNT.ENABLED, false).where(USER_ACCOUNT.USERNAME.eq("educator")).execute();

        assertThat(resets.resetLink(token)).isEmpty();
        assertThatThrownBy(() -> resets.reset(token, NEW_PASSWORD, NEW_PASSWORD)).isInstanceOf(ValidationException.class);
        assertThat(encoder.matches("demo", hash("educator"))).isTrue();
    }

    @Test
    void the_new_password_follows_the_rules_with_the_accounts_name_and_address_as_personal_data() {
        resets.requestReset("educator");
        String token = mails.latestToken(EDUCATOR_MAIL, MailKind.PASSWORD_RESET);

        assertThatThrownBy(() -> resets.checkNewPassword(token, "mans-educator-2026"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.translationKey()).isEqualTo("password.error.personal"));
        assertThatThrownBy(() -> resets.reset(token, "qwertyuiop", "qwertyuiop"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.translationKey()).isEqualTo("password.error.common"));
        assertThatThrownBy(() -> resets.reset(token, NEW_PASSWORD, NEW_PASSWORD + "!"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.translationKey()).isEqualTo("password.error.mismatch"));
        // a refused password leaves the link usable
        assertThat(resets.resetLink(token)).isPresent();
        assertThat(encoder.matches("demo", hash("educator"))).isTrue();
    }

    @Test
    void a_reset_lifts_the_login_lock_of_the_user_name() {
        for (int i = 0; i <= Kind.LOGIN_ACCOUNT.limit(); i++) {
            limiter.attempt(Kind.LOGIN_ACCOUNT, "educator");
        }
        assertThat(limiter.lockedUntil(Kind.LOGIN_ACCOUNT, "educator")).isPresent();
        resets.requestReset("educator");

        resets.reset(mails.latestToken(EDUCATOR_MAIL, MailKind.PASSWORD_RESET), NEW_PASSWORD, NEW_PASSWORD);

        // asked as the next login asks, in a transaction of its own
        assertThat(limiter.attempt(Kind.LOGIN_ACCOUNT, "educator").allowed()).isTrue();
    }

    @Test
    void requests_from_one_client_address_are_throttled_and_the_page_may_say_so() {
        from("10.8.0.1");
        for (int i = 0; i < Kind.RESET_ADDRESS.limit(); i++) {
            resets.requestReset("nobody" + i + "@example.lv");
        }

        assertThatThrownBy(() -> resets.requestReset("educator")).isInstanceOf(ThrottledException.class);
        assertThat(mails.to(EDUCATOR_MAIL)).isEmpty();

        from("10.8.0.2");
        resets.requestReset("educator");
        assertThat(mails.to(EDUCATOR_MAIL)).hasSize(1);
    }

    @Test
    void mails_to_one_account_are_throttled_silently_so_that_the_answer_stays_the_same() {
        for (int i = 0; i < Kind.RESET_ACCOUNT.limit(); i++) {
            from("10.8.1." + i);
            resets.requestReset("educator");
        }
        from("10.8.1.99");

        resets.requestReset(EDUCATOR_MAIL);

        assertThat(mails.to(EDUCATOR_MAIL, MailKind.PASSWORD_RESET)).hasSize(Kind.RESET_ACCOUNT.limit());
    }

    @Test
    void nothing_typed_is_a_field_error_not_an_answer() {
        assertThatThrownBy(() -> resets.requestReset("  ")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.translationKey()).isEqualTo("validation.required"));
    }
}
