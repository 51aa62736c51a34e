package lv.kopiena.mail;

import static lv.kopiena.jooq.Tables.ACTIVITY;
import static lv.kopiena.jooq.Tables.CENTRE;
import static lv.kopiena.jooq.Tables.MAIL_OUTBOX;
import static lv.kopiena.jooq.Tables.USER_ACCOUNT;
import static lv.kopiena.jooq.Tables.WORKSHOP;
import static lv.kopiena.jooq.Tables.WORKSHOP_SIGNUP;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import lv.kopiena.jooq.tables.records.MailOutboxRecord;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

/** Workshops, educators, sign-ups and queued mails for the mail tests, written straight into the (rolled-back) database. */
final class MailFixture {

    private static final AtomicInteger counter = new AtomicInteger();

    private final DSLContext dsl;
    final long centreId;
    final String centreName;

    MailFixture(DSLContext dsl) {
        this.dsl = dsl;
        var centre = dsl.selectFrom(CENTRE).orderBy(CENTRE.ID).limit(1).fetchSingle();
        this.centreId = centre.getId();
        this.centreName = centre.getName();
        dsl.update(CENTRE)
                .set(CENTRE.CONTACT_EMAIL, "centrs@kopiena.test")
                .set(CENTRE.CONTACT_PHONE, "+371 20000000")
                .where(CENTRE.ID.eq(centreId))
                .execute();
    }

    /** Nothing else queued: mails left by other tests' committed data must not reach these tests' server. */
    void clearOutbox() {
        dsl.deleteFrom(MAIL_OUTBOX).execute();
    }

    long workshop(String title, LocalDateTime startsAt, @Nullable LocalDateTime endsAt, @Nullable String place,
            @Nullable String onlineLink, String hours) {
        long activityId = dsl.insertInto(ACTIVITY)
                .set(ACTIVITY.CENTRE_ID, centreId)
                .set(ACTIVITY.TYPE, "WORKSHOP")
                .set(ACTIVITY.TITLE, title)
                .set(ACTIVITY.STARTS_AT, startsAt)
                .set(ACTIVITY.ENDS_AT, endsAt)
                .set(ACTIVITY.PLACE, place)
                .returning(ACTIVITY.ID)
                .fetchSingle(ACTIVITY.ID);
        dsl.insertInto(WORKSHOP)
                .set(WORKSHOP.ACTIVITY_ID, activityId)
                .set(WORKSHOP.CAPACITY, 20)
                .set(WORKSHOP.LANGUAGE, "lv")
                .set(WORKSHOP.ONLINE_LINK, onlineLink)
                .set(WORKSHOP.PD_HOURS, new BigDecimal(hours))
                .execute();
        return activityId;
    }

    void cancelWorkshop(long activityId, @Nullable String reason) {
        dsl.update(WORKSHOP)
                .set(WORKSHOP.STATUS, "CANCELLED")
                .set(WORKSHOP.CANCELLED_AT, LocalDateTime.now())
                .set(WORKSHOP.CANCEL_REASON, reason)
                .where(WORKSHOP.ACTIVITY_ID.eq(activityId))
                .execute();
    }

    long educator(String name, @Nullable String email, String locale) {
        return dsl.insertInto(USER_ACCOUNT)
                .set(USER_ACCOUNT.USERNAME, "mail-test-" + counter.incrementAndGet() + "-" + System.nanoTime())
                .set(USER_ACCOUNT.PASSWORD_HASH, "{noop}x")
                .set(USER_ACCOUNT.DISPLAY_NAME, name)
                .set(USER_ACCOUNT.EMAIL, email)
                .set(USER_ACCOUNT.ROLE, "EDUCATOR")
                .set(USER_ACCOUNT.PREFERRED_LOCALE, locale)
                .returning(USER_ACCOUNT.ID)
                .fetchSingle(USER_ACCOUNT.ID);
    }

    long signup(long workshopId, long accountId, String status, long queueNo) {
        return dsl.insertInto(WORKSHOP_SIGNUP)
                .set(WORKSHOP_SIGNUP.WORKSHOP_ID, workshopId)
                .set(WORKSHOP_SIGNUP.USER_ACCOUNT_ID, accountId)
                .set(WORKSHOP_SIGNUP.STATUS, status)
                .set(WORKSHOP_SIGNUP.QUEUE_NO, queueNo)
                .set(WORKSHOP_SIGNUP.SIGNED_UP_AT, LocalDateTime.now())
                .returning(WORKSHOP_SIGNUP.ID)
                .fetchSingle(WORKSHOP_SIGNUP.ID);
    }

    long queue(MailKind kind, long signupId, LocalDateTime at) {
        return dsl.insertInto(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.KIND, kind.name())
                .set(MAIL_OUTBOX.SIGNUP_ID, signupId)
                .set(MAIL_OUTBOX.CREATED_AT, at)
                .set(MAIL_OUTBOX.NEXT_TRY_AT, at.withNano(0))
                .returning(MAIL_OUTBOX.ID)
                .fetchSingle(MAIL_OUTBOX.ID);
    }

    MailOutboxRecord outbox(long id) {
        return dsl.selectFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.ID.eq(id)).fetchSingle();
    }

    @Nullable LocalDateTime reminderSentAt(long signupId) {
        return dsl.select(WORKSHOP_SIGNUP.REMINDER_SENT_AT).from(WORKSHOP_SIGNUP)
                .where(WORKSHOP_SIGNUP.ID.eq(signupId)).fetchSingle(WORKSHOP_SIGNUP.REMINDER_SENT_AT);
    }

    int queued(MailKind kind, long signupId) {
        return dsl.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.KIND.eq(kind.name()).and(MAIL_OUTBOX.SIGNUP_ID.eq(signupId)));
    }
}
