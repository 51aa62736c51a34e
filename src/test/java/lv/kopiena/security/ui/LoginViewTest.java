package lv.kopiena.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;
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
}
