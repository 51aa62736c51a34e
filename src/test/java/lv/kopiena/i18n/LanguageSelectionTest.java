package lv.kopiena.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import lv.kopiena.KaribuTest;
import lv.kopiena.i18n.ui.LanguageSelection;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import lv.kopiena.security.KopienaUser;

/** The chosen language is remembered in the account, so the next login starts in it. */
class LanguageSelectionTest extends KaribuTest {

    @Autowired
    LanguageSelection languages;
    @Autowired
    UserDetailsService users;

    @Test
    void a_logged_in_users_choice_is_stored_in_the_account() {
        login("coordinator");
        languages.choose(UI.getCurrent(), TranslationProvider.UKRAINIAN);

        assertThat(UI.getCurrent().getLocale()).isEqualTo(TranslationProvider.UKRAINIAN);
        assertThat(((KopienaUser) users.loadUserByUsername("coordinator")).preferredLocale()).isEqualTo("uk");
    }

    @Autowired
    lv.kopiena.security.UserPreferencesService preferences;

    @Test
    void an_anonymous_caller_cannot_store_a_language_in_any_account() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> preferences.rememberLocale("uk"))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void an_unsupported_language_falls_back_to_latvian() {
        languages.choose(UI.getCurrent(), java.util.Locale.GERMAN);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(TranslationProvider.LATVIAN);
    }
}
