package lv.kopiena.home.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import lv.kopiena.educator.ui.MyWorkshopsView;
import lv.kopiena.educator.ui.WorkshopCatalogueView;
import lv.kopiena.home.HomeService;
import lv.kopiena.home.Overview;
import lv.kopiena.security.CurrentUser;
import lv.kopiena.security.KopienaUser;
import lv.kopiena.security.Role;

/**
 * The start page after login. Coordinators and admins see their centre's running initiatives
 * and this year's numbers; educators and funders see what Kopiena offers their role, educators
 * with links to the workshops, their sign-ups and their hours. (A visitor without login lands on
 * the login page, which links to the public workshop list and to registration.)
 */
@Route("")
@PermitAll
@Menu(order = 0, title = "home.menu", icon = "vaadin:home-o")
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    final H2 greeting = new H2();
    final Div numbers = new Div();
    final UnorderedList initiatives = new UnorderedList();
    /** A short list of where an educator goes next. */
    final UnorderedList links = new UnorderedList();

    public HomeView(CurrentUser currentUser, HomeService home) {
        KopienaUser user = currentUser.require();
        greeting.setText(getTranslation("home.greeting", user.displayName()));
        add(greeting);
        if (user.role() == Role.ADMIN || user.role() == Role.COORDINATOR) {
            showOverview(home.overview());
        } else {
            add(new Paragraph(getTranslation("home.role-intro." + user.role().name())));
        }
        if (user.role() == Role.EDUCATOR) {
            add(links(new RouterLink(getTranslation("home.link.workshops"), WorkshopCatalogueView.class),
                    new RouterLink(getTranslation("home.link.my-workshops"), MyWorkshopsView.class),
                    // the hours ledger belongs to the certificate feature; a plain link to its path
                    new Anchor("my-hours", getTranslation("home.link.my-hours"))));
        }
    }

    private UnorderedList links(Component... targets) {
        for (Component target : targets) {
            links.add(new ListItem(target));
        }
        return links;
    }

    private void showOverview(Overview overview) {
        add(new Paragraph(overview.centreName() != null
                ? getTranslation("home.centre", overview.centreName())
                : getTranslation("home.all-centres")));
        NumberFormat format = NumberFormat.getIntegerInstance(getLocale());
        FlexLayout cards = new FlexLayout(
                card(getTranslation("home.activities-this-year"), format.format(overview.activitiesThisYear())),
                card(getTranslation("home.upcoming-activities"), format.format(overview.upcomingActivities())),
                card(getTranslation("home.participants"), format.format(overview.participants())));
        cards.addClassName("home-cards");
        numbers.add(cards);
        add(numbers, new H3(getTranslation("home.running-initiatives")));
        if (overview.runningInitiatives().isEmpty()) {
            add(new Paragraph(getTranslation("home.no-initiatives")));
        }
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        for (Overview.InitiativeLine line : overview.runningInitiatives()) {
            String period = dates.format(line.startsOn()) + " – "
                    + (line.endsOn() == null ? "…" : dates.format(line.endsOn()));
            StringBuilder text = new StringBuilder(line.title()).append(" · ").append(period);
            if (line.currentPhase() != null) {
                text.append(" · ").append(getTranslation("home.current-phase", line.currentPhase()));
            }
            if (overview.centreName() == null) {
                text.append(" · ").append(line.centreName());
            }
            ListItem item = new ListItem(text.toString());
            initiatives.add(item);
        }
        add(initiatives);
    }

    private static Component card(String label, String value) {
        Div card = new Div(new Span(value), new Span(label));
        card.addClassName("home-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name");
    }

}
