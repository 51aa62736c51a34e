package lv.kopiena.educator.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static lv.kopiena.jooq.Tables.PENDING_REGISTRATION;
import static lv.kopiena.jooq.Tables.USER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Locale;
import lv.kopiena.KaribuTest;
import lv.kopiena.i18n.TranslationProvider;
import lv.kopiena.institution.InstitutionService;
import lv.kopiena.mail.MailKind;
import lv.kopiena.mail.QueuedMails;
import lv.kopiena.security.AttemptLimiter;
import lv.kopiena.security.ClientAddress;
import lv.kopiena.security.ui.LoginView;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RegisterViewTest extends KaribuTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    InstitutionService institutions;
    @Autowired
    AttemptLimiter limiter;

    private RegisterView open() {
        UI.getCurrent().navigate(RegisterView.class);
        return _get(RegisterView.class);
    }

    private void fill(RegisterView view, String email) {
        _setValue(view.name, "Anna Bērziņa");
        _setValue(view.email, email);
        _setValue(view.password, "rudens-lapas-2026");
        _setValue(view.passwordRepeat, "rudens-lapas-2026");
        view.institution.setValue(institutions.workplaceOptions("Preiļu 1.", 0, 5).getFirst());
        _setValue(view.consent, true);
    }

    /** Every text the page shows now, top to bottom. */
    private static List<String> texts(Component view) {
        return _find(view, Component.class).stream()
                .filter(c -> c instanceof HasText && c.isVisible() && isShown(c))
                .map(c -> ((HasText) c).getText())
                .filter(t -> !t.isBlank())
                .toList();
    }

    private static boolean isShown(Component c) {
        for (Component p = c; p != null; p = p.getParent().orElse(null)) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void a_visitor_is_asked_to_check_the_mail_and_no_account_exists_yet() {
        RegisterView view = open();
        assertThat(view.language.getValue()).isEqualTo("en");
        fill(view, "Anna.Berzina@Skola.example.lv");

        _click(view.create);

        assertThat(view.form.isVisible()).isFalse();
        assertThat(texts(view.checkMail)).containsExactly("Check your mail",
                "We have sent a mail to anna.berzina@skola.example.lv. Open the link in it within 48 hours and press "
                        + "“Create my account” to finish: only then does the account exist.",
                "No mail after a few minutes? Look in the spam folder. If the address was mistyped, register again "
                        + "with the right one.");
        assertThat(dsl.fetchCount(USER_ACCOUNT, USER_ACCOUNT.USERNAME.eq("anna.berzina@skola.example.lv"))).isZero();
        assertThat(dsl.fetchCount(PENDING_REGISTRATION, PENDING_REGISTRATION.EMAIL.eq("anna.berzina@skola.example.lv")))
                .isEqualTo(1);
        assertThat(new QueuedMails(dsl).to("anna.berzina@skola.example.lv", MailKind.ACCOUNT_CONFIRM)).hasSize(1);
        assertThat(view.password.getValue()).isEmpty();
    }

    @Test
    void the_page_reads_the_same_for_a_taken_address_as_for_a_free_one() {
        RegisterView free = open();
        fill(free, "brivs.skolotajs@example.lv");
        _click(free.create);
        List<String> freeAnswer = texts(free).stream().map(t -> t.replace("brivs.skolotajs@example.lv", "…")).toList();

        RegisterView taken = open();
        fill(taken, "anna.kalnina@example.lv");
        _click(taken.create);
        List<String> takenAnswer = texts(taken).stream().map(t -> t.replace("anna.kalnina@example.lv", "…")).toList();

        assertThat(takenAnswer).isEqualTo(freeAnswer).contains("Check your mail");
        assertThat(new QueuedMails(dsl).to("anna.kalnina@example.lv")).extracting(m -> m.getKind())
                .containsExactly(MailKind.ACCOUNT_EXISTS.name());
    }

    @Test
    void missing_and_wrong_fields_are_shown_and_nothing_is_saved() {
        RegisterView view = open();
        int before = dsl.fetchCount(PENDING_REGISTRATION);

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
        assertThat(view.password.getErrorMessage()).isEqualTo("The password must have at least 10 characters");
        assertThat(view.passwordRepeat.getErrorMessage()).isEqualTo("The two passwords differ.");

        _setValue(view.email, "not-an-email");
        _click(view.create);
        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.email.getErrorMessage()).isEqualTo("Enter a valid e-mail address");

        assertThat(dsl.fetchCount(PENDING_REGISTRATION)).isEqualTo(before);
        assertThat(view.form.isVisible()).isTrue();
    }

    @Test
    void a_common_password_or_one_with_the_e_mail_is_refused_at_the_field() {
        RegisterView view = open();
        fill(view, "anna.berzina@skola.example.lv");

        _setValue(view.password, "password123");
        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).startsWith("This password is too common or too easy to guess.");

        _setValue(view.password, "anna.berzina-rudenī");
        assertThat(view.password.getErrorMessage())
                .isEqualTo("The password must not contain your e-mail address or user name");
        // another address makes the same password fine
        _setValue(view.email, "liga@skola.example.lv");
        assertThat(view.password.isInvalid()).isFalse();
        assertThat(view.password.getHelperText()).startsWith("At least 10 characters");
    }

    @Test
    void too_many_registrations_from_here_are_told_when_to_try_again() {
        for (int i = 0; i <= AttemptLimiter.Kind.REGISTER_ADDRESS.limit(); i++) {
            limiter.attempt(AttemptLimiter.Kind.REGISTER_ADDRESS, ClientAddress.current());
        }
        RegisterView view = open();
        fill(view, "anna@skola.example.lv");

        _click(view.create);

        assertThat(view.problem.isVisible()).isTrue();
        assertThat(view.problem.getText()).startsWith("Too many registrations came from here or for this e-mail address. "
                + "Please try again after ").contains("(in ");
        assertThat(view.form.isVisible()).isTrue();
        assertThat(new QueuedMails(dsl).to("anna@skola.example.lv")).isEmpty();
    }

    @Test
    void the_page_is_complete_in_latvian_ukrainian_and_english() {
        for (Locale locale : TranslationProvider.LOCALES) {
            UI.getCurrent().setLocale(locale);
            UI.getCurrent().navigate("workshops");
            RegisterView view = open();
            fill(view, "anna" + locale.getLanguage() + "@skola.example.lv");
            _click(view.create);
            assertThat(texts(view.checkMail)).hasSize(3).noneMatch(t -> t.contains("!"));
        }
        UI.getCurrent().setLocale(TranslationProvider.LATVIAN);
        UI.getCurrent().navigate("workshops");
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
        assertThat(_get(LoginView.class)).isNotNull();

        UI.getCurrent().navigate("login", QueryParameters.of(RegisterView.REGISTERED, ""));
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .contains("Your account is ready. Log in with your e-mail and password.");
    }
}
