package lv.kopiena.educator.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import lv.kopiena.account.ui.ForgotPasswordView;
import lv.kopiena.base.ui.ErrorMessages;
import lv.kopiena.educator.ConfirmOutcome;
import lv.kopiena.educator.EducatorRegistrationService;
import lv.kopiena.educator.RegistrationLink;
import lv.kopiena.security.ui.LoginView;

/**
 * Where the link of a registration mail leads. Opening it shows whose account it creates and a
 * button; only pressing the button creates the account. Mail scanners of schools and companies
 * open links in mails by themselves to look for malware: were opening enough, a scanner would
 * confirm a registration that someone else made with a teacher's address. A used, expired or
 * unknown link says so and offers to register again; an address that meanwhile has an account is
 * told to log in or set a new password.
 */
@Route("register/confirm")
@AnonymousAllowed
public class ConfirmRegistrationView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final EducatorRegistrationService registrations;
    final H2 title = new H2();
    final Div content = new Div();
    final Button create = new Button();
    private String token = "";

    public ConfirmRegistrationView(EducatorRegistrationService registrations) {
        this.registrations = registrations;
        setMaxWidth("40rem");
        create.setText(getTranslation("educator.confirm.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setDisableOnClick(true);
        create.addClickListener(e -> confirm());
        add(title, content);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        token = parameter == null ? "" : parameter;
        create.setEnabled(true);
        switch (registrations.link(token)) {
            case RegistrationLink.Open open -> {
                title.setText(getTranslation("educator.confirm.title"));
                content.removeAll();
                content.add(new Paragraph(getTranslation("educator.confirm.intro", open.name(), open.email())),
                        create);
            }
            case RegistrationLink.Invalid invalid -> showInvalid();
            case RegistrationLink.AccountExists exists -> showAccountExists();
        }
    }

    private void confirm() {
        try {
            switch (registrations.confirm(token)) {
                case CREATED -> {
                    title.setText(getTranslation("educator.confirm.created.title"));
                    content.removeAll();
                    RouterLink login = new RouterLink(getTranslation("educator.nav.login"), LoginView.class);
                    login.setQueryParameters(QueryParameters.of(RegisterView.REGISTERED, ""));
                    content.add(new Paragraph(getTranslation("educator.confirm.created")), login);
                }
                case INVALID -> showInvalid();
                case ACCOUNT_EXISTS -> showAccountExists();
            }
        } catch (RuntimeException e) {
            create.setEnabled(true);
            ErrorMessages.show(this, e);
        }
    }

    private void showInvalid() {
        title.setText(getTranslation("educator.confirm.invalid.title"));
        content.removeAll();
        content.add(new Paragraph(getTranslation("educator.confirm.invalid", EducatorRegistrationService.LINK_VALID.toHours())),
                new Paragraph(new RouterLink(getTranslation("educator.nav.login"), LoginView.class)),
                new Paragraph(new RouterLink(getTranslation("educator.confirm.register-again"), RegisterView.class)));
    }

    private void showAccountExists() {
        title.setText(getTranslation("educator.confirm.exists.title"));
        content.removeAll();
        content.add(new Paragraph(getTranslation("educator.confirm.exists")),
                new Paragraph(new RouterLink(getTranslation("educator.nav.login"), LoginView.class)),
                new Paragraph(new RouterLink(getTranslation("educator.confirm.set-password"), ForgotPasswordView.class)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("educator.confirm.title") + " · " + getTranslation("app.name");
    }
}
