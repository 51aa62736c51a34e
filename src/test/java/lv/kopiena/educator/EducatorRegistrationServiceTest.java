package lv.kopiena.educator;

import static lv.kopiena.jooq.Tables.INSTITUTION;
import static lv.kopiena.jooq.Tables.USER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import lv.kopiena.IntegrationTest;
import lv.kopiena.base.ValidationException;
import lv.kopiena.institution.InstitutionOption;
import lv.kopiena.institution.InstitutionService;
import lv.kopiena.institution.InstitutionType;
import lv.kopiena.jooq.tables.records.UserAccountRecord;
import lv.kopiena.security.KopienaUser;
import lv.kopiena.security.Role;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

class EducatorRegistrationServiceTest extends IntegrationTest {

    @Autowired
    EducatorRegistrationService registrations;
    @Autowired
    InstitutionService institutions;
    @Autowired
    DSLContext dsl;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;
    @Autowired
    WebApplicationContext context;

    private Registration anna() {
        Registration r = new Registration();
        r.setName(" Anna Bērziņa ");
        r.setEmail(" Anna.Berzina@Skola.example.lv ");
        r.setPassword("rudens-lapas-2026");
        r.setPasswordRepeat("rudens-lapas-2026");
        r.setLanguage("uk");
        r.setPrivacyConsent(true);
        r.setInstitution(institutions.workplaceOptions("Preiļu 1. pamatskola", 0, 5).getFirst());
        return r;
    }

    private UserAccountRecord account(String username) {
        return dsl.selectFrom(USER_ACCOUNT).where(USER_ACCOUNT.USERNAME.eq(username)).fetchSingle();
    }

    private void assertRefused(Registration r, String key) {
        int before = dsl.fetchCount(USER_ACCOUNT);
        assertThatThrownBy(() -> registrations.register(r))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.translationKey()).isEqualTo(key));
        assertThat(dsl.fetchCount(USER_ACCOUNT)).isEqualTo(before);
    }

    @Test
    void a_visitor_without_login_becomes_an_educator_with_a_bcrypt_hash_and_the_consent_time() {
        LocalDateTime before = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);

        long id = registrations.register(anna());

        UserAccountRecord saved = account("anna.berzina@skola.example.lv");
        assertThat(saved.getId()).isEqualTo(id);
        assertThat(saved.getRole()).isEqualTo("EDUCATOR");
        assertThat(saved.getDisplayName()).isEqualTo("Anna Bērziņa");
        assertThat(saved.getEmail()).isEqualTo("anna.berzina@skola.example.lv");
        assertThat(saved.getPreferredLocale()).isEqualTo("uk");
        assertThat(saved.getCentreId()).isNull();
        assertThat(saved.getInstitutionId()).isEqualTo(dsl.select(INSTITUTION.ID).from(INSTITUTION)
                .where(INSTITUTION.NAME.eq("Preiļu 1. pamatskola")).fetchSingle(INSTITUTION.ID));
        assertThat(saved.getPasswordHash()).startsWith("{bcrypt}$2").doesNotContain("rudens");
        assertThat(encoder.matches("rudens-lapas-2026", saved.getPasswordHash())).isTrue();
        assertThat(saved.getPrivacyConsentAt()).isBetween(before, LocalDateTime.now(clock));
        assertThat(saved.getEnabled()).isTrue();
    }

    @Test
    void the_registered_account_logs_in_with_its_e_mail() throws Exception {
        registrations.register(anna());

        KopienaUser user = (KopienaUser) users.loadUserByUsername("anna.berzina@skola.example.lv");
        assertThat(user.role()).isEqualTo(Role.EDUCATOR);
        assertThat(user.preferredLocale()).isEqualTo("uk");

        var mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        mvc.perform(post("/login").param("username", "anna.berzina@skola.example.lv")
                        .param("password", "rudens-lapas-2026").with(csrf()))
                .andExpect(authenticated().withAuthentication(auth -> assertThat(auth.getAuthorities())
                        .extracting(org.springframework.security.core.GrantedAuthority::getAuthority)
                        .contains("ROLE_EDUCATOR").doesNotContain("ROLE_ADMIN", "ROLE_COORDINATOR")));
    }

    @Test
    void an_e_mail_with_an_account_is_refused_whatever_its_case() {
        registrations.register(anna());
        Registration again = anna();
        again.setEmail("ANNA.BERZINA@skola.example.LV");

        assertRefused(again, "educator.error.email-taken");
        Registration demo = anna();
        demo.setEmail("Educator");
        assertRefused(demo, "validation.email");
    }

    @Test
    void a_demo_user_name_cannot_be_taken_over() {
        // user names of accounts made by the admin are not e-mails, but an e-mail equal to one is refused too
        dsl.update(USER_ACCOUNT).set(USER_ACCOUNT.USERNAME, "liga@skola.example.lv")
                .where(USER_ACCOUNT.USERNAME.eq("educator")).execute();
        Registration r = anna();
        r.setEmail("Liga@Skola.example.lv");

        assertRefused(r, "educator.error.email-taken");
    }

    @Test
    void a_short_password_a_different_repeat_and_a_missing_consent_are_refused() {
        Registration shortPassword = anna();
        shortPassword.setPassword("īss-9-zīm");
        shortPassword.setPasswordRepeat("īss-9-zīm");
        assertRefused(shortPassword, "educator.error.password-short");

        Registration differs = anna();
        differs.setPasswordRepeat("rudens-lapas-2027");
        assertRefused(differs, "educator.error.password-mismatch");

        Registration noConsent = anna();
        noConsent.setPrivacyConsent(false);
        assertRefused(noConsent, "educator.error.consent-required");

        Registration noName = anna();
        noName.setName("  ");
        assertRefused(noName, "validation.required");

        Registration tooLong = anna();
        tooLong.setPassword("ā".repeat(40));
        tooLong.setPasswordRepeat("ā".repeat(40));
        assertRefused(tooLong, "educator.error.password-long");
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

        assertThat(account("anna.berzina@skola.example.lv").getInstitutionId()).isNull();
    }
}
