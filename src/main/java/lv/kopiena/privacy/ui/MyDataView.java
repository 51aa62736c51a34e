package lv.kopiena.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import lv.kopiena.base.ValidationException;
import lv.kopiena.base.ui.ErrorMessages;
import lv.kopiena.privacy.ExportFormat;
import lv.kopiena.privacy.PrivacyService;

/**
 * "My data" for anyone logged in: download everything Kopiena holds about one's own account (JSON
 * to take elsewhere, PDF to read). An educator can also erase its account here, confirmed with its
 * password and once more in a dialog; it is erased at once and logged out. Staff accounts
 * (coordinators, admins, funders) are the programme's work records: the page says to ask an admin.
 */
@Route("account/my-data")
@PermitAll
@Menu(order = 90, title = "privacy.my-data.menu", icon = "vaadin:user-card")
public class MyDataView extends VerticalLayout implements HasDynamicTitle {

    final Anchor json;
    final Anchor pdf;
    final PasswordField password = new PasswordField();
    final Button erase = new Button();
    private final PrivacyService privacy;
    private final AuthenticationContext authentication;

    public MyDataView(PrivacyService privacy, AuthenticationContext authentication) {
        this.privacy = privacy;
        this.authentication = authentication;
        setMaxWidth("48rem");
        json = Downloads.link(this, ExportFormat.JSON, privacy::exportMine);
        pdf = Downloads.link(this, ExportFormat.PDF, privacy::exportMine);
        add(new H2(getTranslation("privacy.my-data.title")), new Paragraph(getTranslation("privacy.my-data.intro")),
                new HorizontalLayout(json, pdf));

        H3 eraseTitle = new H3(getTranslation("privacy.my-data.erase.title"));
        if (privacy.maySelfErase()) {
            password.setLabel(getTranslation("privacy.my-data.erase.password"));
            password.setRequiredIndicatorVisible(true);
            password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
            erase.setText(getTranslation("privacy.my-data.erase.button"));
            erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
            erase.addClickListener(e -> confirm());
            add(eraseTitle, new Paragraph(getTranslation("privacy.my-data.erase.intro")), password, erase);
        } else {
            add(eraseTitle, new Paragraph(getTranslation("privacy.my-data.staff")));
        }
    }

    private void confirm() {
        if (password.isEmpty()) {
            password.setInvalid(true);
            password.setErrorMessage(getTranslation("privacy.error.password-required"));
            password.focus();
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("privacy.my-data.erase.confirm.title"));
        confirm.setText(getTranslation("privacy.my-data.erase.confirm.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("privacy.my-data.erase.button"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> eraseNow());
        confirm.open();
    }

    void eraseNow() {
        try {
            privacy.eraseMyAccount(password.getValue());
        } catch (ValidationException e) {
            password.setInvalid(true);
            password.setErrorMessage(ErrorMessages.describe(this, e));
            password.focus();
            return;
        } catch (RuntimeException e) {
            ErrorMessages.show(this, e);
            return;
        }
        password.clear();
        // the account's sessions were ended with it; this one leaves for the login page now
        authentication.logout();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.my-data.title");
    }
}
