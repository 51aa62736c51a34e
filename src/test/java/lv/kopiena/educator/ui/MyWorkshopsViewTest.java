package lv.kopiena.educator.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import lv.kopiena.KaribuTest;
import lv.kopiena.educator.EducatorFixtures;
import lv.kopiena.i18n.TranslationProvider;
import lv.kopiena.workshop.SignupService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MyWorkshopsViewTest extends KaribuTest {

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

    private List<MyWorkshopsView.SignupCard> cards() {
        return _find(MyWorkshopsView.SignupCard.class);
    }

    @Test
    void an_educator_sees_its_sign_ups_upcoming_first_with_their_status() {
        long confirmed = fixtures.workshop(centre, "Apstiprināta", 1, true, nextWeek.plusDays(2), "lv",
                "https://meet.example.lv/x");
        long waiting = fixtures.workshop(centre, "Gaidu", 1, true, nextWeek.plusDays(1));
        long cancelled = fixtures.workshop(centre, "Atcelta", 5, true, nextWeek);
        fixtures.educator("t-anna");
        login("t-anna");
        signups.signUp(waiting);
        fixtures.educator("t-liga");
        login("t-liga");
        signups.signUp(confirmed);
        signups.signUp(waiting);
        signups.signUp(cancelled);
        fixtures.cancel(cancelled, "Lektors saslima");

        UI.getCurrent().navigate(MyWorkshopsView.class);

        assertThat(cards()).extracting(c -> c.title.getText()).containsExactly("Atcelta", "Gaidu", "Apstiprināta");
        assertThat(cards()).extracting(c -> c.status.getText()).containsExactly(
                "The workshop was cancelled: Lektors saslima", "Waiting list: you are number 1",
                "Confirmed: you have a seat");
        assertThat(cards()).extracting(c -> c.cancel.getParent().isPresent()).containsExactly(false, true, true);
        assertThat(_find(cards().get(2), Anchor.class)).extracting(Anchor::getHref)
                .containsExactly("https://meet.example.lv/x");
        assertThat(_find(cards().get(1), Anchor.class)).isEmpty();
        assertThat(cards().get(0).title.getHref()).isEqualTo("workshops/" + cancelled);
    }

    @Test
    void an_educator_cancels_from_the_list_and_the_row_says_cancelled() {
        long workshop = fixtures.workshop(centre, "Medijpratība", 5, true, nextWeek);
        fixtures.educator("t-liga");
        login("t-liga");
        signups.signUp(workshop);
        UI.getCurrent().navigate(MyWorkshopsView.class);

        _click(cards().getFirst().cancel);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(cards()).singleElement().satisfies(c -> {
            assertThat(c.status.getText()).isEqualTo("Cancelled by you");
            assertThat(c.cancel.getParent()).isEmpty();
        });
    }

    @Test
    void attended_and_removed_sign_ups_say_so() {
        long attended = fixtures.workshop(centre, "Apmeklēta", 5, true, nextWeek);
        long removed = fixtures.workshop(centre, "Izņemta", 5, true, nextWeek.plusDays(1));
        fixtures.educator("t-liga");
        login("t-liga");
        signups.signUp(attended);
        signups.signUp(removed);
        dsl.update(lv.kopiena.jooq.Tables.WORKSHOP_SIGNUP).set(lv.kopiena.jooq.Tables.WORKSHOP_SIGNUP.ATTENDED, true)
                .where(lv.kopiena.jooq.Tables.WORKSHOP_SIGNUP.WORKSHOP_ID.eq(attended)).execute();
        dsl.update(lv.kopiena.jooq.Tables.WORKSHOP_SIGNUP).set(lv.kopiena.jooq.Tables.WORKSHOP_SIGNUP.STATUS, "REMOVED")
                .where(lv.kopiena.jooq.Tables.WORKSHOP_SIGNUP.WORKSHOP_ID.eq(removed)).execute();
        UI.getCurrent().setLocale(TranslationProvider.UKRAINIAN);

        UI.getCurrent().navigate(MyWorkshopsView.class);

        assertThat(cards()).extracting(c -> c.status.getText())
                .containsExactly("Відвідано", "Координатор вилучив вас зі списку");
        assertThat(cards()).allSatisfy(c -> assertThat(c.cancel.getParent()).isEmpty());
    }

    @Test
    void the_page_links_to_hours_and_certificates_and_says_when_there_is_nothing_yet() {
        fixtures.educator("t-anna");
        login("t-anna");

        UI.getCurrent().navigate(MyWorkshopsView.class);

        MyWorkshopsView view = _get(MyWorkshopsView.class);
        assertThat(view.hoursLink.getHref()).isEqualTo("my-hours");
        assertThat(view.hoursLink.getText()).isEqualTo("Hours and certificates");
        assertThat(_find(view.list, Paragraph.class)).extracting(Paragraph::getText)
                .containsExactly("You have not signed up for any workshop yet.");
    }

    @Test
    void coordinators_funders_and_admins_are_not_let_in() {
        for (String role : List.of("coordinator", "funder", "admin")) {
            login(role);
            assertThatThrownBy(() -> UI.getCurrent().navigate(MyWorkshopsView.class)).as(role)
                    .isInstanceOf(MockAccessDeniedException.class);
        }
        assertThat(_find(MyWorkshopsView.class)).isEmpty();
    }
}
