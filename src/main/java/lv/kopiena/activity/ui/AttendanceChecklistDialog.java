package lv.kopiena.activity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import lv.kopiena.activity.AttendanceService;
import lv.kopiena.activity.ChecklistEntry;
import lv.kopiena.base.ui.ErrorMessages;

/**
 * The quick way to mark attendance at the door, made for a tablet: the usual participants of the
 * initiative as big check boxes. Each tick or untick is saved at once as one attendance row, so
 * two people ticking at the same time do not undo each other.
 */
class AttendanceChecklistDialog extends Dialog {

    final List<Checkbox> boxes = new ArrayList<>();
    final Button close = new Button();
    /** Set while a failed change is put back, so that putting it back saves nothing. */
    private boolean reverting;

    /** @param byInitiative whether the usual participants are the initiative's (else the centre's of the last year) */
    AttendanceChecklistDialog(AttendanceService attendance, long activityId, boolean byInitiative, Runnable onChange) {
        setHeaderTitle(getTranslation("activity.checklist.title"));
        setWidth("min(40rem, 100vw)");
        setMaxHeight("100vh");

        List<ChecklistEntry> entries = attendance.checklist(activityId);
        Paragraph helper = new Paragraph(getTranslation(entries.isEmpty() ? "activity.checklist.empty"
                : byInitiative ? "activity.checklist.helper" : "activity.checklist.helper.centre"));
        VerticalLayout list = new VerticalLayout(helper);
        list.setPadding(false);
        list.setSpacing(false);
        for (ChecklistEntry entry : entries) {
            Checkbox box = new Checkbox(entry.participant().label(), entry.attending());
            box.getStyle()
                    .set("--vaadin-checkbox-size", "1.75rem")
                    .set("font-size", "var(--lumo-font-size-l)")
                    .set("min-height", "3rem")
                    .set("align-items", "center")
                    .set("width", "100%");
            box.addValueChangeListener(e -> {
                if (reverting) {
                    return;
                }
                try {
                    if (Boolean.TRUE.equals(e.getValue())) {
                        attendance.add(activityId, entry.participant().id());
                    } else {
                        attendance.remove(activityId, entry.participant().id());
                    }
                    onChange.run();
                } catch (RuntimeException ex) {
                    reverting = true;
                    box.setValue(e.getOldValue());
                    reverting = false;
                    ErrorMessages.show(this, ex);
                }
            });
            boxes.add(box);
            list.add(box);
        }
        add(list);

        close.setText(getTranslation("action.close"));
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        close.addClickListener(e -> close());
        getFooter().add(close);
    }
}
