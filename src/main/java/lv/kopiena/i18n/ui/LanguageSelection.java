package lv.kopiena.i18n.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import lv.kopiena.i18n.TranslationProvider;
import lv.kopiena.security.CurrentUser;
import lv.kopiena.security.UserPreferencesService;
import org.springframework.stereotype.Component;

/**
 * Remembers the chosen language: in the account of a logged-in user and in a cookie (so the
 * login page and the public pages keep it too). A new UI starts in the language last chosen in
 * this browser, else the account's, else the browser's own language (Accept-Language) when
 * Kopiena speaks it, else Latvian.
 */
@Component
public class LanguageSelection implements VaadinServiceInitListener {

    static final String COOKIE = "kopiena-lang";

    private final CurrentUser currentUser;
    private final UserPreferencesService preferences;

    LanguageSelection(CurrentUser currentUser, UserPreferencesService preferences) {
        this.currentUser = currentUser;
        this.preferences = preferences;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(initialLocale()));
    }

    Locale initialLocale() {
        Optional<String> fromAccount = currentUser.get().map(u -> u.preferredLocale());
        Optional<String> fromCookie = Optional.ofNullable(VaadinRequest.getCurrent())
                .map(VaadinRequest::getCookies)
                .flatMap(cookies -> Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).findFirst())
                .map(Cookie::getValue);
        return fromCookie.or(() -> fromAccount)
                .map(Locale::forLanguageTag)
                .map(TranslationProvider::supported)
                .or(LanguageSelection::fromBrowser)
                .orElse(TranslationProvider.LATVIAN);
    }

    private static Optional<Locale> fromBrowser() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null || request.getHeader("Accept-Language") == null) {
            return Optional.empty();
        }
        return TranslationProvider.firstSupported(java.util.Collections.list(request.getLocales()));
    }

    /** Switches the UI's language now and remembers it for the next visit. */
    public void choose(UI ui, Locale locale) {
        Locale supported = TranslationProvider.supported(locale);
        ui.setLocale(supported);
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, supported.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge(60 * 60 * 24 * 365);
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
        if (currentUser.get().isPresent()) {
            preferences.rememberLocale(supported.getLanguage());
        }
    }
}
