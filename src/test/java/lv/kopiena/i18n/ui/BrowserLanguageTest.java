package lv.kopiena.i18n.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.servlet.http.Cookie;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import lv.kopiena.i18n.TranslationProvider;
import lv.kopiena.security.CurrentUser;
import lv.kopiena.security.UserPreferencesService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A first visit starts in the browser's language when Kopiena speaks it; a choice made here wins. */
class BrowserLanguageTest {

    private final LanguageSelection languages = new LanguageSelection(new CurrentUser(),
            mock(UserPreferencesService.class));

    @AfterEach
    void forgetRequest() {
        CurrentInstance.clearAll();
    }

    private void request(String acceptLanguage, Cookie... cookies) {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getHeader("Accept-Language")).thenReturn(acceptLanguage);
        List<Locale> locales = acceptLanguage == null ? List.of(Locale.getDefault())
                : java.util.Arrays.stream(acceptLanguage.split(",")).map(p -> Locale.forLanguageTag(p.split(";")[0].trim())).toList();
        when(request.getLocales()).thenReturn(Collections.enumeration(locales));
        when(request.getCookies()).thenReturn(cookies);
        CurrentInstance.set(VaadinRequest.class, request);
    }

    @Test
    void a_ukrainian_browser_gets_ukrainian_on_the_first_visit() {
        request("uk-UA,uk;q=0.9,ru;q=0.8,en;q=0.7");
        assertThat(languages.initialLocale()).isEqualTo(TranslationProvider.UKRAINIAN);
    }

    @Test
    void the_first_language_kopiena_speaks_counts_and_others_fall_back_to_latvian() {
        request("de-DE,en-US;q=0.8");
        assertThat(languages.initialLocale()).isEqualTo(TranslationProvider.ENGLISH);
        request("de-DE,fr;q=0.8");
        assertThat(languages.initialLocale()).isEqualTo(TranslationProvider.LATVIAN);
        request(null);
        assertThat(languages.initialLocale()).isEqualTo(TranslationProvider.LATVIAN);
    }

    @Test
    void a_language_chosen_in_this_browser_wins_over_the_browsers() {
        request("en-GB,en;q=0.9", new Cookie(LanguageSelection.COOKIE, "lv"));
        assertThat(languages.initialLocale()).isEqualTo(TranslationProvider.LATVIAN);
    }
}
