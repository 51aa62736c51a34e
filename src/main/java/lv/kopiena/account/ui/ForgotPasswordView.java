package lv.kopiena.account.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import lv.kopiena.security.ui.WaitMessage;
import lv.kopiena.account.PasswordResetService;
import lv.kopiena.account.ThrottledException;
import lv.kopiena.base.ValidationException;
import lv.kopiena.base.ui.ErrorMessages;
import lv.kopiena.security.ui.LoginView;

/**
 * "Forgot password?": a person types their e-mail address or user name and is told, whatever the
 * case, that a link was mailed if an account exists; the answer never tells whether one does.
 * Only when the page is used too often from one address does it say so, with the time to try again.
 */
@Route("forgot-password")
@AnonymousAllowed
public class ForgotPasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PasswordResetService resets;
    private final Clock clock;
    final TextField who = new TextField();
    final Button send = new Button();
    /** Why the request was refused (too many from here), hidden otherwise. */
    final Paragraph problem = new Paragraph();
    /** The form, replaced by {@link #sent} once the request is made. */
    final Div form = new Div();
    final Div sent = new Div();

    public ForgotPasswordView(PasswordResetService resets, Clock clock) {
        this.resets = resets;
        this.clock = clock;
        setMaxWidth("40rem");
        who.setLabel(getTranslation("account.forgot.who"));
        who.setHelperText(getTranslation("account.forgot.who.helper"));
        who.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.EMAIL);
        who.setMaxLength(254);
        who.setWidthFull();
        send.setText(getTranslation("account.forgot.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> submit());
        send.addClickShortcut(Key.ENTER);
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        form.add(new Paragraph(getTranslation("account.forgot.intro")), who, problem, send);
        sent.setVisible(false);
        add(new H2(getTranslation("account.forgot.title")), form, sent,
                new RouterLink(getTranslation("account.back-to-login"), LoginView.class));
    }

    private void submit() {
        problem.setVisible(false);
        if (who.getValue().isBlank()) {
            who.setErrorMessage(getTranslation("validation.required"));
            who.setInvalid(true);
            return;
        }
        who.setInvalid(false);
        try {
            resets.requestReset(who.getValue());
            form.setVisible(false);
            sent.removeAll();
            sent.add(new Paragraph(getTranslation("account.forgot.sent")),
                    new Paragraph(getTranslation("account.forgot.sent.no-mail")));
            sent.setVisible(true);
        } catch (ThrottledException e) {
            problem.setText(WaitMessage.text(this, "account.forgot.throttled", e.until(), clock));
            problem.setVisible(true);
        } catch (ValidationException e) {
            who.setErrorMessage(ErrorMessages.describe(this, e));
            who.setInvalid(true);
        } catch (RuntimeException e) {
            ErrorMessages.show(this, e);
        }
    }

    /** A new visit (a link to this page while it is open) starts with the form again. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setVisible(true);
        sent.setVisible(false);
        problem.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.forgot.title") + " · " + getTranslation("app.name");
    }
}
