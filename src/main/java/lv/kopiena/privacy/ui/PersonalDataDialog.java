package lv.kopiena.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import lv.kopiena.base.ui.ErrorMessages;
import lv.kopiena.base.ui.Notifications;
import lv.kopiena.privacy.ExportFormat;
import lv.kopiena.privacy.PrivacyService;
import java.util.Locale;
import java.util.function.BiFunction;
import lv.kopiena.privacy.PersonalDataFile;

/**
 * A person's rights at a coordinator's or an admin's hand, for one participant or one account:
 * download everything held about them (JSON, PDF), withdraw consent (participants), erase. The
 * erase confirmation says what stays: the anonymous attendance in the counts, certificates that
 * still verify without the name.
 */
public class PersonalDataDialog extends Dialog {

    final Anchor json;
    final Anchor pdf;
    final Button withdraw = new Button();
    final Button erase = new Button();
    final Button close = new Button();
    private final Runnable onChange;

    private PersonalDataDialog(String name, Runnable onChange, BiFunction<ExportFormat, Locale, PersonalDataFile> export) {
        this.onChange = onChange;
        this.json = Downloads.link(this, ExportFormat.JSON, export);
        this.pdf = Downloads.link(this, ExportFormat.PDF, export);
        setHeaderTitle(getTranslation("privacy.dialog.title", name));
        setWidth("min(40rem, 95vw)");
        close.setText(getTranslation("action.close"));
        close.addClickListener(e -> close());
        getFooter().add(close);
    }

    /** For a participant of the caller's centre. */
    public static PersonalDataDialog forParticipant(PrivacyService privacy, long participantId, String name,
                                                    Runnable onChange) {
        PersonalDataDialog dialog = new PersonalDataDialog(name, onChange,
                (format, locale) -> privacy.exportParticipant(participantId, format, locale));
        dialog.withdraw.setText(dialog.getTranslation("privacy.withdraw"));
        dialog.withdraw.addClickListener(e -> dialog.confirm("privacy.withdraw.confirm.title",
                "privacy.withdraw.confirm.text", "privacy.withdraw", false, () -> {
                    privacy.withdrawConsent(participantId);
                    Notifications.success(dialog.getTranslation("privacy.withdraw.done"));
                }));
        dialog.erase.setText(dialog.getTranslation("privacy.erase"));
        dialog.erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        dialog.erase.addClickListener(e -> dialog.confirm("privacy.erase.confirm.title",
                "privacy.erase.confirm.participant", "privacy.erase.confirm.button", true, () -> {
                    privacy.eraseParticipant(participantId);
                    Notifications.success(dialog.getTranslation("privacy.erase.done"));
                }));
        dialog.add(new Paragraph(dialog.getTranslation("privacy.dialog.participant-intro")),
                new H3(dialog.getTranslation("privacy.dialog.download")), dialog.downloads(),
                new H3(dialog.getTranslation("privacy.dialog.rights")), new HorizontalLayout(dialog.withdraw, dialog.erase));
        return dialog;
    }

    /** For an account (admins): educators' accounts can be erased, staff accounts only exported. */
    public static PersonalDataDialog forAccount(PrivacyService privacy, long accountId, String name, boolean educator,
                                                Runnable onChange) {
        PersonalDataDialog dialog = new PersonalDataDialog(name, onChange,
                (format, locale) -> privacy.exportAccount(accountId, format, locale));
        dialog.add(new Paragraph(dialog.getTranslation("privacy.dialog.account-intro")),
                new H3(dialog.getTranslation("privacy.dialog.download")), dialog.downloads());
        dialog.withdraw.setVisible(false);
        if (educator) {
            dialog.erase.setText(dialog.getTranslation("privacy.erase"));
            dialog.erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
            dialog.erase.addClickListener(e -> dialog.confirm("privacy.erase.confirm.title",
                    "privacy.erase.confirm.account", "privacy.erase.confirm.button", true, () -> {
                        privacy.eraseAccount(accountId);
                        Notifications.success(dialog.getTranslation("privacy.erase.done"));
                    }));
            dialog.add(new H3(dialog.getTranslation("privacy.dialog.rights")), dialog.erase);
        } else {
            dialog.erase.setVisible(false);
            dialog.add(new Paragraph(dialog.getTranslation("privacy.dialog.staff")));
        }
        return dialog;
    }

    private HorizontalLayout downloads() {
        return new HorizontalLayout(json, pdf);
    }

    private void confirm(String titleKey, String textKey, String buttonKey, boolean destructive, Runnable action) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation(titleKey));
        confirm.setText(getTranslation(textKey));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation(buttonKey));
        confirm.setConfirmButtonTheme(destructive ? "error primary" : "primary");
        confirm.addConfirmListener(e -> {
            try {
                action.run();
                onChange.run();
                close();
            } catch (RuntimeException ex) {
                ErrorMessages.show(this, ex);
            }
        });
        confirm.open();
    }
}
