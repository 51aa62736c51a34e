package lv.kopiena.workshop;

import static lv.kopiena.jooq.Tables.ACTIVITY;
import static lv.kopiena.jooq.Tables.ATTENDANCE;
import static lv.kopiena.jooq.Tables.CENTRE;
import static lv.kopiena.jooq.Tables.MAIL_OUTBOX;
import static lv.kopiena.jooq.Tables.PARTICIPANT;
import static lv.kopiena.jooq.Tables.USER_ACCOUNT;
import static lv.kopiena.jooq.Tables.WORKSHOP;
import static lv.kopiena.jooq.Tables.WORKSHOP_SIGNUP;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import lv.kopiena.IntegrationTest;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo's workshops are there for the walk-through of the issue, and their counters are true. */
class WorkshopDemoDataTest extends IntegrationTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    SignupService signups;
    @Autowired
    Clock clock;

    private long workshop(String title) {
        return dsl.select(WORKSHOP.ACTIVITY_ID).from(WORKSHOP).join(ACTIVITY).on(ACTIVITY.ID.eq(WORKSHOP.ACTIVITY_ID))
                .where(ACTIVITY.TITLE.eq(title)).fetchSingle(WORKSHOP.ACTIVITY_ID);
    }

    private int count(long workshop, String status) {
        return dsl.fetchCount(WORKSHOP_SIGNUP, WORKSHOP_SIGNUP.WORKSHOP_ID.eq(workshop), WORKSHOP_SIGNUP.STATUS.eq(status));
    }

    @Test
    void every_demo_workshop_has_counters_that_match_its_rows() {
        var rows = dsl.selectFrom(WORKSHOP).fetch();
        assertThat(rows).hasSize(7);
        for (var w : rows) {
            long id = w.getActivityId();
            assertThat(w.getConfirmedCount()).as("confirmed of %s", id).isEqualTo(count(id, "CONFIRMED"))
                    .isLessThanOrEqualTo(w.getCapacity());
            Long lastQueueNo = dsl.select(DSL.max(WORKSHOP_SIGNUP.QUEUE_NO)).from(WORKSHOP_SIGNUP)
                    .where(WORKSHOP_SIGNUP.WORKSHOP_ID.eq(id)).fetchOne(0, Long.class);
            assertThat(w.getNextQueueNo()).as("next queue number of %s", id).isEqualTo(lastQueueNo == null ? 1 : lastQueueNo + 1);
            if (w.getConfirmedCount() < w.getCapacity()) {
                assertThat(count(id, "WAITING")).as("nobody waits while seats are free").isZero();
            }
        }
        assertThat(dsl.fetchCount(MAIL_OUTBOX)).as("no mails for demo rows").isZero();
    }

    @Test
    void the_demo_has_an_open_a_full_a_same_day_and_a_past_workshop_in_preili() {
        long open = workshop("Digitālie rīki mācību stundā");
        assertThat(dsl.fetchValue(WORKSHOP.CAPACITY, WORKSHOP.ACTIVITY_ID.eq(open))).isEqualTo(20);
        assertThat(count(open, "CONFIRMED")).isEqualTo(6);

        long full = workshop("Iekļaujošā izglītība: darbs ar bēgļu bērniem");
        assertThat(count(full, "CONFIRMED")).isEqualTo(8);
        assertThat(count(full, "WAITING")).isEqualTo(2);

        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime sameDay = dsl.fetchValue(ACTIVITY.STARTS_AT, ACTIVITY.ID.eq(workshop("Seminārs: kopienas projekti skolā")));
        assertThat(sameDay.toLocalDate()).isEqualTo(LocalDate.now(clock));

        long past = workshop("Pedagogu apmācības: medijpratība klasē");
        long educator = dsl.fetchValue(USER_ACCOUNT.ID, USER_ACCOUNT.USERNAME.eq("educator"));
        assertThat(dsl.fetchValue(WORKSHOP_SIGNUP.ATTENDED, WORKSHOP_SIGNUP.WORKSHOP_ID.eq(past)
                .and(WORKSHOP_SIGNUP.USER_ACCOUNT_ID.eq(educator)))).isTrue();
        assertThat(dsl.fetchValue(ACTIVITY.STARTS_AT, ACTIVITY.ID.eq(past))).isBefore(now.minusDays(14));
        long participant = dsl.fetchValue(PARTICIPANT.ID, PARTICIPANT.USER_ACCOUNT_ID.eq(educator));
        assertThat(dsl.fetchExists(ATTENDANCE, ATTENDANCE.ACTIVITY_ID.eq(past), ATTENDANCE.PARTICIPANT_ID.eq(participant)))
                .isTrue();
        assertThat(dsl.fetchCount(ATTENDANCE, ATTENDANCE.ACTIVITY_ID.eq(past)))
                .isEqualTo(dsl.fetchCount(WORKSHOP_SIGNUP, WORKSHOP_SIGNUP.WORKSHOP_ID.eq(past), WORKSHOP_SIGNUP.ATTENDED.isTrue()));
    }

    @Test
    void educator_signing_up_for_the_full_demo_workshop_is_third_in_line() {
        long full = workshop("Iekļaujošā izglītība: darbs ar bēgļu bērniem");
        login("educator");

        SignupResult result = signups.signUp(full);

        assertThat(result.status()).isEqualTo(SignupStatus.WAITING);
        assertThat(result.waitingPosition()).isEqualTo(3);
    }

    @Test
    void educator_can_sign_up_for_the_workshop_later_today() {
        login("educator");
        assertThat(signups.signUp(workshop("Seminārs: kopienas projekti skolā")).status())
                .isEqualTo(SignupStatus.CONFIRMED);
    }

    @Test
    void ludza_and_kraslava_have_an_upcoming_workshop_each_one_in_ukrainian() {
        var byCentre = dsl.select(CENTRE.NAME, WORKSHOP.LANGUAGE).from(WORKSHOP)
                .join(ACTIVITY).on(ACTIVITY.ID.eq(WORKSHOP.ACTIVITY_ID))
                .join(CENTRE).on(CENTRE.ID.eq(ACTIVITY.CENTRE_ID))
                .where(CENTRE.NAME.notLike("Preiļu%"), ACTIVITY.STARTS_AT.gt(LocalDateTime.now(clock)))
                .orderBy(CENTRE.NAME)
                .fetch();
        assertThat(byCentre).extracting(r -> r.value1() + " " + r.value2())
                .containsExactly("Krāslavas Kopienu resursu centrs uk", "Ludzas Kopienu resursu centrs lv");
        assertThat(dsl.fetchCount(USER_ACCOUNT, USER_ACCOUNT.ROLE.eq("EDUCATOR")
                .and(USER_ACCOUNT.PRIVACY_CONSENT_AT.isNotNull()))).isEqualTo(13);
    }
}
