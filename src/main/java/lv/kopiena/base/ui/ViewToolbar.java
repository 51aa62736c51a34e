package lv.kopiena.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The header of a list view: its title on the left, filters and actions on the right. */
public final class ViewToolbar extends Composite<HorizontalLayout> {

    private final H2 title = new H2();
    private final FlexLayout actions = new FlexLayout();

    public ViewToolbar(Component... components) {
        HorizontalLayout layout = getContent();
        layout.setWidthFull();
        layout.setAlignItems(FlexComponent.Alignment.END);
        layout.addClassName("view-toolbar");
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.addClassName("view-toolbar-actions");
        actions.setAlignItems(FlexComponent.Alignment.END);
        actions.add(components);
        layout.add(title, actions);
        layout.setFlexGrow(1, actions);
        actions.setJustifyContentMode(FlexComponent.JustifyContentMode.END);
    }

    public void setTitle(String text) {
        title.setText(text);
    }

    public void add(Component... components) {
        actions.add(components);
    }
}
