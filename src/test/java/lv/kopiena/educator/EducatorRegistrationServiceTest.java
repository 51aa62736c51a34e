package lv.kopiena.educator;

import static lv.kopiena.jooq.Tables.INSTITUTION;
import static lv.kopiena.jooq.Tables.PENDING_REGISTRATION;
import static lv.kopiena.jooq.Tables.USER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import lv.kopiena.WebTest;
import lv.kopiena.account.LinkTokens;
import lv.kopiena.account.ThrottledException;
import lv.kopiena.base.ValidationException;
import lv.kopiena.institution.InstitutionOption;
import lv.kopiena.institution.InstitutionService;
import lv.kopiena.institution.InstitutionType;
import lv.kopiena.jooq.tables.records.MailOutboxRecord;
import lv.kopiena.jooq.tables.records.UserAccountRecord;
import lv.kopiena.mail.MailKind;
import lv.kopiena.mail.MailOutbox;
import lv.kopiena.mail.QueuedMails;
import lv.kopiena.base.TestClock;
import lv.kopiena.security.AttemptLimiter;
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

/**
 * Registration in two steps: the form makes a pending registration and mails a link; only the
 * link makes the account. Logins are tried through the real security filter chain.
 */
class EducatorRegistrationServiceTest extends WebTest {

    private static final String ANNA = "anna.berzina@skola.example.lv";
    private static final String PASSWORD = "rudens-lapas-2026";

    @Autowired
    EducatorRegistrationService registrations;
    @Autowired
    EducatorRegistrationRepository repository;
    @Autowired
    InstitutionService institutions;
    @Autowired
    PasswordPolicy passwords;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AttemptLimiter limiter;
    @Autowired
    MailOutbox outbox;
    @Autowired
    Clock clock;
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

    private Registration anna() {
        Registration r = new Registration();
        r.setName(" Anna Bērziņa ");
        r.setEmail(" Anna.Berzina@Skola.example.lv ");
        r.setPassword(PASSWORD);
        r.setPasswordRepeat(PASSWORD);
        r.setLanguage("uk");
        r.setPrivacyConsent(true);
        r.setInstitution(institutions.workplaceOptions("Preiļu 1. pamatskola", 0, 5).getFirst());
        return r;
    }

    private Registration registration(String email, String password) {
        Registration r = anna();
        r.setEmail(email);
        r.setPassword(password);
        r.setPasswordRepeat(password);
        return r;
    }

    private int accounts(String username) {
        return dsl.fetchCount(USER_ACCOUNT, USER_ACCOUNT.USERNAME.eq(username));
    }

    private UserAccountRecord account(String username) {
        return dsl.selectFrom(USER_ACCOUNT).where(USER_ACCOUNT.USERNAME.eq(username)).fetchSingle();
    }

    private String link(String email) {
        return mails.latestToken(email, MailKind.ACCOUNT_CONFIRM);
    }

    /** The requests of a browser at this address, as the container would report it. */
    private static void from(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    private void assertRefused(Registration r, String key) {
        int before = dsl.fetchCount(PENDING_REGISTRATION);
        assertThatThrownBy(() -> registrations.register(r))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.translationKey()).isEqualTo(key));
        assertThat(dsl.fetchCount(PENDING_REGISTRATION)).isEqualTo(before);
    }

    @Test
    void a_registration_creates_no_account_and_no_login_works_until_its_link_is_opened() throws Exception {
        String answer = registrations.register(anna());

        assertThat(answer).isEqualTo(ANNA);
        assertThat(accounts(ANNA)).isZero();
        mvc.perform(loginPost(ANNA, PASSWORD, "10.7.0.1")).andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());

        assertThat(registrations.confirm(link(ANNA))).isEqualTo(ConfirmOutcome.CREATED);

        mvc.perform(loginPost(ANNA, PASSWORD, "10.7.0.1")).andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername(ANNA));
    }

    @Test
    void the_link_creates_one_educator_account_with_what_was_typed_and_a_second_opening_creates_nothing() {
        LocalDateTime before = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        registrations.register(anna());
        String token = link(ANNA);

        assertThat(registrations.link(token)).isEqualTo(new RegistrationLink.Open(ANNA, "Anna Bērziņa"));
        assertThat(registrations.confirm(token)).isEqualTo(ConfirmOutcome.CREATED);
        assertThat(registrations.confirm(token)).isEqualTo(ConfirmOutcome.INVALID);
        assertThat(registrations.link(token)).isEqualTo(new RegistrationLink.Invalid());

        assertThat(accounts(ANNA)).isEqualTo(1);
        UserAccountRecord saved = account(ANNA);
        assertThat(saved.getRole()).isEqualTo("EDUCATOR");
        assertThat(saved.getDisplayName()).isEqualTo("Anna Bērziņa");
        assertThat(saved.getEmail()).isEqualTo(ANNA);
        assertThat(saved.getPreferredLocale()).isEqualTo("uk");
        assertThat(saved.getCentreId()).isNull();
        assertThat(saved.getInstitutionId()).isEqualTo(dsl.select(INSTITUTION.ID).from(INSTITUTION)
                .where(INSTITUTION.NAME.eq("Preiļu 1. pamatskola")).fetchSingle(INSTITUTION.ID));
        assertThat(saved.getPasswordHash()).startsWith("{argon2}$argon2id$").doesNotContain(PASSWORD);
        assertThat(encoder.matches(PASSWORD, saved.getPasswordHash())).isTrue();
        assertThat(saved.getPrivacyConsentAt()).isBetween(before, LocalDateTime.now(clock));
        assertThat(saved.getEnabled()).isTrue();
        assertThat(dsl.fetchCount(PENDING_REGISTRATION, PENDING_REGISTRATION.EMAIL.eq(ANNA))).isZero();
    }

    @Test
    void the_mail_carries_the_link_and_the_database_only_its_hash() {
        registrations.register(anna());

        List<MailOutboxRecord> queued = mails.to(ANNA);
        assertThat(queued).singleElement().satisfies(m -> {
            assertThat(m.getKind()).isEqualTo("ACCOUNT_CONFIRM");
            assertThat(m.getRecipientName()).isEqualTo("Anna Bērziņa");
            assertThat(m.getRecipientLocale()).isEqualTo("uk");
            assertThat(m.getInstitutionName()).isEqualTo("Preiļu 1. pamatskola");
            assertThat(LinkTokens.wellFormed(m.getLinkToken())).isTrue();
        });
        String token = queued.getFirst().getLinkToken();
        var pending = dsl.selectFrom(PENDING_REGISTRATION).where(PENDING_REGISTRATION.EMAIL.eq(ANNA)).fetchSingle();
        assertThat(pending.getTokenHash()).isEqualTo(LinkTokens.hash(token)).isNotEqualTo(token);
        assertThat(pending.getPasswordHash()).startsWith("{argon2}").doesNotContain(PASSWORD);
        assertThat(pending.getExpiresAt()).isEqualTo(pending.getCreatedAt().plusHours(48));
    }

    @Test
    void a_link_older_than_48_hours_is_refused_and_removed() {
        TestClock testClock = new TestClock(LocalDateTime.of(2026, 9, 1, 8, 0));
        var service = new EducatorRegistrationService(repository, institutions, passwords, encoder, limiter, outbox,
                testClock);
        service.register(anna());
        String token = link(ANNA);

        testClock.advance(Duration.ofHours(48).minusMinutes(1));
        assertThat(service.link(token)).isInstanceOf(RegistrationLink.Open.class);
        testClock.advance(Duration.ofMinutes(1));
        assertThat(service.link(token)).isEqualTo(new RegistrationLink.Invalid());
        assertThat(service.confirm(token)).isEqualTo(ConfirmOutcome.INVALID);
        assertThat(accounts(ANNA)).isZero();

        service.removeExpired();
        assertThat(dsl.fetchCount(PENDING_REGISTRATION, PENDING_REGISTRATION.EMAIL.eq(ANNA))).isZero();
    }

    @Test
    void a_taken_address_gets_the_same_answer_its_owner_a_mail_and_nothing_changes() {
        UserAccountRecord owner = account("anna.kalnina@example.lv");
        Registration taken = registration("Anna.Kalnina@example.lv", "cits-parolu-teikums-77");
        Registration free = registration("brivs.skolotajs@example.lv", "cits-parolu-teikums-77");

        String takenAnswer = registrations.register(taken);
        String freeAnswer = registrations.register(free);

        assertThat(takenAnswer).isEqualTo("anna.kalnina@example.lv");
        assertThat(freeAnswer).isEqualTo("brivs.skolotajs@example.lv");
        assertThat(mails.to("anna.kalnina@example.lv")).singleElement().satisfies(m -> {
            assertThat(m.getKind()).isEqualTo("ACCOUNT_EXISTS");
            assertThat(m.getRecipientName()).isEqualTo(owner.getDisplayName());
            assertThat(m.getRecipientLocale()).isEqualTo(owner.getPreferredLocale());
            assertThat(m.getAccountUsername()).isEqualTo("anna.kalnina@example.lv");
            assertThat(m.getLinkToken()).isNull();
        });
        assertThat(mails.to("brivs.skolotajs@example.lv")).extracting(MailOutboxRecord::getKind)
                .containsExactly("ACCOUNT_CONFIRM");
        assertThat(dsl.fetchCount(PENDING_REGISTRATION, PENDING_REGISTRATION.EMAIL.eq("anna.kalnina@example.lv"))).isZero();
        UserAccountRecord after = account("anna.kalnina@example.lv");
        assertThat(after.getPasswordHash()).isEqualTo(owner.getPasswordHash());
        assertThat(after.getDisplayName()).isEqualTo(owner.getDisplayName());
        assertThat(after.getInstitutionId()).isEqualTo(owner.getInstitutionId());
        assertThat(after.getPreferredLocale()).isEqualTo(owner.getPreferredLocale());
    }

    @Test
    void an_address_that_is_only_an_accounts_e_mail_counts_as_taken_too() {
        // the demo "educator" logs in with a user name, and educator@demo.example.lv is its address
        registrations.register(registration("Educator@Demo.example.lv", "cits-parolu-teikums-77"));

        assertThat(mails.to("educator@demo.example.lv")).extracting(MailOutboxRecord::getKind, MailOutboxRecord::getAccountUsername)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ACCOUNT_EXISTS", "educator"));
    }

    @Test
    void someone_elses_registration_of_an_address_never_becomes_an_account_without_its_link() throws Exception {
        // someone who does not own the address registers it first, with a password of their own
        registrations.register(registration(ANNA, "uzbruceja-parole-123"));
        String intrudersLink = link(ANNA);
        assertThat(accounts(ANNA)).isZero();
        // the owner registers too and opens the link that reached their mailbox
        registrations.register(anna());
        String ownersLink = link(ANNA);
        assertThat(ownersLink).isNotEqualTo(intrudersLink);

        assertThat(registrations.confirm(ownersLink)).isEqualTo(ConfirmOutcome.CREATED);

        assertThat(registrations.confirm(intrudersLink)).isEqualTo(ConfirmOutcome.INVALID);
        assertThat(accounts(ANNA)).isEqualTo(1);
        assertThat(encoder.matches(PASSWORD, account(ANNA).getPasswordHash())).isTrue();
        mvc.perform(loginPost(ANNA, "uzbruceja-parole-123", "10.7.0.2")).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void a_link_of_an_address_that_meanwhile_has_an_account_says_so_and_creates_nothing() {
        registrations.register(anna());
        String token = link(ANNA);
        dsl.update(USER_ACCOUNT).set(USER_ACCOUNT.EMAIL, ANNA).where(USER_ACCOUNT.USERNAME.eq("educator")).execute();

        assertThat(registrations.link(token)).isEqualTo(new RegistrationLink.AccountExists());
        assertThat(registrations.confirm(token)).isEqualTo(ConfirmOutcome.ACCOUNT_EXISTS);

        assertThat(accounts(ANNA)).isZero();
        assertThat(dsl.fetchCount(PENDING_REGISTRATION, PENDING_REGISTRATION.EMAIL.eq(ANNA))).isZero();
    }

    @Test
    void links_that_are_not_ours_lead_nowhere() {
        assertThat(registrations.link("not-a-token")).isEqualTo(new RegistrationLink.Invalid());
        assertThat(registrations.confirm(LinkTokens.newToken())).isEqualTo(ConfirmOutcome.INVALID);
        assertThat(registrations.confirm("")).isEqualTo(ConfirmOutcome.INVALID);
    }

    @Test
    void weak_common_and_personal_passwords_are_refused() {
        assertRefused(registration(ANNA, "īss-9-zīm"), "password.error.too-short");
        assertRefused(registration(ANNA, "aaaaaaaaaa"), "password.error.common");
        assertRefused(registration(ANNA, "password123"), "password.error.common");
        assertRefused(registration(ANNA, "1234567890"), "password.error.common");
        assertRefused(registration(ANNA, ANNA), "password.error.personal");
        assertRefused(registration(ANNA, "anna.berzina-2026!"), "password.error.personal");
        assertThat(mails.to(ANNA)).isEmpty();
    }

    @Test
    void a_passphrase_of_128_characters_with_diacritics_is_accepted_and_logs_in_whole() throws Exception {
        String passphrase = ("Ziemā pie Rāznas ezera ledus čīkst zem slēpēm, bērzu birzs šalc, "
                + "а в Києві каштани цвітуть травнем; ūdens dzidrs kā stikls, žagatas ķērc.").substring(0, 128);
        assertThat(passphrase.codePointCount(0, passphrase.length())).isEqualTo(128);

        registrations.register(registration(ANNA, passphrase));
        assertThat(registrations.confirm(link(ANNA))).isEqualTo(ConfirmOutcome.CREATED);

        mvc.perform(loginPost(ANNA, passphrase, "10.7.0.3")).andExpect(redirectedUrl("/"));
        mvc.perform(loginPost(ANNA, passphrase.substring(0, 127) + "x", "10.7.0.3"))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void other_wrong_fields_are_refused() {
        Registration differs = anna();
        differs.setPasswordRepeat("rudens-lapas-2027");
        assertRefused(differs, "password.error.mismatch");

        Registration noConsent = anna();
        noConsent.setPrivacyConsent(false);
        assertRefused(noConsent, "educator.error.consent-required");

        Registration noName = anna();
        noName.setName("  ");
        assertRefused(noName, "validation.required");

        Registration forgedLine = anna();
        forgedLine.setName("Anna\r\nINFO Educator account 1 registered");
        assertRefused(forgedLine, "validation.control-characters");

        Registration notAnAddress = anna();
        notAnAddress.setEmail("Educator");
        assertRefused(notAnAddress, "validation.email");
    }

    @Test
    void registrations_from_one_client_address_are_throttled_with_the_time_to_try_again() {
        from("10.7.1.1");
        for (int i = 1; i <= AttemptLimiter.Kind.REGISTER_ADDRESS.limit(); i++) {
            registrations.register(registration("skolotajs" + i + "@example.lv", PASSWORD));
        }
        LocalDateTime now = LocalDateTime.now(clock);

        assertThatThrownBy(() -> registrations.register(registration("vel-viens@example.lv", PASSWORD)))
                .isInstanceOfSatisfying(ThrottledException.class, e ->
                        assertThat(e.until().toLocalDateTime()).isAfter(now.plusMinutes(59)));
        assertThat(mails.to("vel-viens@example.lv")).isEmpty();

        from("10.7.1.2");
        registrations.register(registration("vel-viens@example.lv", PASSWORD));
        assertThat(mails.to("vel-viens@example.lv")).hasSize(1);
    }

    @Test
    void registrations_of_one_e_mail_address_are_throttled_from_any_client_address() {
        for (int i = 1; i <= AttemptLimiter.Kind.REGISTER_EMAIL.limit(); i++) {
            from("10.7.2." + i);
            registrations.register(anna());
        }
        from("10.7.2.99");

        assertThatThrownBy(() -> registrations.register(anna())).isInstanceOf(ThrottledException.class);
        assertThat(mails.to(ANNA, MailKind.ACCOUNT_CONFIRM)).hasSize(AttemptLimiter.Kind.REGISTER_EMAIL.limit());
    }

    @Test
    void only_institutions_where_educators_work_are_offered_and_accepted() {
        List<InstitutionOption> offered = institutions.workplaceOptions("", 0, 100);
        List<String> offeredTypes = dsl.selectDistinct(INSTITUTION.TYPE).from(INSTITUTION)
                .where(INSTITUTION.ID.in(offered.stream().map(InstitutionOption::id).toList()))
                .fetch(INSTITUTION.TYPE);
        assertThat(offered).isNotEmpty();
        assertThat(offeredTypes).contains("SCHOOL").doesNotContain("BUSINESS", "MEDIA", "FOREIGN_PARTNER");

        long business = dsl.insertInto(INSTITUTION).set(INSTITUTION.NAME, "SIA Testa bizness")
                .set(INSTITUTION.TYPE, "BUSINESS")
                .set(INSTITUTION.MUNICIPALITY_ID, dsl.select(INSTITUTION.MUNICIPALITY_ID).from(INSTITUTION).limit(1)
                        .fetchSingle(INSTITUTION.MUNICIPALITY_ID))
                .returningResult(INSTITUTION.ID).fetchSingle(INSTITUTION.ID);
        Registration r = anna();
        r.setInstitution(new InstitutionOption(business, "SIA Testa bizness", InstitutionType.BUSINESS, 1L, "x", null));
        assertRefused(r, "educator.error.institution");
        assertThat(institutions.workplaceOptions("Testa bizness", 0, 10)).isEmpty();
    }

    @Test
    void the_institution_is_optional() {
        Registration r = anna();
        r.setInstitution(null);

        registrations.register(r);
        assertThat(mails.to(ANNA).getFirst().getInstitutionName()).isNull();
        registrations.confirm(link(ANNA));

        assertThat(account(ANNA).getInstitutionId()).isNull();
    }
}
