package lv.kopiena.certificate;

import static lv.kopiena.jooq.Tables.ACTIVITY;
import static lv.kopiena.jooq.Tables.CENTRE;
import static lv.kopiena.jooq.Tables.CERTIFICATE;
import static lv.kopiena.jooq.Tables.USER_ACCOUNT;
import static lv.kopiena.jooq.Tables.WORKSHOP;
import static lv.kopiena.jooq.Tables.WORKSHOP_SIGNUP;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicLong;
import org.jooq.DSLContext;

/**
 * Workshops and sign-ups written straight into the database, because the demo data has none and
 * hours must come from marked attendance. In a test's transaction they roll back with it.
 */
public final class CertificateFixtures {

    public static final String PREILI = "Preiļu novada Kopienu resursu centrs";
    public static final String LUDZA = "Ludzas Kopienu resursu centrs";

    private final DSLContext dsl;
    private final AtomicLong queue = new AtomicLong(1);

    public CertificateFixtures(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long accountId(String username) {
        return dsl.select(USER_ACCOUNT.ID).from(USER_ACCOUNT).where(USER_ACCOUNT.USERNAME.eq(username)).fetchSingle().value1();
    }

    /** A new educator account that can log in by its user name (through the test's login). */
    public long educator(String username, String displayName) {
        return dsl.insertInto(USER_ACCOUNT)
                .set(USER_ACCOUNT.USERNAME, username)
                .set(USER_ACCOUNT.PASSWORD_HASH, "{noop}unused")
                .set(USER_ACCOUNT.DISPLAY_NAME, displayName)
                .set(USER_ACCOUNT.ROLE, "EDUCATOR")
                .set(USER_ACCOUNT.EMAIL, username)
                .set(USER_ACCOUNT.PREFERRED_LOCALE, "lv")
                .returning(USER_ACCOUNT.ID).fetchSingle().getId();
    }

    public long centreId(String name) {
        return dsl.select(CENTRE.ID).from(CENTRE).where(CENTRE.NAME.eq(name)).fetchSingle().value1();
    }

    /** A workshop of the centre (an activity with sign-up) that earns the given hours. */
    public long workshop(String centre, String title, LocalDateTime startsAt, String hours) {
        long activityId = dsl.insertInto(ACTIVITY)
                .set(ACTIVITY.CENTRE_ID, centreId(centre))
                .set(ACTIVITY.TYPE, "WORKSHOP")
                .set(ACTIVITY.TITLE, title)
                .set(ACTIVITY.STARTS_AT, startsAt)
                .set(ACTIVITY.ENDS_AT, startsAt.plusHours(3))
                .returning(ACTIVITY.ID).fetchSingle().getId();
        dsl.insertInto(WORKSHOP)
                .set(WORKSHOP.ACTIVITY_ID, activityId)
                .set(WORKSHOP.CAPACITY, 20)
                .set(WORKSHOP.PD_HOURS, new BigDecimal(hours))
                .execute();
        return activityId;
    }

    /** A sign-up in the given status; attended only makes sense for CONFIRMED (the schema checks it). */
    public long signup(long workshopId, long accountId, String status, boolean attended) {
        LocalDateTime signedUp = LocalDateTime.of(2024, 1, 10, 9, 0);
        return dsl.insertInto(WORKSHOP_SIGNUP)
                .set(WORKSHOP_SIGNUP.WORKSHOP_ID, workshopId)
                .set(WORKSHOP_SIGNUP.USER_ACCOUNT_ID, accountId)
                .set(WORKSHOP_SIGNUP.STATUS, status)
                .set(WORKSHOP_SIGNUP.QUEUE_NO, queue.getAndIncrement())
                .set(WORKSHOP_SIGNUP.SIGNED_UP_AT, signedUp)
                .set(WORKSHOP_SIGNUP.CONFIRMED_AT, status.equals("CONFIRMED") ? signedUp : null)
                .set(WORKSHOP_SIGNUP.ATTENDED, attended)
                .set(WORKSHOP_SIGNUP.ATTENDANCE_MARKED_AT, attended ? signedUp.plusDays(30) : null)
                .returning(WORKSHOP_SIGNUP.ID).fetchSingle().getId();
    }

    /** What a coordinator does when it unmarks (or marks) someone's attendance. */
    public void attended(long signupId, boolean attended) {
        dsl.update(WORKSHOP_SIGNUP).set(WORKSHOP_SIGNUP.ATTENDED, attended)
                .where(WORKSHOP_SIGNUP.ID.eq(signupId)).execute();
    }

    public int certificatesOf(long signupId) {
        return dsl.fetchCount(CERTIFICATE, CERTIFICATE.SIGNUP_ID.eq(signupId));
    }

    /** For a test that had to commit: removes what {@link #workshop} and {@link #signup} wrote. */
    public void deleteWorkshop(long workshopId) {
        dsl.deleteFrom(CERTIFICATE).where(CERTIFICATE.SIGNUP_ID.in(
                dsl.select(WORKSHOP_SIGNUP.ID).from(WORKSHOP_SIGNUP).where(WORKSHOP_SIGNUP.WORKSHOP_ID.eq(workshopId))))
                .execute();
        dsl.deleteFrom(WORKSHOP_SIGNUP).where(WORKSHOP_SIGNUP.WORKSHOP_ID.eq(workshopId)).execute();
        dsl.deleteFrom(WORKSHOP).where(WORKSHOP.ACTIVITY_ID.eq(workshopId)).execute();
        dsl.deleteFrom(ACTIVITY).where(ACTIVITY.ID.eq(workshopId)).execute();
    }
}
