package lv.kopiena.i18n.ui;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessagesInfo;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import lv.kopiena.i18n.TranslationProvider;
import org.springframework.stereotype.Component;

/**
 * Vaadin's own messages (a lost connection, an internal error, cookies switched off), in the
 * reader's language. An ended or expired session shows no message of its own: the page reloads at
 * once and so lands on the login page, which says why the session ended.
 */
@Component
class SystemMessagesSetup implements VaadinServiceInitListener {

    private final TranslationProvider translations;

    SystemMessagesSetup(TranslationProvider translations) {
        this.translations = translations;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(this::messages);
    }

    CustomizedSystemMessages messages(SystemMessagesInfo info) {
        Locale locale = locale(info);
        CustomizedSystemMessages m = new CustomizedSystemMessages();
        m.setSessionExpiredNotificationEnabled(false);
        m.setInternalErrorCaption(tr("system.internal-error.caption", locale));
        m.setInternalErrorMessage(tr("system.internal-error.message", locale));
        m.setCookiesDisabledCaption(tr("system.cookies-disabled.caption", locale));
        m.setCookiesDisabledMessage(tr("system.cookies-disabled.message", locale));
        return m;
    }

    private Locale locale(SystemMessagesInfo info) {
        VaadinRequest request = info.getRequest();
        Optional<String> chosen = Optional.ofNullable(request).map(VaadinRequest::getCookies)
                .flatMap(cookies -> Arrays.stream(cookies).filter(c -> LanguageSelection.COOKIE.equals(c.getName()))
                        .findFirst())
                .map(Cookie::getValue);
        return TranslationProvider.supported(chosen.map(Locale::forLanguageTag).orElse(
                info.getLocale() == null ? TranslationProvider.LATVIAN : info.getLocale()));
    }

    private String tr(String key, Locale locale) {
        return translations.getTranslation(key, locale);
    }
}
