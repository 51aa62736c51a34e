package lv.kopiena.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.jspecify.annotations.Nullable;

/**
 * The dialog every record is edited in: the form, Save, Cancel and (for existing records) Delete
 * with a confirmation. When saving fails (validation, someone else's edit, a database rule) the
 * dialog stays open with everything the user typed and the reason is shown: nothing is lost.
 */
public class FormDialog extends Dialog {

    /** An action that may fail with an exception the user must be told about. */
    @FunctionalInterface
    public interface Action {
        /** @return true when the action completed and the dialog may close */
        boolean run();
    }

    private final Button save = new Button();
    private final Button cancel = new Button();
    private final Button delete = new Button();

    public FormDialog(String title, Component form, Action onSave, @Nullable Action onDelete) {
        setHeaderTitle(title);
        setWidth("min(48rem, 100vw)");
        setCloseOnOutsideClick(false);
        add(form);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> attempt(onSave));
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(e -> close());
        HorizontalLayout footer = new HorizontalLayout();
        footer.setWidthFull();
        if (onDelete != null) {
            delete.setText(getTranslation("action.delete"));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            delete.addClickListener(e -> confirmDelete(onDelete));
            footer.add(delete);
        }
        HorizontalLayout right = new HorizontalLayout(cancel, save);
        footer.add(right);
        footer.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        if (onDelete == null) {
            footer.setJustifyContentMode(FlexComponent.JustifyContentMode.END);
        }
        getFooter().add(footer);
    }

    public Button saveButton() {
        return save;
    }

    public Button deleteButton() {
        return delete;
    }

    private void confirmDelete(Action onDelete) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("action.delete.confirm.title"));
        confirm.setText(getTranslation("action.delete.confirm.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("action.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> attempt(onDelete));
        confirm.open();
    }

    private void attempt(Action action) {
        try {
            if (action.run()) {
                close();
            }
        } catch (RuntimeException e) {
            ErrorMessages.show(this, e);
        }
    }
}
