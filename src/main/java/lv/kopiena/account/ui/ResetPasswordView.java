package lv.kopiena.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Objects;
import java.util.Optional;
import lv.kopiena.account.PasswordResetService;
import lv.kopiena.account.ResetLink;
import lv.kopiena.base.ValidationException;
import lv.kopiena.base.ui.ErrorMessages;
import lv.kopiena.security.ui.LoginView;
import lv.kopiena.security.ui.PasswordRules;

/**
 * Where a password-reset link leads: the new password twice, for the account the link belongs to.
 * A link that is used, expired or unknown says so and offers to ask for a new one. After the new
 * password is set, the account is logged out everywhere and the page leads to the login.
 */
@Route("reset-password")
@AnonymousAllowed
public class ResetPasswordView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final PasswordResetService resets;
    final PasswordField password = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button save = new Button();
    final Binder<PasswordForm> binder = new Binder<>();
    /** What the page says: the form, that the link does not work, or that the password is set. */
    final Div content = new Div();
    private String token = "";

    public ResetPasswordView(PasswordResetService resets) {
        this.resets = resets;
        setMaxWidth("40rem");
        password.setLabel(getTranslation("account.field.new-password"));
        password.setWidthFull();
        repeat.setLabel(getTranslation("account.field.repeat"));
        repeat.setWidthFull();
        save.setText(getTranslation("account.reset.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> submit());
        PasswordRules.bindNewPassword(this, binder, password, repeat, p -> resets.checkNewPassword(token, p),
                PasswordForm::setPassword, PasswordForm::setRepeat);
        add(new H2(getTranslation("account.reset.title")), content);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        token = parameter == null ? "" : parameter;
        Optional<ResetLink> link = resets.resetLink(token);
        binder.readBean(new PasswordForm());
        content.removeAll();
        if (link.isEmpty()) {
            showInvalid();
            return;
        }
        content.add(new Paragraph(getTranslation("account.reset.intro", link.get().username())),
                password, repeat, save);
    }

    private void submit() {
        PasswordForm form = new PasswordForm();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        try {
            resets.reset(token, Objects.requireNonNull(form.getPassword()), Objects.requireNonNull(form.getRepeat()));
            content.removeAll();
            content.add(new Paragraph(getTranslation("account.reset.done")),
                    new RouterLink(getTranslation("account.login"), LoginView.class));
        } catch (ValidationException e) {
            if ("account.reset.invalid".equals(e.translationKey())) {
                content.removeAll();
                showInvalid();
            } else {
                password.setErrorMessage(ErrorMessages.describe(this, e));
                password.setInvalid(true);
            }
        } catch (RuntimeException e) {
            ErrorMessages.show(this, e);
        }
    }

    private void showInvalid() {
        content.add(new Paragraph(getTranslation("account.reset.invalid")),
                new RouterLink(getTranslation("account.reset.ask-again"), ForgotPasswordView.class));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.reset.title") + " · " + getTranslation("app.name");
    }
}
