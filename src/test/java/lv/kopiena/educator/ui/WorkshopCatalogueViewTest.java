package lv.kopiena.educator.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouterLink;
import java.time.Clock;
import java.time.LocalDateTime;
import lv.kopiena.KaribuTest;
import lv.kopiena.educator.CentreOption;
import lv.kopiena.educator.EducatorFixtures;
import lv.kopiena.educator.PriorityOption;
import lv.kopiena.i18n.TranslationProvider;
import lv.kopiena.workshop.SignupService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class WorkshopCatalogueViewTest extends KaribuTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    Clock clock;
    @Autowired
    SignupService signups;

    EducatorFixtures fixtures;
    long centre;
    LocalDateTime nextWeek;

    @BeforeEach
    void setUp() {
        fixtures = new EducatorFixtures(dsl);
        centre = fixtures.centre("Rēzeknes testu centrs");
        nextWeek = LocalDateTime.now(clock).plusDays(7).withHour(10).withMinute(0).withSecond(0).withNano(0);
    }

    private WorkshopCatalogueView openInCentre() {
        UI.getCurrent().navigate(WorkshopCatalogueView.class);
        WorkshopCatalogueView view = _get(WorkshopCatalogueView.class);
        view.centre.setValue(view.centre.getListDataView().getItems()
                .filter(c -> c.id() == centre).findFirst().orElseThrow());
        return view;
    }

    @Test
    void a_visitor_without_login_sees_upcoming_workshops_with_the_seats_left() {
        long workshop = fixtures.workshop(centre, "Digitālie rīki skolotājiem", 5, true, nextWeek);
        fixtures.tag(workshop, "PARTICIPATION");
        fixtures.workshop(centre, "Pagājusi", 5, true, LocalDateTime.now(clock).minusDays(1));

        WorkshopCatalogueView view = openInCentre();

        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._getFormatted(view.grid, 0, "title")).isEqualTo("Digitālie rīki skolotājiem");
        assertThat(GridKt._getFormatted(view.grid, 0, "seats")).isEqualTo("5 seats left");
        assertThat(GridKt._getFormatted(view.grid, 0, "signup")).isEqualTo("Sign-up open");
        assertThat(GridKt._getFormatted(view.grid, 0, "centre")).isEqualTo("Rēzeknes testu centrs · Rēzeknes valstspilsēta");
        assertThat(GridKt._getFormatted(view.grid, 0, "priorities")).isEqualTo("Residents' participation");
        assertThat(GridKt._getFormatted(view.grid, 0, "hours")).isEqualTo("3 h");
        assertThat(GridKt._getFormatted(view.grid, 0, "language")).isEqualTo("Latvian");
    }

    @Test
    void full_workshops_say_whether_there_is_a_waiting_list() {
        long withList = fixtures.workshop(centre, "Ar sarakstu", 1, true, nextWeek);
        long withoutList = fixtures.workshop(centre, "Bez saraksta", 1, false, nextWeek.plusHours(1));
        fixtures.workshop(centre, "Viena vieta", 2, true, nextWeek.plusHours(2));
        fixtures.educator("t-anna");
        login("t-anna");
        signups.signUp(withList);
        signups.signUp(withoutList);

        WorkshopCatalogueView view = openInCentre();

        assertThat(GridKt._getFormatted(view.grid, 0, "seats")).isEqualTo("Full: waiting list");
        assertThat(GridKt._getFormatted(view.grid, 1, "seats")).isEqualTo("Full");
        assertThat(GridKt._getFormatted(view.grid, 2, "seats")).isEqualTo("2 seats left");
    }

    @Test
    void an_educator_filters_by_date_language_and_priority() {
        long lv = fixtures.workshop(centre, "Līdzdalība", 5, true, nextWeek);
        fixtures.tag(lv, "PARTICIPATION");
        long uk = fixtures.workshop(centre, "Інтеграція", 5, true, nextWeek.plusDays(10), "uk", null);
        fixtures.tag(uk, "UKRAINIAN_REFUGEES");
        login("educator");

        WorkshopCatalogueView view = openInCentre();
        assertThat(GridKt._size(view.grid)).isEqualTo(2);

        _setValue(view.language, "uk");
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._getFormatted(view.grid, 0, "language")).isEqualTo("Ukrainian");
        view.language.clear();

        PriorityOption participation = view.priority.getListDataView().getItems()
                .filter(p -> p.nameEn().equals("Residents' participation")).findFirst().orElseThrow();
        _setValue(view.priority, participation);
        assertThat(GridKt._get(view.grid, 0).title()).isEqualTo("Līdzdalība");
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        view.priority.clear();

        _setValue(view.from, nextWeek.toLocalDate().plusDays(1));
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._get(view.grid, 0).title()).isEqualTo("Інтеграція");
        _setValue(view.to, nextWeek.toLocalDate().plusDays(2));
        assertThat(GridKt._size(view.grid)).isZero();
    }

    @Test
    void only_centres_with_upcoming_workshops_are_offered_in_the_filter() {
        fixtures.workshop(centre, "Drīz", 5, true, nextWeek);
        long onlyPast = fixtures.centre("Centrs ar pagātni");
        fixtures.workshop(onlyPast, "Pagājusi", 5, true, nextWeek.minusDays(10));
        UI.getCurrent().navigate(WorkshopCatalogueView.class);
        WorkshopCatalogueView view = _get(WorkshopCatalogueView.class);

        assertThat(view.centre.getListDataView().getItems().map(CentreOption::name))
                .contains("Rēzeknes testu centrs")
                .doesNotContain("Centrs ar pagātni");
    }

    @Test
    void clicking_a_workshop_opens_its_page() {
        fixtures.workshop(centre, "Medijpratība", 5, true, nextWeek);
        WorkshopCatalogueView view = openInCentre();

        GridKt._clickItem(view.grid, 0);

        assertThat(_get(WorkshopDetailView.class).heading.getText()).isEqualTo("Medijpratība");
    }

    @Test
    void the_list_is_translated() {
        fixtures.workshop(centre, "Medijpratība", 5, true, nextWeek);
        UI.getCurrent().setLocale(TranslationProvider.LATVIAN);
        WorkshopCatalogueView view = openInCentre();

        assertThat(GridKt._getFormatted(view.grid, 0, "seats")).isEqualTo("Brīvas vietas: 5");
        assertThat(view.getPageTitle()).startsWith("Gaidāmās darbnīcas");
    }

    @Test
    void a_visitor_finds_the_workshops_in_the_menu_and_links_to_log_in_or_register() {
        UI.getCurrent().navigate(WorkshopCatalogueView.class);

        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Workshops")
                .doesNotContain("My workshops");
        assertThat(_find(RouterLink.class)).extracting(RouterLink::getText).contains("Log in", "Create an account");
    }

    @Test
    void an_educator_finds_its_own_workshops_in_the_menu() {
        login("educator");
        UI.getCurrent().navigate(WorkshopCatalogueView.class);

        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Workshops", "My workshops");
        assertThat(_find(RouterLink.class).stream().filter(RouterLink::isVisible).map(RouterLink::getText))
                .doesNotContain("Log in", "Create an account");
    }
}
