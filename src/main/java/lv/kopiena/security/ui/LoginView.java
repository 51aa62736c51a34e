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
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import lv.kopiena.educator.ui.RegisterView;
import lv.kopiena.educator.ui.WorkshopCatalogueView;
import lv.kopiena.i18n.TranslationProvider;
import lv.kopiena.i18n.ui.LanguageSelection;

/** The login page, in the chosen language, with the language switch above the form. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();
    private final H1 title = new H1();
    private final Paragraph tagline = new Paragraph();
    private final Select<Locale> language = new Select<>();
    /** Shown after a new educator account was created. */
    final Paragraph registered = new Paragraph();
    /** For teachers and youth workers without an account. */
    final RouterLink register = new RouterLink();
    /** The public workshop list, for a visitor who only wants to look. */
    final RouterLink workshops = new RouterLink();
    /** The form's texts in the current language (kept for tests; the form does not expose them). */
    LoginI18n texts = LoginI18n.createDefault();

    LoginView(LanguageSelection languages) {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        language.setItems(TranslationProvider.LOCALES);
        language.setItemLabelGenerator(l -> getTranslation("language." + l.getLanguage()));
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                languages.choose(getUI().orElseThrow(), e.getValue());
            }
        });
        registered.addClassName("login-registered");
        registered.setVisible(false);
        register.setRoute(RegisterView.class);
        workshops.setRoute(WorkshopCatalogueView.class);
        add(language, title, tagline, registered, login, register, workshops);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            login.setError(true);
        }
        registered.setVisible(event.getLocation().getQueryParameters().getParameters()
                .containsKey(RegisterView.REGISTERED));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("app.name"));
        tagline.setText(getTranslation("login.tagline"));
        registered.setText(getTranslation("educator.login.registered"));
        register.setText(getTranslation("educator.login.register-link"));
        workshops.setText(getTranslation("educator.login.workshops-link"));
        language.setAriaLabel(getTranslation("app.language"));
        language.setValue(TranslationProvider.supported(event.getLocale()));
        LoginI18n i18n = LoginI18n.createDefault();
        texts = i18n;
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        login.setI18n(i18n);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
