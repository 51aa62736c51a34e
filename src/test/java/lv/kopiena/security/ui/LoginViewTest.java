package lv.kopiena.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.time.ZonedDateTime;
import java.util.Locale;
import lv.kopiena.security.LoginSessions;
import lv.kopiena.security.LoginThrottledException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;
import lv.kopiena.KaribuTest;
import lv.kopiena.i18n.TranslationProvider;
import org.junit.jupiter.api.Test;

class LoginViewTest extends KaribuTest {

    @Test
    void anyone_sees_the_login_form() {
        UI.getCurrent().navigate("login");
        assertThat(_get(LoginView.class).texts.getForm().getUsername()).isEqualTo("Username");
    }

    @Test
    void a_failed_login_shows_the_error() {
        UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.of("error", ""));
        assertThat(_get(LoginForm.class).isError()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void choosing_ukrainian_translates_the_page() {
        UI.getCurrent().navigate("login");
        Select<Locale> language = _get(Select.class);
        language.setValue(TranslationProvider.UKRAINIAN);
        // the listener reacts to user changes only; the UI locale is what it sets
        UI.getCurrent().setLocale(TranslationProvider.UKRAINIAN);
        assertThat(_get(LoginView.class).texts.getForm().getSubmit()).isEqualTo("Увійти");
        assertThat(_get(H1.class).getText()).isEqualTo("Kopiena");
    }

    @Test
    void latvian_is_the_language_of_a_new_visitor() {
        UI.getCurrent().setLocale(TranslationProvider.LATVIAN);
        UI.getCurrent().navigate("login");
        assertThat(_get(LoginView.class).texts.getForm().getSubmit()).isEqualTo("Pieteikties");
    }

    @Test
    void after_too_many_failures_the_page_says_until_when_logins_are_paused() {
        ZonedDateTime until = ZonedDateTime.now(java.time.ZoneId.of("Europe/Riga")).plusMinutes(4).plusSeconds(30);
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new LoginThrottledException(until));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        LoginView view = _get(LoginView.class);
        assertThat(_get(LoginForm.class).isError()).isTrue();
        assertThat(view.texts.getErrorMessage().getTitle()).isEqualTo("Too many failed attempts");
        assertThat(view.texts.getErrorMessage().getMessage())
                .contains(String.format("%d:%02d", until.getHour(), until.getMinute()).replaceFirst("^0", ""))
                .contains("in 5 minutes");
        // said once: the next visit of the page starts clean
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("login");
        assertThat(_get(LoginView.class).texts.getErrorMessage().getTitle()).isNotEqualTo("Too many failed attempts");
    }

    @Test
    void a_disabled_account_is_told_so_after_the_right_password() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new DisabledException("disabled"));
        switchLanguage(TranslationProvider.LATVIAN);
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(_get(LoginView.class).texts.getErrorMessage().getTitle()).isEqualTo("Konts ir atspējots");
    }

    @Test
    void after_an_admin_ended_the_session_the_login_page_says_why() {
        VaadinSession.getCurrent().getSession().setAttribute(LoginSessions.ENDED_ATTRIBUTE,
                LoginSessions.EndReason.ENDED_BY_ADMIN);
        UI.getCurrent().navigate("login");
        LoginView view = _get(LoginView.class);
        assertThat(view.sessionEnded.isVisible()).isTrue();
        assertThat(view.sessionEnded.getText()).isEqualTo("An administrator ended your session. Please log in again.");
        switchLanguage(TranslationProvider.UKRAINIAN);
        assertThat(view.sessionEnded.getText()).isEqualTo("Адміністратор завершив ваш сеанс. Увійдіть, будь ласка, знову.");
    }
}
