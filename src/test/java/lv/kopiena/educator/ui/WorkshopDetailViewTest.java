package lv.kopiena.educator.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import lv.kopiena.KaribuTest;
import lv.kopiena.base.ui.RecordNotFoundView;
import lv.kopiena.educator.EducatorFixtures;
import lv.kopiena.workshop.SignupService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class WorkshopDetailViewTest extends KaribuTest {

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

    private WorkshopDetailView open(long id) {
        UI.getCurrent().navigate(WorkshopDetailView.class, new RouteParameters("id", String.valueOf(id)));
        return _get(WorkshopDetailView.class);
    }

    /** The texts of the notifications now open, whether plain or made of components. */
    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(WorkshopDetailViewTest::text).toList();
    }

    private static String text(Notification n) {
        String plain = n.getElement().getProperty("text");
        if (plain != null && !plain.isEmpty()) {
            return plain;
        }
        return _find(n, Span.class).stream().map(Span::getText).collect(Collectors.joining(" "));
    }

    @Test
    void an_educator_signs_up_and_is_told_the_seat_is_confirmed() {
        long workshop = fixtures.workshop(centre, "Medijpratība", 5, true, nextWeek);
        login("educator");
        WorkshopDetailView view = open(workshop);
        assertThat(view.seats.getText()).isEqualTo("Seats: 5 · 5 seats left");

        _click(view.signUp);

        assertThat(notifications()).containsExactly("Your seat is confirmed.");
        assertThat(view.myStatus.getText()).isEqualTo("Your place: Confirmed: you have a seat");
        assertThat(view.seats.getText()).isEqualTo("Seats: 5 · 4 seats left");
        assertThat(_find(view.action, Button.class)).containsExactly(view.cancel);
    }

    @Test
    void a_second_sign_up_from_a_page_left_open_says_already_signed_up() {
        long workshop = fixtures.workshop(centre, "Medijpratība", 5, true, nextWeek);
        login("educator");
        WorkshopDetailView view = open(workshop);
        // meanwhile the same educator signed up in another tab
        signups.signUp(workshop);

        _click(view.signUp);

        assertThat(notifications()).containsExactly("You are already signed up for this workshop.");
        assertThat(view.myStatus.getText()).isEqualTo("Your place: Confirmed: you have a seat");
    }

    @Test
    void a_full_workshop_puts_the_educator_on_the_waiting_list_with_its_position() {
        long workshop = fixtures.workshop(centre, "Medijpratība", 1, true, nextWeek);
        fixtures.educator("t-anna");
        fixtures.educator("t-baiba");
        login("t-anna");
        signups.signUp(workshop);
        login("t-baiba");
        signups.signUp(workshop);
        login("educator");
        WorkshopDetailView view = open(workshop);
        assertThat(view.seats.getText()).isEqualTo("Seats: 1 · Full: waiting list");
        assertThat(view.signUp.getText()).isEqualTo("Join the waiting list");

        _click(view.signUp);

        assertThat(notifications()).containsExactly("The workshop is full: you are number 2 on the waiting list.");
        assertThat(view.myStatus.getText()).isEqualTo("Your place: Waiting list: you are number 2");
    }

    @Test
    void an_educator_cancels_after_confirming_and_the_seat_is_free_again() {
        long workshop = fixtures.workshop(centre, "Medijpratība", 2, true, nextWeek);
        login("educator");
        signups.signUp(workshop);
        WorkshopDetailView view = open(workshop);

        _click(view.cancel);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getText(confirm)).contains("\"Medijpratība\"");
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(notifications()).containsExactly("Your sign-up is cancelled.");
        assertThat(view.myStatus.getText()).isEqualTo("Your place: Cancelled by you");
        assertThat(view.seats.getText()).isEqualTo("Seats: 2 · 2 seats left");
        assertThat(_find(view.action, Button.class)).containsExactly(view.signUp);
    }

    @Test
    void the_online_link_is_shown_to_a_confirmed_educator_only() {
        long workshop = fixtures.workshop(centre, "Tiešsaistē", 1, true, nextWeek, "lv", "https://meet.example.lv/x");
        WorkshopDetailView anonymous = open(workshop);
        assertThat(anonymous.place.getText()).endsWith("· online");
        assertThat(_find(Anchor.class)).noneMatch(a -> a.getHref().contains("meet.example.lv"));

        login("educator");
        WorkshopDetailView before = open(workshop);
        assertThat(_find(before.action, Anchor.class)).isEmpty();
        _click(before.signUp);

        assertThat(_find(before.action, Anchor.class)).extracting(Anchor::getHref)
                .containsExactly("https://meet.example.lv/x");
    }

    @Test
    void a_visitor_without_login_is_shown_how_to_sign_up_and_no_button() {
        long workshop = fixtures.workshop(centre, "Medijpratība", 5, true, nextWeek);

        WorkshopDetailView view = open(workshop);

        assertThat(view.heading.getText()).isEqualTo("Medijpratība");
        assertThat(view.description.getText()).isEqualTo("Par Medijpratība");
        assertThat(_find(view.action, Button.class)).isEmpty();
        assertThat(_find(view.action, com.vaadin.flow.component.html.Paragraph.class))
                .extracting(com.vaadin.flow.component.html.Paragraph::getText)
                .containsExactly("Log in or create an educator account to sign up.");
        assertThat(_find(view.action, RouterLink.class)).extracting(RouterLink::getText, RouterLink::getHref)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Log in", "login"),
                        org.assertj.core.groups.Tuple.tuple("Create an account", "register"));
    }

    @Test
    void a_coordinator_and_a_funder_read_the_workshop_without_signing_up() {
        long workshop = fixtures.workshop(centre, "Medijpratība", 5, true, nextWeek);
        for (String role : List.of("coordinator", "funder")) {
            login(role);
            WorkshopDetailView view = open(workshop);
            assertThat(view.heading.getText()).as(role).isEqualTo("Medijpratība");
            assertThat(view.action.getChildren()).as(role).isEmpty();
        }
    }

    @Test
    void a_cancelled_workshop_says_why_and_takes_no_sign_up() {
        long workshop = fixtures.workshop(centre, "Medijpratība", 5, true, nextWeek);
        fixtures.cancel(workshop, "Lektors saslima");
        login("educator");

        WorkshopDetailView view = open(workshop);

        assertThat(view.signupState.getText()).isEqualTo("Cancelled: Lektors saslima");
        assertThat(_find(view.action, Button.class)).isEmpty();
        assertThat(view.seats.isVisible()).isFalse();
    }

    @Test
    void sign_up_not_open_yet_shows_when_it_opens() {
        long workshop = fixtures.workshop(centre, "Medijpratība", 5, true, nextWeek);
        fixtures.signupPeriod(workshop, nextWeek.minusDays(3), null);
        login("educator");

        WorkshopDetailView view = open(workshop);

        assertThat(view.signupState.getText()).startsWith("Sign-up opens on ");
        assertThat(_find(view.action, Button.class)).isEmpty();
    }

    @Test
    void an_unknown_workshop_gets_the_not_found_page_with_a_link_to_the_workshops() {
        UI.getCurrent().navigate("workshops/999999999");

        assertThat(_find(WorkshopDetailView.class)).isEmpty();
        assertThat(_get(RecordNotFoundView.class).getElement().getTextRecursively())
                .isEqualTo("Page not foundThere is no such page, or you may not open it. Check the address."
                        + "See the open workshops");
        assertThat(notifications()).isEmpty();
    }

    @Test
    void the_numeric_route_never_catches_the_coordinators_pages() {
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();

        assertThat(routes.getRoute("workshops/42")).contains(WorkshopDetailView.class);
        assertThat(routes.getRoute("workshops/manage")).isNotEqualTo(java.util.Optional.of(WorkshopDetailView.class));
        assertThat(routes.getRoute("workshops/manage/42")).isNotEqualTo(java.util.Optional.of(WorkshopDetailView.class));
        assertThat(routes.getRoute("workshops")).contains(WorkshopCatalogueView.class);
    }
}
