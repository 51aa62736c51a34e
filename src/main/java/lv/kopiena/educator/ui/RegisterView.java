package lv.kopiena.educator.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import lv.kopiena.base.ui.RequiredSelect;
import lv.kopiena.base.ui.TextValidators;
import lv.kopiena.account.ThrottledException;
import lv.kopiena.security.ui.WaitMessage;
import lv.kopiena.base.ValidationException;
import lv.kopiena.base.ui.ErrorMessages;
import lv.kopiena.educator.EducatorRegistrationService;
import lv.kopiena.educator.Registration;
import lv.kopiena.i18n.TranslationProvider;
import lv.kopiena.institution.InstitutionOption;
import lv.kopiena.institution.InstitutionService;
import lv.kopiena.institution.ui.InstitutionLabels;
import lv.kopiena.security.CurrentUser;
import lv.kopiena.security.ui.LoginView;
import lv.kopiena.security.ui.PasswordRules;

/**
 * A teacher or youth worker asks for an educator account: name, e-mail (the user name), password,
 * workplace, language, and consent to the privacy notice shown above the button. The page then
 * says to check the mail, the same words whether or not the address already has an account (see
 * {@link EducatorRegistrationService}); the mailed link leads to {@link ConfirmRegistrationView}.
 * Logged-in users have an account already and are sent to the workshops.
 */
@Route("register")
@AnonymousAllowed
public class RegisterView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The query parameter that tells the login page to say the account is ready. */
    public static final String REGISTERED = "registered";

    private final EducatorRegistrationService registrations;
    private final InstitutionService institutions;
    private final CurrentUser currentUser;
    private final Clock clock;
    final TextField name = new TextField();
    final EmailField email = new EmailField();
    final PasswordField password = new PasswordField();
    final PasswordField passwordRepeat = new PasswordField();
    final ComboBox<InstitutionOption> institution = new ComboBox<>();
    final Select<String> language = new Select<>();
    final Checkbox consent = new Checkbox();
    final Button create = new Button();
    final Binder<Registration> binder = new Binder<>();
    /** Why the registration was refused for a while (too many from here or for this address). */
    final Paragraph problem = new Paragraph();
    /** Everything of the form, replaced by {@link #checkMail} once it is sent. */
    final Div form = new Div();
    /** "Check your mail": the same for every address. */
    final Div checkMail = new Div();

    public RegisterView(EducatorRegistrationService registrations, InstitutionService institutions,
                        CurrentUser currentUser, Clock clock) {
        this.registrations = registrations;
        this.institutions = institutions;
        this.currentUser = currentUser;
        this.clock = clock;
        setWidthFull();
        setMaxWidth("44rem");

        name.setLabel(getTranslation("educator.register.name"));
        name.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NAME);
        email.setLabel(getTranslation("educator.register.email"));
        email.setHelperText(getTranslation("educator.register.email.helper"));
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(getTranslation("validation.email")));
        password.setLabel(getTranslation("educator.register.password"));
        passwordRepeat.setLabel(getTranslation("educator.register.password-repeat"));
        institution.setLabel(getTranslation("educator.register.institution"));
        institution.setHelperText(getTranslation("educator.register.institution.helper"));
        institution.setItemLabelGenerator(i -> InstitutionLabels.option(this, i));
        institution.setItems(q -> institutions.workplaceOptions(q.getFilter().orElse(""), q.getOffset(), q.getLimit())
                .stream());
        institution.setClearButtonVisible(true);
        language.setLabel(getTranslation("educator.register.language"));
        language.setItems(EducatorRegistrationService.LANGUAGES);
        language.setItemLabelGenerator(l -> getTranslation("language." + l));
        language.setHelperText(getTranslation("educator.register.language.helper"));
        consent.setLabel(getTranslation("educator.register.consent"));

        FormLayout fields = new FormLayout(name, email, password, passwordRepeat, institution, language);
        fields.setColspan(institution, 2);

        Div notice = new Div(new H3(getTranslation("educator.privacy.title")),
                new Paragraph(getTranslation("educator.privacy.what")),
                new Paragraph(getTranslation("educator.privacy.why")),
                new Paragraph(getTranslation("educator.privacy.who")),
                new Paragraph(getTranslation("educator.privacy.delete")));
        notice.getStyle().set("background", "var(--lumo-contrast-5pct)")
                .set("padding", "0 var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-m)");

        create.setText(getTranslation("educator.register.submit"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> submit());

        Paragraph haveAccount = new Paragraph(getTranslation("educator.register.have-account") + " ");
        haveAccount.add(new RouterLink(getTranslation("educator.nav.login"), LoginView.class));

        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        form.add(new Paragraph(getTranslation("educator.register.intro")), fields, notice, consent, problem, create);
        checkMail.setVisible(false);
        add(new H2(getTranslation("educator.register.title")), form, checkMail, haveAccount);
        bind();

        binder.readBean(fresh());
    }

    private Registration fresh() {
        Registration fresh = new Registration();
        fresh.setLanguage(TranslationProvider.supported(getLocale()).getLanguage());
        return fresh;
    }

    private void bind() {
        binder.forField(name)
                .asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(
                        getTranslation("validation.max-length", EducatorRegistrationService.NAME_MAX),
                        1, EducatorRegistrationService.NAME_MAX))
                .withValidator(TextValidators.singleLine(this))
                .bind(Registration::getName, Registration::setName);
        binder.forField(email)
                .asRequired(getTranslation("validation.required"))
                .withValidator(new EmailValidator(getTranslation("validation.email")))
                .withValidator(new StringLengthValidator(
                        getTranslation("validation.max-length", EducatorRegistrationService.EMAIL_MAX),
                        1, EducatorRegistrationService.EMAIL_MAX))
                .bind(Registration::getEmail, Registration::setEmail);
        var newPassword = PasswordRules.bindNewPassword(this, binder, password, passwordRepeat,
                p -> registrations.checkNewPassword(p, email.getValue()), Registration::setPassword,
                Registration::setPasswordRepeat);
        binder.forField(institution)
                .bind(Registration::getInstitution, Registration::setInstitution);
        RequiredSelect.bind(this, binder, language)
                .bind(Registration::getLanguage, Registration::setLanguage);
        binder.forField(consent)
                .withValidator(Boolean::booleanValue, getTranslation("educator.error.consent-required"))
                .bind(Registration::isPrivacyConsent, Registration::setPrivacyConsent);
        // the password must not contain the e-mail: a changed e-mail may make it right or wrong
        email.addValueChangeListener(e -> {
            if (!password.isEmpty()) {
                newPassword.validate();
            }
        });
    }

    private void submit() {
        problem.setVisible(false);
        Registration registration = new Registration();
        if (!binder.writeBeanIfValid(registration)) {
            return;
        }
        try {
            String address = registrations.register(registration);
            // what was typed (the password above all) leaves the page with the form
            binder.readBean(fresh());
            form.setVisible(false);
            checkMail.removeAll();
            checkMail.add(new H3(getTranslation("educator.register.check-mail.title")),
                    new Paragraph(getTranslation("educator.register.check-mail.sent", address,
                            EducatorRegistrationService.LINK_VALID.toHours())),
                    new Paragraph(getTranslation("educator.register.check-mail.no-mail")));
            checkMail.setVisible(true);
        } catch (ThrottledException e) {
            problem.setText(WaitMessage.text(this, "educator.register.throttled", e.until(), clock));
            problem.setVisible(true);
        } catch (ValidationException e) {
            ErrorMessages.show(this, e);
        } catch (RuntimeException e) {
            ErrorMessages.show(this, e);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.get().isPresent()) {
            event.forwardTo(WorkshopCatalogueView.class);
            return;
        }
        // a new visit (the menu's link while this page is open) starts with the form again
        form.setVisible(true);
        checkMail.setVisible(false);
        problem.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("educator.register.title") + " · " + getTranslation("app.name");
    }
}
