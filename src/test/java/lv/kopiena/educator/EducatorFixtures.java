package lv.kopiena.educator;

import static lv.kopiena.jooq.Tables.ACTIVITY;
import static lv.kopiena.jooq.Tables.ACTIVITY_PRIORITY;
import static lv.kopiena.jooq.Tables.CENTRE;
import static lv.kopiena.jooq.Tables.MUNICIPALITY;
import static lv.kopiena.jooq.Tables.PRIORITY;
import static lv.kopiena.jooq.Tables.USER_ACCOUNT;
import static lv.kopiena.jooq.Tables.WORKSHOP;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

/**
 * Rows for the educator tests, written straight to the database. Workshops go to a centre of the
 * tests' own, so that whatever demo workshops exist never change what a test sees.
 */
public final class EducatorFixtures {

    private final DSLContext dsl;

    public EducatorFixtures(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A centre only the test's workshops belong to, in Rēzekne. */
    public long centre(String name) {
        long municipality = dsl.select(MUNICIPALITY.ID).from(MUNICIPALITY)
                .where(MUNICIPALITY.NAME.eq("Rēzeknes valstspilsēta")).fetchSingle(MUNICIPALITY.ID);
        return dsl.insertInto(CENTRE)
                .set(CENTRE.NAME, name)
                .set(CENTRE.MUNICIPALITY_ID, municipality)
                .returningResult(CENTRE.ID)
                .fetchSingle(CENTRE.ID);
    }

    public long workshop(long centre, String title, int capacity, boolean waitingList, LocalDateTime startsAt) {
        return workshop(centre, title, capacity, waitingList, startsAt, "lv", null);
    }

    /** A workshop with sign-up open now (no sign-up period set). */
    public long workshop(long centre, String title, int capacity, boolean waitingList, LocalDateTime startsAt,
                         String language, @Nullable String onlineLink) {
        long activityId = dsl.insertInto(ACTIVITY)
                .set(ACTIVITY.CENTRE_ID, centre)
                .set(ACTIVITY.TYPE, "WORKSHOP")
                .set(ACTIVITY.TITLE, title)
                .set(ACTIVITY.STARTS_AT, startsAt)
                .set(ACTIVITY.ENDS_AT, startsAt.plusHours(3))
                .set(ACTIVITY.PLACE, "Rēzekne, Atbrīvošanas aleja 100")
                .set(ACTIVITY.DESCRIPTION, "Par " + title)
                .returningResult(ACTIVITY.ID)
                .fetchSingle(ACTIVITY.ID);
        dsl.insertInto(WORKSHOP)
                .set(WORKSHOP.ACTIVITY_ID, activityId)
                .set(WORKSHOP.CAPACITY, capacity)
                .set(WORKSHOP.WAITING_LIST, waitingList)
                .set(WORKSHOP.PD_HOURS, new BigDecimal("3.0"))
                .set(WORKSHOP.LANGUAGE, language)
                .set(WORKSHOP.ONLINE_LINK, onlineLink)
                .set(WORKSHOP.AUDIENCE, "Sākumskolas skolotāji")
                .execute();
        return activityId;
    }

    public void tag(long workshop, String priorityCode) {
        long priority = dsl.select(PRIORITY.ID).from(PRIORITY).where(PRIORITY.CODE.eq(priorityCode))
                .fetchSingle(PRIORITY.ID);
        dsl.insertInto(ACTIVITY_PRIORITY, ACTIVITY_PRIORITY.ACTIVITY_ID, ACTIVITY_PRIORITY.PRIORITY_ID)
                .values(workshop, priority).execute();
    }

    public long priority(String code) {
        return dsl.select(PRIORITY.ID).from(PRIORITY).where(PRIORITY.CODE.eq(code)).fetchSingle(PRIORITY.ID);
    }

    /** Cancels the workshop as the coordinator would, without anyone to tell. */
    public void cancel(long workshop, String reason) {
        dsl.update(WORKSHOP)
                .set(WORKSHOP.STATUS, "CANCELLED")
                .set(WORKSHOP.CANCEL_REASON, reason)
                .set(WORKSHOP.CANCELLED_AT, LocalDateTime.now())
                .where(WORKSHOP.ACTIVITY_ID.eq(workshop))
                .execute();
    }

    public void signupPeriod(long workshop, @Nullable LocalDateTime opens, @Nullable LocalDateTime closes) {
        dsl.update(WORKSHOP)
                .set(WORKSHOP.SIGNUP_OPENS_AT, opens)
                .set(WORKSHOP.SIGNUP_CLOSES_AT, closes)
                .where(WORKSHOP.ACTIVITY_ID.eq(workshop))
                .execute();
    }

    /** An educator account that can log in with {@code IntegrationTest.login(username)}. */
    public long educator(String username) {
        return dsl.insertInto(USER_ACCOUNT)
                .set(USER_ACCOUNT.USERNAME, username)
                .set(USER_ACCOUNT.PASSWORD_HASH, "{noop}not-used")
                .set(USER_ACCOUNT.DISPLAY_NAME, "Test " + username)
                .set(USER_ACCOUNT.EMAIL, username + "@example.lv")
                .set(USER_ACCOUNT.ROLE, "EDUCATOR")
                .returningResult(USER_ACCOUNT.ID)
                .fetchSingle(USER_ACCOUNT.ID);
    }
}
