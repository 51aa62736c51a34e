package lv.kopiena.educator.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import lv.kopiena.base.NotFoundException;
import lv.kopiena.base.ui.ErrorMessages;
import lv.kopiena.base.ui.Notifications;
import lv.kopiena.base.ui.RouteIds;
import lv.kopiena.educator.MySignup;
import lv.kopiena.educator.SignupState;
import lv.kopiena.educator.WorkshopCard;
import lv.kopiena.educator.WorkshopCatalogueService;
import lv.kopiena.educator.WorkshopDetail;
import lv.kopiena.security.CurrentUser;
import lv.kopiena.security.KopienaUser;
import lv.kopiena.security.Role;
import lv.kopiena.security.ui.LoginView;
import lv.kopiena.workshop.SignupResult;
import lv.kopiena.workshop.SignupService;
import lv.kopiena.workshop.SignupStatus;
import org.jspecify.annotations.Nullable;

/**
 * One workshop for anyone: what, when, where, the seats left. An educator signs up or cancels
 * here; a visitor without login is shown how to get an account; other roles read only. The id
 * is numeric, so the coordinator's {@code workshops/manage} pages never land here.
 */
@Route("workshops/:id" + RouteIds.ID)
@AnonymousAllowed
public class WorkshopDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final WorkshopCatalogueService catalogue;
    private final SignupService signups;
    private final CurrentUser currentUser;
    /** Read on each navigation: the same view instance may be shown again after a login. */
    private @Nullable KopienaUser user;

    final H2 heading = new H2();
    final Span when = new Span();
    final Span place = new Span();
    final Span centre = new Span();
    final Span language = new Span();
    final Span hours = new Span();
    final Span audience = new Span();
    final Span priorities = new Span();
    final Span seats = new Span();
    final Span signupState = new Span();
    final Paragraph description = new Paragraph();
    /** What the reader can do: sign up, cancel, or how to get an account. */
    final Div action = new Div();
    final Button signUp = new Button();
    final Button cancel = new Button();
    final Span myStatus = new Span();

    private long workshopId;
    private @Nullable WorkshopDetail detail;

    public WorkshopDetailView(WorkshopCatalogueService catalogue, SignupService signups, CurrentUser currentUser) {
        this.catalogue = catalogue;
        this.signups = signups;
        this.currentUser = currentUser;
        setWidthFull();
        setMaxWidth("60rem");

        RouterLink back = new RouterLink(getTranslation("educator.detail.back"), WorkshopCatalogueView.class);
        heading.getStyle().set("margin", "0");
        description.getStyle().set("white-space", "pre-line");
        VerticalLayout facts = new VerticalLayout(when, place, centre, language, hours, audience, priorities, seats,
                signupState);
        facts.setPadding(false);
        facts.setSpacing(false);

        signUp.setText(getTranslation("educator.signup.button"));
        signUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        signUp.addClickListener(e -> signUp());
        cancel.setText(getTranslation("educator.cancel.button"));
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(e -> confirmCancel());
        myStatus.getStyle().set("font-weight", "600");

        add(back, heading, facts, description, action);
    }

    /** A missing workshop and an id that is no number end on the same not-found page. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        workshopId = RouteIds.id(event, "id");
        user = currentUser.get().orElse(null);
        WorkshopDetail found = catalogue.find(workshopId, getLocale())
                .orElseThrow(() -> new NotFoundException("workshop", workshopId));
        detail = found;
        show(found);
    }

    private void show(WorkshopDetail d) {
        WorkshopCard w = d.card();
        heading.setText(w.title());
        when.setText(getTranslation("educator.field.when") + ": " + EducatorLabels.when(this, w.startsAt(), w.endsAt()));
        place.setText(getTranslation("educator.field.place") + ": " + EducatorLabels.place(this, w));
        centre.setText(getTranslation("educator.field.centre") + ": " + EducatorLabels.centre(w));
        language.setText(getTranslation("educator.field.language") + ": "
                + EducatorLabels.workshopLanguage(this, w.language()));
        hours.setText(getTranslation("educator.field.hours") + ": " + EducatorLabels.hours(this, w.hours()));
        audience.setText(w.audience() == null ? "" : getTranslation("educator.field.audience") + ": " + w.audience());
        audience.setVisible(w.audience() != null);
        priorities.setText(getTranslation("educator.field.priorities") + ": " + String.join(", ", w.priorities()));
        priorities.setVisible(!w.priorities().isEmpty());
        seats.setText(w.signupState() == SignupState.CANCELLED || w.signupState() == SignupState.PAST ? ""
                : getTranslation("educator.detail.seats", w.capacity(), EducatorLabels.seats(this, w)));
        seats.setVisible(!seats.getText().isEmpty());
        signupState.setText(stateText(d));
        description.setText(d.description() == null ? "" : d.description());
        showAction(w);
    }

    private String stateText(WorkshopDetail d) {
        WorkshopCard w = d.card();
        return switch (w.signupState()) {
            case NOT_YET -> getTranslation("educator.detail.opens-at", EducatorLabels.dateTime(this, w.signupOpensAt()));
            case OPEN -> w.signupClosesAt() == null ? getTranslation(w.signupState().translationKey())
                    : getTranslation("educator.detail.open-until", EducatorLabels.dateTime(this, w.signupClosesAt()));
            case CANCELLED -> d.cancelReason() == null || d.cancelReason().isBlank()
                    ? getTranslation(w.signupState().translationKey())
                    : getTranslation("educator.detail.cancelled-because", d.cancelReason());
            default -> getTranslation(w.signupState().translationKey());
        };
    }

    private void showAction(WorkshopCard w) {
        action.removeAll();
        if (user == null) {
            action.add(new H3(getTranslation("educator.detail.signup-title")),
                    new Paragraph(getTranslation("educator.detail.anonymous")),
                    links(new RouterLink(getTranslation("educator.nav.login"), LoginView.class),
                            new RouterLink(getTranslation("educator.nav.register"), RegisterView.class)));
            return;
        }
        if (user.role() != Role.EDUCATOR) {
            return;
        }
        action.add(new H3(getTranslation("educator.detail.signup-title")));
        Optional<MySignup> mine = catalogue.mine(workshopId);
        mine.ifPresent(s -> {
            myStatus.setText(getTranslation("educator.detail.my-status", EducatorLabels.status(this, s)));
            action.add(new Paragraph(myStatus));
            EducatorLabels.webLink(s.onlineLink()).ifPresent(href -> {
                Anchor link = new Anchor(href, getTranslation("educator.online-link"));
                link.setTarget(AnchorTarget.BLANK);
                link.getElement().setAttribute("rel", "noopener noreferrer");
                action.add(new Paragraph(link));
            });
        });
        boolean active = mine.map(s -> s.status().active()).orElse(false);
        if (active && mine.get().cancellable()) {
            action.add(cancel);
        } else if (!active && w.signupState() == SignupState.OPEN) {
            signUp.setText(getTranslation(w.full() && w.waitingList() ? "educator.signup.button-waiting"
                    : "educator.signup.button"));
            action.add(signUp);
        }
    }

    private static Component links(RouterLink... links) {
        HorizontalLayout row = new HorizontalLayout(links);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private void signUp() {
        try {
            SignupResult result = signups.signUp(workshopId);
            Notifications.success(result.status() == SignupStatus.CONFIRMED
                    ? getTranslation("educator.signup.confirmed")
                    : getTranslation("educator.signup.waiting", result.waitingPosition()));
        } catch (RuntimeException e) {
            ErrorMessages.show(this, e);
        }
        reload();
    }

    private void confirmCancel() {
        CancelSignup.confirm(this, signups, workshopId, detail == null ? "" : detail.card().title(), this::reload);
    }

    /** Reads the workshop again: seats and the own place changed, by this user or by others. */
    private void reload() {
        catalogue.find(workshopId, getLocale()).ifPresent(d -> {
            detail = d;
            show(d);
        });
    }

    @Override
    public String getPageTitle() {
        return (detail == null ? getTranslation("educator.workshops.title") : detail.card().title())
                + " · " + getTranslation("app.name");
    }
}
