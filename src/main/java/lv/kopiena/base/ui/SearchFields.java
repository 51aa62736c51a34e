package lv.kopiena.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** The free-text search every list has: an icon, a clear button, and a refresh after typing pauses. */
public final class SearchFields {

    private SearchFields() {
    }

    public static void configure(TextField search, String placeholder, String ariaLabel, Runnable onChange) {
        search.setPlaceholder(placeholder);
        search.setAriaLabel(ariaLabel);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> onChange.run());
    }
}
