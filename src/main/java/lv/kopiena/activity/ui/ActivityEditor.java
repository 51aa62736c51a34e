package lv.kopiena.activity.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.function.LongConsumer;
import lv.kopiena.activity.ActivityLinks;
import lv.kopiena.activity.ActivityService;
import lv.kopiena.base.ui.FormDialog;
import lv.kopiena.base.ui.Notifications;
import lv.kopiena.centre.Centre;
import lv.kopiena.jooq.tables.records.ActivityRecord;

/**
 * Opens an activity in the form dialog, from the list (new) or the detail page (edit). Deleting is
 * on the detail page, where the confirmation can say how much attendance goes with it.
 */
final class ActivityEditor {

    private ActivityEditor() {
    }

    /**
     * @param centres the centres an admin chooses from, empty for a coordinator
     * @param onSaved called with the id of the saved activity
     */
    static FormDialog open(Component owner, ActivityService activities, List<Centre> centres, ActivityRecord record,
                           ActivityLinks links, LongConsumer onSaved) {
        boolean isNew = record.getId() == null;
        ActivityForm form = new ActivityForm(activities, centres, record.getId());
        form.read(record, links);
        FormDialog dialog = new FormDialog(
                owner.getTranslation(isNew ? "activity.add" : "activity.edit"), form,
                () -> {
                    if (!form.binder.writeBeanIfValid(record)) {
                        return false;
                    }
                    ActivityRecord saved = activities.save(record, form.links());
                    Notifications.success(owner.getTranslation("notification.saved"));
                    onSaved.accept(saved.getId());
                    return true;
                },
                null);
        dialog.open();
        return dialog;
    }
}
