package lv.kopiena.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static lv.kopiena.jooq.Tables.ACTIVITY;
import static lv.kopiena.jooq.Tables.CENTRE;
import static lv.kopiena.jooq.Tables.INITIATIVE;
import static lv.kopiena.jooq.Tables.WORKSHOP;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import java.util.List;
import java.util.Map;
import lv.kopiena.KaribuTest;
import lv.kopiena.activity.ui.ActivityDetailView;
import lv.kopiena.base.LogCapture;
import lv.kopiena.educator.ui.WorkshopDetailView;
import lv.kopiena.i18n.TranslationProvider;
import lv.kopiena.initiative.ui.InitiativeView;
import lv.kopiena.workshop.ui.WorkshopView;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every page with an id in its address answers a missing record, another centre's record and an
 * id that is not a number (or does not fit a long) with the same page: the same words, the same
 * page title, the same status 404 from the router, no notification, and nothing logged at ERROR.
 * An address that matches no route gets the same page (through {@link NoRouteView}), not Vaadin's
 * list of routes; a visitor without login gets it too.
 */
class NotFoundPagesTest extends KaribuTest {

    /** Longer than a long: used to make the pages throw a NumberFormatException and log it. */
    private static final String TOO_LONG = "99999999999999999999";

    @Autowired
    DSLContext dsl;

    /** Everything the visitor gets back for one address. */
    record Answer(int status, String pageTitle, String heading, String text, String link, String href,
                  int notifications) {
    }

    private Answer open(String path) {
        UI ui = UI.getCurrent();
        int status = ui.getInternals().getRouter().navigate(ui, new Location(path), NavigationTrigger.PROGRAMMATIC);
        NotFoundPage page = _get(NotFoundPage.class);
        int notifications = NotificationsKt.getNotifications().size();
        return new Answer(status, ui.getInternals().getTitle(), page.title.getText(), page.text.getText(),
                page.onwards.getText(), page.onwards.getHref(), notifications);
    }

    /** Opens each address and checks that all answers are the same not-found page, logging nothing at ERROR. */
    private Answer assertSameNotFound(String... paths) {
        try (LogCapture log = LogCapture.start()) {
            Answer first = open(paths[0]);
            assertThat(first.status()).isEqualTo(404);
            assertThat(first.notifications()).isZero();
            for (String path : paths) {
                assertThat(open(path)).as(path).isEqualTo(first);
            }
            assertThat(log.atLeast(Level.ERROR)).isEmpty();
            return first;
        }
    }

    private long maxId(org.jooq.TableField<?, Long> id) {
        return dsl.select(DSL.max(id)).from(id.getTable()).fetchSingle().value1();
    }

    private long ofCentre(org.jooq.TableField<?, Long> id, org.jooq.TableField<?, Long> centreId, String centre) {
        long centreKey = dsl.fetchValue(CENTRE.ID, CENTRE.NAME.startsWith(centre));
        return dsl.select(id).from(id.getTable()).where(centreId.eq(centreKey)).limit(1).fetchSingle().value1();
    }

    @Test
    void a_coordinator_gets_the_same_answer_for_a_missing_a_foreign_and_a_malformed_record_on_every_record_page() {
        long preiliActivity = ofCentre(ACTIVITY.ID, ACTIVITY.CENTRE_ID, "Preiļu");
        long preiliInitiative = ofCentre(INITIATIVE.ID, INITIATIVE.CENTRE_ID, "Preiļu");
        long preiliWorkshop = dsl.select(WORKSHOP.ACTIVITY_ID).from(WORKSHOP).join(ACTIVITY).on(ACTIVITY.ID.eq(WORKSHOP.ACTIVITY_ID))
                .join(CENTRE).on(CENTRE.ID.eq(ACTIVITY.CENTRE_ID)).where(CENTRE.NAME.startsWith("Preiļu"))
                .limit(1).fetchSingle().value1();
        long missingActivity = maxId(ACTIVITY.ID) + 1000;
        long missingInitiative = maxId(INITIATIVE.ID) + 1000;
        login("coordinator-ludza");

        Answer answer = assertSameNotFound(
                "activities/" + missingActivity, "activities/" + preiliActivity, "activities/" + TOO_LONG,
                "activities/12abc", "activities/" + Long.MAX_VALUE,
                "initiatives/" + missingInitiative, "initiatives/" + preiliInitiative, "initiatives/" + TOO_LONG,
                "initiatives/newer",
                "workshops/manage/" + missingActivity, "workshops/manage/" + preiliWorkshop,
                "workshops/manage/" + TOO_LONG,
                "no-such-page", "activities/1/2");

        assertThat(answer).isEqualTo(new Answer(404, "Page not found · Kopiena", "Page not found",
                "There is no such page, or you may not open it. Check the address.", "Go to the start page", "", 0));
        assertThat(_find(ActivityDetailView.class)).isEmpty();
        assertThat(_find(InitiativeView.class)).isEmpty();
        assertThat(_find(WorkshopView.class)).isEmpty();
    }

    @Test
    void a_visitor_without_login_gets_the_same_answer_for_a_missing_workshop_a_plain_activity_and_a_malformed_id() {
        long plainActivity = dsl.select(ACTIVITY.ID).from(ACTIVITY)
                .where(DSL.notExists(DSL.selectOne().from(WORKSHOP).where(WORKSHOP.ACTIVITY_ID.eq(ACTIVITY.ID))))
                .limit(1).fetchSingle().value1();

        Answer answer = assertSameNotFound("workshops/" + (maxId(ACTIVITY.ID) + 1000), "workshops/" + plainActivity,
                "workshops/" + TOO_LONG, "workshops/-1", "no-such-page");

        assertThat(answer.link()).isEqualTo("See the open workshops");
        assertThat(answer.href()).isEqualTo("workshops");
        assertThat(_find(WorkshopDetailView.class)).isEmpty();
    }

    @Test
    void the_not_found_page_speaks_latvian_and_ukrainian_and_lists_no_routes() {
        login("coordinator");
        Map<java.util.Locale, String> headings = Map.of(TranslationProvider.LATVIAN, "Lapa nav atrasta",
                TranslationProvider.UKRAINIAN, "Сторінку не знайдено");
        headings.forEach((locale, heading) -> {
            switchLanguage(locale);
            Answer answer = assertSameNotFound("no-such-page", "activities/" + TOO_LONG);
            assertThat(answer.heading()).isEqualTo(heading);
        });
        assertThat(_get(NotFoundPage.class).getElement().getTextRecursively()).doesNotContain("activities", "users");
    }
}
