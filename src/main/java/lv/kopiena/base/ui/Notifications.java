package lv.kopiena.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The two ways the application tells a user how an action went. */
public final class Notifications {

    private Notifications() {
    }

    public static Notification success(String text) {
        Notification n = Notification.show(text, 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return n;
    }

    /** Stays until closed: an error is something the user must read. */
    public static Notification error(String text, String closeLabel) {
        Notification n = new Notification();
        n.setDuration(0);
        n.setPosition(Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.setAssertive(true);
        Button close = new Button("×", e -> n.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.setAriaLabel(closeLabel);
        HorizontalLayout content = new HorizontalLayout(new Span(text), close);
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        n.add(content);
        n.open();
        return n;
    }
}
