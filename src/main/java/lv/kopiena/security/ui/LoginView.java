package lv.kopiena.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.util.Locale;
import lv.kopiena.security.LoginSessions;
import lv.kopiena.security.LoginSessions.EndReason;
import lv.kopiena.security.LoginThrottledException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;
import lv.kopiena.educator.ui.RegisterView;
import lv.kopiena.educator.ui.WorkshopCatalogueView;
import lv.kopiena.i18n.TranslationProvider;
import lv.kopiena.i18n.ui.LanguageSelection;

/**
 * The login page, in the chosen language, with the language switch above the form. After a failed
 * login it says what went wrong as far as it may: a wrong name or password (never which), logins
 * paused until a time after too many failures, or a disabled account (told only after the right
 * password). After a session was ended on the server it says why.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();
    private final H1 title = new H1();
    private final Paragraph tagline = new Paragraph();
    private final Select<Locale> language = new Select<>();
    static final String FORGOT_PASSWORD = "forgot-password";
    /** Shown after a new educator account was created. */
    final Paragraph registered = new Paragraph();
    /** For teachers and youth workers without an account. */
    final RouterLink register = new RouterLink();
    /** The public workshop list, for a visitor who only wants to look. */
    final RouterLink workshops = new RouterLink();
    /** Why the last session ended, when the server ended it (an admin, a changed account...). */
    final Paragraph sessionEnded = new Paragraph();
    /** The form's texts in the current language (kept for tests; the form does not expose them). */
    LoginI18n texts = LoginI18n.createDefault();

    private final Clock clock;
    /** The last login failure, read from the HTTP session once. */
    private @Nullable Exception failure;
    private @Nullable EndReason endReason;

    LoginView(LanguageSelection languages, Clock clock) {
        this.clock = clock;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        login.setAction("login");
        // the page that mails a link to set a new password (account.ui.ForgotPasswordView)
        login.setForgotPasswordButtonVisible(true);
        login.addForgotPasswordListener(e -> getUI().ifPresent(ui -> ui.navigate(FORGOT_PASSWORD)));
        language.setItems(TranslationProvider.LOCALES);
        language.setItemLabelGenerator(l -> getTranslation("language." + l.getLanguage()));
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                languages.choose(getUI().orElseThrow(), e.getValue());
            }
        });
        registered.addClassName("login-registered");
        registered.setVisible(false);
        sessionEnded.addClassName("login-session-ended");
        sessionEnded.setVisible(false);
        register.setRoute(RegisterView.class);
        workshops.setRoute(WorkshopCatalogueView.class);
        add(language, title, tagline, registered, sessionEnded, login, register, workshops);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        WrappedSession session = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getSession();
        failure = null;
        endReason = null;
        if (session != null) {
            if (session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof Exception e) {
                failure = e;
            }
            if (session.getAttribute(LoginSessions.ENDED_ATTRIBUTE) instanceof EndReason reason) {
                endReason = reason;
            }
            // said once: a reload of the page starts clean
            session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            session.removeAttribute(LoginSessions.ENDED_ATTRIBUTE);
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            login.setError(true);
        }
        showTexts(getLocale());
        registered.setVisible(event.getLocation().getQueryParameters().getParameters()
                .containsKey(RegisterView.REGISTERED));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        showTexts(event.getLocale());
    }

    private void showTexts(Locale locale) {
        title.setText(getTranslation("app.name"));
        tagline.setText(getTranslation("login.tagline"));
        registered.setText(getTranslation("educator.login.registered"));
        register.setText(getTranslation("educator.login.register-link"));
        workshops.setText(getTranslation("educator.login.workshops-link"));
        language.setAriaLabel(getTranslation("app.language"));
        language.setValue(TranslationProvider.supported(locale));
        LoginI18n i18n = LoginI18n.createDefault();
        texts = i18n;
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgot-password"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        if (failure instanceof LoginThrottledException locked) {
            i18n.getErrorMessage().setTitle(getTranslation("login.error.locked.title"));
            i18n.getErrorMessage().setMessage(WaitMessage.text(this, "login.error.locked.message", locked.until(), clock));
        } else if (failure instanceof DisabledException) {
            i18n.getErrorMessage().setTitle(getTranslation("login.error.disabled.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.error.disabled.message"));
        }
        login.setI18n(i18n);
        sessionEnded.setText(endReason == null ? "" : getTranslation(endedKey(endReason)));
        sessionEnded.setVisible(endReason != null);
    }

    private static String endedKey(EndReason reason) {
        return switch (reason) {
            case ENDED_BY_ADMIN, ACCOUNT_DELETED -> "login.session-ended.admin";
            case ACCOUNT_CHANGED -> "login.session-ended.account-changed";
            case ACCOUNT_DISABLED -> "login.session-ended.account-disabled";
            case PASSWORD_CHANGED, PASSWORD_RESET -> "login.session-ended.password";
            default -> "login.session-ended.expired";
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
