package lv.kopiena.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import java.util.function.Consumer;
import lv.kopiena.base.ValidationException;
import lv.kopiena.security.PasswordPolicy;

/**
 * The password rules ({@link PasswordPolicy}) at the field, so that a person learns what is wrong
 * while typing, in the words the service would use when it checks them again on saving.
 */
public final class PasswordRules {

    private PasswordRules() {
    }

    /**
     * A validator of a new password.
     *
     * @param check    the service's check of a new password, which throws a {@link ValidationException}
     * @param optional whether an empty field is fine (an admin editing an account keeps its password)
     */
    public static Validator<String> validator(Component c, Consumer<String> check, boolean optional) {
        return (value, context) -> {
            if (optional && (value == null || value.isEmpty())) {
                return ValidationResult.ok();
            }
            try {
                check.accept(value);
                return ValidationResult.ok();
            } catch (ValidationException e) {
                return ValidationResult.error(c.getTranslation(e.translationKey(), e.arguments()));
            }
        };
    }

    /**
     * Binds a new password and its repeat, as every form that sets a password does (registration,
     * reset, change): the rules at the first field, "the two passwords differ" at the second, the
     * repeat checked again when the first changes, and the browser told these are new passwords
     * (so that a password manager offers to make one up and does not fill in the old one). What was
     * typed is never read back into the fields.
     *
     * @return the new password's binding, for forms where another field changes what it may be
     */
    public static <B> Binder.Binding<B, String> bindNewPassword(Component c, Binder<B> binder, PasswordField password,
                                                                PasswordField repeat, Consumer<String> check,
                                                                Setter<B, String> setPassword, Setter<B, String> setRepeat) {
        password.setHelperText(helper(c));
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        Binder.Binding<B, String> newPassword = binder.forField(password)
                .asRequired(c.getTranslation("validation.required"))
                .withValidator(validator(c, check, false))
                .bind(bean -> "", setPassword);
        Binder.Binding<B, String> repeated = binder.forField(repeat)
                .asRequired(c.getTranslation("validation.required"))
                .withValidator(r -> r.equals(password.getValue()), c.getTranslation("password.error.mismatch"))
                .bind(bean -> "", setRepeat);
        password.addValueChangeListener(e -> {
            if (!repeat.isEmpty()) {
                repeated.validate();
            }
        });
        return newPassword;
    }

    /** The helper text under a new-password field. */
    public static String helper(Component c) {
        return c.getTranslation("password.helper", PasswordPolicy.MIN_LENGTH);
    }
}
