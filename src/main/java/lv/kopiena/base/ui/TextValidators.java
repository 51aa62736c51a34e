package lv.kopiena.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.data.binder.Validator;
import lv.kopiena.base.Texts;

/**
 * The forms' side of {@link Texts}: the same rule and the same message at the field as the
 * service gives when it refuses, e.g. {@code binder.forField(name).withValidator(TextValidators.singleLine(this))}.
 */
public final class TextValidators {

    private TextValidators() {
    }

    /** No control characters at all, tabs and line breaks included (names, titles, places, phones). */
    public static Validator<String> singleLine(Component translator) {
        return Validator.from(Texts::isSingleLine, translator.getTranslation(Texts.CONTROL_CHARACTERS));
    }

    /** Line breaks and tabs, no other control characters (descriptions, notes). */
    public static Validator<String> multiLine(Component translator) {
        return Validator.from(Texts::isMultiLine, translator.getTranslation(Texts.MULTI_LINE_CONTROL_CHARACTERS));
    }
}
