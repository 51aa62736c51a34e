package lv.kopiena.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;
import java.util.concurrent.atomic.AtomicReference;
import lv.kopiena.KaribuTest;
import org.junit.jupiter.api.Test;

class RequiredSelectTest extends KaribuTest {

    @Test
    void a_required_select_refuses_no_value_without_the_aria_attribute_a_button_may_not_carry() {
        Div page = new Div();
        Select<String> language = new Select<>();
        language.setItems("lv", "uk", "en");
        Binder<AtomicReference<String>> binder = new Binder<>();
        RequiredSelect.bind(page, binder, language).bind(AtomicReference::get, AtomicReference::set);

        binder.readBean(new AtomicReference<>(null));
        assertThat(binder.validate().getFieldValidationErrors()).extracting(e -> e.getMessage().orElse(""))
                .containsExactly("Required");
        assertThat(language.isRequiredIndicatorVisible()).isFalse();
        assertThat(language.getElement().hasAttribute("required")).isFalse();

        language.setValue("uk");
        assertThat(binder.validate().isOk()).isTrue();
    }
}
