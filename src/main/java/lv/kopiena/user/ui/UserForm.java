package lv.kopiena.user.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.List;
import java.util.Objects;
import lv.kopiena.base.ui.RequiredSelect;
import lv.kopiena.base.ui.TextValidators;
import lv.kopiena.base.ValidationException;
import lv.kopiena.centre.Centre;
import lv.kopiena.security.PasswordPolicy;
import lv.kopiena.security.Role;
import lv.kopiena.security.ui.PasswordRules;
import lv.kopiena.user.InstitutionOption;
import lv.kopiena.user.UserAccountDetails;
import lv.kopiena.user.UserService;

/**
 * The fields of an account. The centre is asked for only for a coordinator, the institution only
 * for an educator or a funder. The password field never shows a stored password: for a new
 * account it is required, for an existing one it sets a new password when filled in.
 */
class UserForm extends FormLayout {

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final EmailField email = new EmailField();
    final Select<Role> role = new Select<>();
    final ComboBox<Centre> centre = new ComboBox<>();
    final ComboBox<InstitutionOption> institution = new ComboBox<>();
    final Select<String> language = new Select<>();
    final Checkbox enabled = new Checkbox();
    final PasswordField password = new PasswordField();
    final Binder<UserAccountDetails> binder = new Binder<>();
    /** The user name as stored: kept as it is, it need not follow today's format (see UserService#save). */
    private String storedUsername = "";

    UserForm(boolean isNew, List<Centre> centres, UserService users) {
        username.setLabel(getTranslation("user.field.username"));
        username.setHelperText(getTranslation("user.field.username.helper"));
        username.setMaxLength(UserService.USERNAME_MAX);
        displayName.setLabel(getTranslation("user.field.display-name"));
        email.setLabel(getTranslation("user.field.email"));
        // the field checks the format itself before the binder does; give it the message too
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(getTranslation("validation.email")));
        role.setLabel(getTranslation("user.field.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> r == null ? "" : getTranslation("role." + r.name()));
        centre.setLabel(getTranslation("user.field.centre"));
        centre.setItems(centres);
        centre.setItemLabelGenerator(Centre::name);
        institution.setLabel(getTranslation("user.field.institution"));
        institution.setHelperText(getTranslation("user.field.institution.helper"));
        institution.setClearButtonVisible(true);
        institution.setPageSize(50);
        institution.setItemLabelGenerator(InstitutionOption::name);
        institution.setItems(q -> users.institutions(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        language.setLabel(getTranslation("user.field.language"));
        language.setItems(UserService.LANGUAGES);
        language.setItemLabelGenerator(l -> l == null ? "" : getTranslation("language." + l));
        enabled.setLabel(getTranslation("user.field.enabled"));
        password.setLabel(getTranslation(isNew ? "user.field.password" : "user.field.new-password"));
        password.setHelperText(isNew ? PasswordRules.helper(this)
                : getTranslation("user.field.new-password.helper", PasswordPolicy.MIN_LENGTH));
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        role.addValueChangeListener(e -> showFieldsOf(e.getValue()));
        showFieldsOf(null);
        add(username, displayName, email, role, centre, institution, language, password, enabled);

        binder.forField(username)
                .asRequired(getTranslation("validation.required"))
                .withValidator(v -> v.equals(storedUsername) || UserService.USERNAME.matcher(v).matches(),
                        getTranslation("user.error.username-format"))
                .bind(UserAccountDetails::getUsername, UserAccountDetails::setUsername);
        binder.forField(displayName)
                .asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(getTranslation("validation.max-length", UserService.DISPLAY_NAME_MAX),
                        1, UserService.DISPLAY_NAME_MAX))
                .withValidator(TextValidators.singleLine(this))
                .bind(UserAccountDetails::getDisplayName, UserAccountDetails::setDisplayName);
        binder.forField(email)
                .withValidator(new EmailValidator(getTranslation("validation.email"), true))
                .withValidator(new StringLengthValidator(getTranslation("validation.max-length", UserService.EMAIL_MAX),
                        0, UserService.EMAIL_MAX))
                .bind(UserAccountDetails::getEmail, UserAccountDetails::setEmail);
        RequiredSelect.bind(this, binder, role)
                .bind(UserAccountDetails::getRole, UserAccountDetails::setRole);
        centre.setRequiredIndicatorVisible(true);
        binder.forField(centre)
                .withValidator(c -> role.getValue() != Role.COORDINATOR || c != null, getTranslation("user.error.centre-required"))
                .bind(d -> centres.stream().filter(c -> Objects.equals(c.id(), d.getCentreId())).findFirst().orElse(null),
                        (d, c) -> d.setCentreId(c == null ? null : c.id()));
        binder.forField(institution)
                .bind(UserAccountDetails::getInstitution, UserAccountDetails::setInstitution);
        RequiredSelect.bind(this, binder, language)
                .bind(UserAccountDetails::getPreferredLocale, UserAccountDetails::setPreferredLocale);
        binder.forField(enabled)
                .bind(UserAccountDetails::isEnabled, UserAccountDetails::setEnabled);
        var passwordBinding = isNew
                ? binder.forField(password).asRequired(getTranslation("validation.required"))
                : binder.forField(password);
        passwordBinding
                .withValidator(PasswordRules.validator(this,
                        p -> users.checkNewPassword(p, username.getValue(), email.getValue()), !isNew))
                // a stored password is never shown; the field starts empty
                .bind(d -> "", UserAccountDetails::setNewPassword);
    }

    /** Shows an account in the form. */
    void read(UserAccountDetails account) {
        storedUsername = account.isNew() || account.getUsername() == null ? "" : account.getUsername();
        binder.readBean(account);
    }

    /** Marks the field a service refusal is about, besides the notification the dialog shows. */
    void show(ValidationException refusal) {
        if (refusal.translationKey().equals("user.error.username-taken")) {
            username.setInvalid(true);
            username.setErrorMessage(getTranslation(refusal.translationKey(), refusal.arguments()));
        }
    }

    private void showFieldsOf(Role selected) {
        centre.setVisible(selected == Role.COORDINATOR);
        institution.setVisible(selected == Role.EDUCATOR || selected == Role.FUNDER);
    }
}
