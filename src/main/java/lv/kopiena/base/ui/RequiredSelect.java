package lv.kopiena.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;
import java.util.Objects;

/**
 * Binds a {@link Select} that must have a value. Binder's {@code asRequired} would mark the select
 * as required, and Vaadin's select then puts {@code aria-required} on its inner button, an
 * attribute a button may not carry: screen readers get a wrong signal and axe-core reports it as
 * critical. So the rule is a validator with the usual "Required" message, and the select is not
 * marked.
 */
public final class RequiredSelect {

    private RequiredSelect() {
    }

    public static <B, T> Binder.BindingBuilder<B, T> bind(Component c, Binder<B> binder, Select<T> select) {
        return binder.forField(select).withValidator(Objects::nonNull, c.getTranslation("validation.required"));
    }
}
