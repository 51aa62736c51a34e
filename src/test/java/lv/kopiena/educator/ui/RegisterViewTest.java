package lv.kopiena.educator.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static lv.kopiena.jooq.Tables.USER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import lv.kopiena.KaribuTest;
import lv.kopiena.i18n.TranslationProvider;
import lv.kopiena.jooq.tables.records.UserAccountRecord;
import lv.kopiena.security.ui.LoginView;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RegisterViewTest extends KaribuTest {

    @Autowired
    DSLContext dsl;

    private RegisterView open() {
        UI.getCurrent().navigate(RegisterView.class);
        return _get(RegisterView.class);
    }

    @Autowired
    lv.kopiena.educator.EducatorRegistrationService registrations;
    @Autowired
    lv.kopiena.institution.InstitutionService institutions;

    private void fill(RegisterView view, String email) {
        _setValue(view.name, "Anna Bērziņa");
        _setValue(view.email, email);
        _setValue(view.password, "rudens-lapas-2026");
        _setValue(view.passwordRepeat, "rudens-lapas-2026");
        view.institution.setValue(institutions.workplaceOptions("Preiļu 1.", 0, 5).getFirst());
        _setValue(view.consent, true);
    }

    @Test
    void a_visitor_creates_an_account_and_is_sent_to_log_in_with_a_note() {
        RegisterView view = open();
        assertThat(view.language.getValue()).isEqualTo("en");
        fill(view, "Anna.Berzina@Skola.example.lv");

        _click(view.create);

        UserAccountRecord saved = dsl.selectFrom(USER_ACCOUNT)
                .where(USER_ACCOUNT.USERNAME.eq("anna.berzina@skola.example.lv")).fetchSingle();
        assertThat(saved.getRole()).isEqualTo("EDUCATOR");
        assertThat(saved.getPreferredLocale()).isEqualTo("en");
        assertThat(saved.getPrivacyConsentAt()).isNotNull();
        assertThat(saved.getInstitutionId()).isNotNull();
        LoginView login = _get(LoginView.class);
        assertThat(_find(login, Paragraph.class)).extracting(Paragraph::getText)
                .contains("Your account is ready. Log in with your e-mail and password.");
    }

    @Test
    void missing_and_wrong_fields_are_shown_and_nothing_is_saved() {
        RegisterView view = open();
        int before = dsl.fetchCount(USER_ACCOUNT);

        _click(view.create);
        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage()).isEqualTo("Required");
        assertThat(view.consent.isInvalid()).isTrue();
        assertThat(view.consent.getErrorMessage())
                .isEqualTo("Please accept the privacy notice: without it we cannot keep your sign-ups.");

        fill(view, "anna@skola.example.lv");
        _setValue(view.password, "short");
        _setValue(view.passwordRepeat, "different-one");
        _click(view.create);
        assertThat(view.password.getErrorMessage()).isEqualTo("At least 10 characters");
        assertThat(view.passwordRepeat.getErrorMessage()).isEqualTo("The two passwords differ.");

        _setValue(view.email, "not-an-email");
        _click(view.create);
        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.email.getErrorMessage()).isEqualTo("Enter a valid e-mail address");

        assertThat(dsl.fetchCount(USER_ACCOUNT)).isEqualTo(before);
        assertThat(_find(RegisterView.class)).hasSize(1);
    }

    @Test
    void an_e_mail_with_an_account_is_told_to_log_in_instead() {
        RegisterView first = open();
        fill(first, "anna@skola.example.lv");
        _click(first.create);

        RegisterView again = open();
        fill(again, "ANNA@skola.example.lv");
        _click(again.create);

        assertThat(again.email.isInvalid()).isTrue();
        assertThat(again.email.getErrorMessage())
                .isEqualTo("An account with this e-mail exists: log in, or ask the centre for help.");
        assertThat(_find(RegisterView.class)).hasSize(1);
    }

    @Test
    void the_privacy_notice_is_shown_in_the_readers_language() {
        UI.getCurrent().setLocale(TranslationProvider.LATVIAN);
        RegisterView view = open();

        assertThat(view.language.getValue()).isEqualTo("lv");
        assertThat(_find(view, Paragraph.class)).extracting(Paragraph::getText)
                .anyMatch(t -> t.startsWith("Ko glabājam: jūsu vārdu, e-pastu"))
                .anyMatch(t -> t.startsWith("Kā dzēst: lūdziet centram"));
    }

    @Test
    void a_logged_in_user_is_sent_to_the_workshops() {
        login("educator");

        UI.getCurrent().navigate(RegisterView.class);

        assertThat(_find(RegisterView.class)).isEmpty();
        assertThat(_get(WorkshopCatalogueView.class)).isNotNull();
    }

    @Test
    void the_login_page_offers_an_account_and_the_workshops() {
        UI.getCurrent().navigate("login");

        assertThat(_find(RouterLink.class)).extracting(RouterLink::getText, RouterLink::getHref).contains(
                org.assertj.core.groups.Tuple.tuple("Create an educator account", "register"),
                org.assertj.core.groups.Tuple.tuple("See upcoming workshops without logging in", "workshops"));
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .doesNotContain("Your account is ready. Log in with your e-mail and password.");

        UI.getCurrent().navigate("login", QueryParameters.of(RegisterView.REGISTERED, ""));
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .contains("Your account is ready. Log in with your e-mail and password.");
    }
}
