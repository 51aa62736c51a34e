package lv.kopiena.workshop;

import static lv.kopiena.jooq.Tables.ACTIVITY;
import static lv.kopiena.jooq.Tables.CENTRE;
import static lv.kopiena.jooq.Tables.USER_ACCOUNT;
import static lv.kopiena.jooq.Tables.WORKSHOP;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.jooq.DSLContext;

/** Rows for workshop tests, written straight to the database (tests may; main code goes through services). */
final class WorkshopFixtures {

    private final DSLContext dsl;

    WorkshopFixtures(DSLContext dsl) {
        this.dsl = dsl;
    }

    long preiliCentre() {
        return dsl.select(CENTRE.ID).from(CENTRE).where(CENTRE.NAME.like("Preiļu%")).fetchSingle(CENTRE.ID);
    }

    /** A workshop of Preiļi's centre starting at the given time, sign-up open now. */
    long workshop(String title, int capacity, boolean waitingList, LocalDateTime startsAt) {
        long activityId = dsl.insertInto(ACTIVITY)
                .set(ACTIVITY.CENTRE_ID, preiliCentre())
                .set(ACTIVITY.TYPE, "WORKSHOP")
                .set(ACTIVITY.TITLE, title)
                .set(ACTIVITY.STARTS_AT, startsAt)
                .set(ACTIVITY.ENDS_AT, startsAt.plusHours(3))
                .set(ACTIVITY.PLACE, "Preiļi, Raiņa bulvāris 19")
                .returningResult(ACTIVITY.ID)
                .fetchSingle(ACTIVITY.ID);
        dsl.insertInto(WORKSHOP)
                .set(WORKSHOP.ACTIVITY_ID, activityId)
                .set(WORKSHOP.CAPACITY, capacity)
                .set(WORKSHOP.WAITING_LIST, waitingList)
                .set(WORKSHOP.PD_HOURS, new BigDecimal("3.0"))
                .execute();
        return activityId;
    }

    /** An educator account that can log in with {@code IntegrationTest.login(username)}. */
    long educator(String username) {
        return dsl.insertInto(USER_ACCOUNT)
                .set(USER_ACCOUNT.USERNAME, username)
                .set(USER_ACCOUNT.PASSWORD_HASH, "{noop}not-used")
                .set(USER_ACCOUNT.DISPLAY_NAME, "Test " + username)
                .set(USER_ACCOUNT.EMAIL, username + "@example.lv")
                .set(USER_ACCOUNT.ROLE, "EDUCATOR")
                .returningResult(USER_ACCOUNT.ID)
                .fetchSingle(USER_ACCOUNT.ID);
    }

    /** Removes a workshop with its sign-ups and mails, and then the activity (for tests that commit). */
    void deleteWorkshop(long activityId) {
        dsl.deleteFrom(ACTIVITY).where(ACTIVITY.ID.eq(activityId)).execute();
    }

    void deleteAccountsLike(String usernamePrefix) {
        dsl.deleteFrom(USER_ACCOUNT).where(USER_ACCOUNT.USERNAME.startsWith(usernamePrefix)).execute();
    }
}
