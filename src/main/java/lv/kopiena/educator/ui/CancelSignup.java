package lv.kopiena.educator.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import lv.kopiena.base.ui.ErrorMessages;
import lv.kopiena.base.ui.Notifications;
import lv.kopiena.workshop.SignupService;

/** The educator's "Cancel my sign-up", asked once more, from the workshop page or "My workshops". */
final class CancelSignup {

    private CancelSignup() {
    }

    /** Asks, cancels, says how it went, and then lets the view read its data again. */
    static void confirm(Component view, SignupService signups, long workshopId, String title, Runnable refresh) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(view.getTranslation("educator.cancel.confirm.title"));
        confirm.setText(view.getTranslation("educator.cancel.confirm.text", title));
        confirm.setCancelable(true);
        confirm.setCancelText(view.getTranslation("educator.cancel.keep"));
        confirm.setConfirmText(view.getTranslation("educator.cancel.button"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                signups.cancelMine(workshopId);
                Notifications.success(view.getTranslation("educator.cancel.done"));
            } catch (RuntimeException ex) {
                ErrorMessages.show(view, ex);
            }
            refresh.run();
        });
        confirm.open();
    }
}
