package lv.kopiena.security.ui;

import com.vaadin.flow.component.Component;
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

    /** The helper text under a new-password field. */
    public static String helper(Component c) {
        return c.getTranslation("password.helper", PasswordPolicy.MIN_LENGTH);
    }
}
