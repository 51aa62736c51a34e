package lv.kopiena.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.LinkedHashMap;
import java.util.Map;
import lv.kopiena.base.ui.ErrorMessages;
import lv.kopiena.base.ui.Notifications;
import lv.kopiena.workshop.AttendanceMark;
import lv.kopiena.workshop.WorkshopService;

/**
 * The attendance check-list, from the start of the workshop: one large tick per confirmed person,
 * easy to hit on a tablet, and one Save for all of them (saved in one transaction). When saving
 * fails, the dialog stays open with the ticks as they were.
 */
class AttendanceDialog extends Dialog {

    final Map<Long, Checkbox> boxes = new LinkedHashMap<>();
    final Button all = new Button();
    final Button save = new Button();
    final Button cancel = new Button();

    AttendanceDialog(WorkshopService workshops, long activityId, Runnable onSaved) {
        setHeaderTitle(getTranslation("workshop.attendance.title"));
        setWidth("min(40rem, 100vw)");
        setCloseOnOutsideClick(false);
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        for (AttendanceMark mark : workshops.attendance(activityId)) {
            Checkbox box = new Checkbox(mark.institution() == null ? mark.name()
                    : mark.name() + " · " + mark.institution(), mark.attended());
            box.addClassName("workshop-attendance-box");
            // a finger-sized target: the whole row is the checkbox
            box.setWidthFull();
            box.getStyle().set("font-size", "var(--lumo-font-size-l)").set("padding", "var(--lumo-space-s) 0")
                    .set("--vaadin-checkbox-size", "1.75rem");
            boxes.put(mark.signupId(), box);
            list.add(box);
        }
        if (boxes.isEmpty()) {
            list.add(new Paragraph(getTranslation("workshop.attendance.nobody")));
        }
        add(list);

        all.setText(getTranslation("workshop.attendance.all"));
        all.addClickListener(e -> boxes.values().forEach(b -> b.setValue(true)));
        all.setEnabled(!boxes.isEmpty());
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            Map<Long, Boolean> marks = new LinkedHashMap<>();
            boxes.forEach((signup, box) -> marks.put(signup, box.getValue()));
            try {
                int changed = workshops.saveAttendance(activityId, marks);
                Notifications.success(getTranslation("workshop.attendance.saved", changed));
                onSaved.run();
                close();
            } catch (RuntimeException ex) {
                ErrorMessages.show(this, ex);
            }
        });
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(e -> close());
        HorizontalLayout footer = new HorizontalLayout(all, new HorizontalLayout(cancel, save));
        footer.setWidthFull();
        footer.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        getFooter().add(footer);
    }
}
