package lv.kopiena.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.Objects;
import lv.kopiena.security.ui.WaitMessage;
import lv.kopiena.account.PasswordChangeService;
import lv.kopiena.account.ThrottledException;
import lv.kopiena.base.ValidationException;
import lv.kopiena.base.ui.ErrorMessages;
import lv.kopiena.base.ui.Notifications;
import lv.kopiena.security.ui.PasswordRules;

/**
 * Anyone logged in changes their password here (linked from the side menu's footer): the current
 * password, then the new one twice. Afterwards the account's other sessions are logged out; this
 * one stays, and the page says so.
 */
@Route("account/password")
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    private final PasswordChangeService changes;
    private final Clock clock;
    final PasswordField current = new PasswordField();
    final PasswordField password = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button save = new Button();
    /** Said after a change, or why a change was refused for a while. */
    final Paragraph status = new Paragraph();
    final Binder<PasswordForm> binder = new Binder<>();

    public ChangePasswordView(PasswordChangeService changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
        setMaxWidth("40rem");
        current.setLabel(getTranslation("account.field.current-password"));
        current.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        current.setWidthFull();
        password.setLabel(getTranslation("account.field.new-password"));
        password.setWidthFull();
        repeat.setLabel(getTranslation("account.field.repeat"));
        repeat.setWidthFull();
        save.setText(getTranslation("account.change.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> submit());
        status.setVisible(false);
        status.getElement().setAttribute("role", "status");

        binder.forField(current)
                .asRequired(getTranslation("validation.required"))
                .bind(PasswordForm::getCurrent, PasswordForm::setCurrent);
        PasswordRules.bindNewPassword(this, binder, password, repeat, changes::checkNewPassword,
                PasswordForm::setPassword, PasswordForm::setRepeat);

        add(new H2(getTranslation("account.change.title")), new Paragraph(getTranslation("account.change.intro")),
                current, password, repeat, status, save);
    }

    private void submit() {
        status.setVisible(false);
        PasswordForm form = new PasswordForm();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        try {
            changes.change(Objects.requireNonNull(form.getCurrent()), Objects.requireNonNull(form.getPassword()),
                    Objects.requireNonNull(form.getRepeat()));
            binder.readBean(new PasswordForm());
            status.setText(getTranslation("account.change.done"));
            status.setVisible(true);
            Notifications.success(getTranslation("account.change.done"));
        } catch (ThrottledException e) {
            status.setText(WaitMessage.text(this, "account.change.throttled", e.until(), clock));
            status.setVisible(true);
        } catch (ValidationException e) {
            PasswordField field = switch (e.translationKey()) {
                case "account.change.error.current-wrong" -> current;
                case "password.error.mismatch" -> repeat;
                default -> password;
            };
            field.setErrorMessage(ErrorMessages.describe(this, e));
            field.setInvalid(true);
        } catch (RuntimeException e) {
            ErrorMessages.show(this, e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.change.title") + " · " + getTranslation("app.name");
    }
}
