package lv.kopiena.educator.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import lv.kopiena.base.ui.ViewToolbar;
import lv.kopiena.educator.MySignup;
import lv.kopiena.educator.WorkshopCatalogueService;
import lv.kopiena.security.Role;
import lv.kopiena.workshop.SignupService;

/**
 * The educator's own workshops: upcoming ones first with where it stands on each (a seat, a
 * place on the waiting list, attended, cancelled), the online link of a confirmed seat, and
 * cancelling. Hours and certificates are on their own page, linked from here.
 */
@Route("my-workshops")
@RolesAllowed(Role.Names.EDUCATOR)
@Menu(order = 16, title = "educator.my.menu", icon = "vaadin:calendar-user")
public class MyWorkshopsView extends VerticalLayout implements HasDynamicTitle {

    /** The hours ledger's route (built by the certificate feature). */
    static final String MY_HOURS = "my-hours";

    private final WorkshopCatalogueService catalogue;
    private final SignupService signups;
    final VerticalLayout list = new VerticalLayout();
    final Anchor hoursLink = new Anchor(MY_HOURS, "");

    public MyWorkshopsView(WorkshopCatalogueService catalogue, SignupService signups) {
        this.catalogue = catalogue;
        this.signups = signups;
        setWidthFull();
        setMaxWidth("60rem");

        hoursLink.setText(getTranslation("educator.my.hours-link"));
        RouterLink find = new RouterLink(getTranslation("educator.my.find-link"), WorkshopCatalogueView.class);
        ViewToolbar toolbar = new ViewToolbar(find, hoursLink);
        toolbar.setTitle(getTranslation("educator.my.title"));
        list.setPadding(false);
        add(toolbar, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<MySignup> mine = catalogue.mySignups();
        if (mine.isEmpty()) {
            list.add(new Paragraph(getTranslation("educator.my.empty")));
        }
        for (MySignup s : mine) {
            list.add(new SignupCard(s));
        }
    }

    private void confirmCancel(MySignup s) {
        CancelSignup.confirm(this, signups, s.workshopId(), s.title(), this::refresh);
    }

    /** One sign-up: the workshop, when and where, the status and what can be done. */
    final class SignupCard extends Div {

        final MySignup signup;
        final RouterLink title;
        final Span status = new Span();
        final Button cancel = new Button();

        SignupCard(MySignup s) {
            this.signup = s;
            getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                    .set("border", "1px solid var(--lumo-contrast-10pct)")
                    .set("border-radius", "var(--lumo-border-radius-m)")
                    .set("width", "100%").set("box-sizing", "border-box");
            if (!s.upcoming()) {
                getStyle().set("opacity", "0.8");
            }
            title = new RouterLink(s.title(), WorkshopDetailView.class,
                    new RouteParameters("id", String.valueOf(s.workshopId())));
            title.getStyle().set("font-weight", "600");
            Span when = new Span(EducatorLabels.when(MyWorkshopsView.this, s.startsAt(), s.endsAt()) + " · "
                    + s.centreName() + (s.place() == null ? "" : " · " + s.place()) + " · "
                    + EducatorLabels.hours(MyWorkshopsView.this, s.hours()));
            status.setText(EducatorLabels.status(MyWorkshopsView.this, s));
            status.getStyle().set("font-weight", "600");
            VerticalLayout content = new VerticalLayout(title, when, status);
            content.setPadding(false);
            content.setSpacing(false);
            EducatorLabels.webLink(s.onlineLink()).ifPresent(href -> {
                Anchor link = new Anchor(href, getTranslation("educator.online-link"));
                link.setTarget(AnchorTarget.BLANK);
                link.getElement().setAttribute("rel", "noopener noreferrer");
                content.add(link);
            });
            if (s.cancellable()) {
                cancel.setText(getTranslation("educator.cancel.button"));
                cancel.setIcon(VaadinIcon.CLOSE_SMALL.create());
                cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                cancel.addClickListener(e -> confirmCancel(s));
                content.add(cancel);
            }
            add(content);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("educator.my.title") + " · " + getTranslation("app.name");
    }
}
