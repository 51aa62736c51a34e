package lv.kopiena.mail;

import static lv.kopiena.jooq.Tables.ACTIVITY;
import static lv.kopiena.jooq.Tables.CENTRE;
import static lv.kopiena.jooq.Tables.MAIL_OUTBOX;
import static lv.kopiena.jooq.Tables.USER_ACCOUNT;
import static lv.kopiena.jooq.Tables.WORKSHOP;
import static lv.kopiena.jooq.Tables.WORKSHOP_SIGNUP;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import lv.kopiena.jooq.tables.WorkshopSignup;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * The mail outbox: queued by seat changes, the reminder job and account changes (registration,
 * password reset and change), claimed and marked by the sender.
 * Claims lock only outbox (or sign-up) rows and skip rows another instance holds, so that two
 * instances of the app never take the same mail; what a mail needs is then read without locks.
 */
@Repository
class MailOutboxRepository {

    private static final WorkshopSignup QUEUE = WORKSHOP_SIGNUP.as("queue");
    /** Old account mails removed per cleanup run; the hourly job catches up with any more. */
    static final int DELETE_BATCH = 1000;

    private final DSLContext dsl;

    MailOutboxRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void insert(MailKind kind, long signupId, LocalDateTime now) {
        dsl.insertInto(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.KIND, kind.name())
                .set(MAIL_OUTBOX.SIGNUP_ID, signupId)
                .set(MAIL_OUTBOX.CREATED_AT, now)
                .set(MAIL_OUTBOX.NEXT_TRY_AT, now.withNano(0))
                .execute();
    }

    long insert(AccountMail mail, LocalDateTime now) {
        return dsl.insertInto(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.KIND, mail.kind().name())
                .set(MAIL_OUTBOX.RECIPIENT_EMAIL, mail.email())
                .set(MAIL_OUTBOX.RECIPIENT_NAME, mail.name())
                .set(MAIL_OUTBOX.RECIPIENT_LOCALE, mail.locale())
                .set(MAIL_OUTBOX.ACCOUNT_USERNAME, mail.username())
                .set(MAIL_OUTBOX.INSTITUTION_NAME, mail.institution())
                .set(MAIL_OUTBOX.LINK_TOKEN, mail.token())
                .set(MAIL_OUTBOX.CREATED_AT, now)
                .set(MAIL_OUTBOX.NEXT_TRY_AT, now.withNano(0))
                .returning(MAIL_OUTBOX.ID)
                .fetchSingle(MAIL_OUTBOX.ID);
    }

    /**
     * Takes up to {@code limit} due unsent mails, oldest first, and moves their next try to
     * {@code leaseUntil}, so that neither this instance nor another takes them again while they
     * are being sent. Rows locked by another instance's claim are skipped, not waited for.
     */
    List<Long> claimDue(LocalDateTime now, int limit, LocalDateTime leaseUntil) {
        List<Long> ids = dsl.select(MAIL_OUTBOX.ID)
                .from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.SENT_AT.isNull())
                .and(MAIL_OUTBOX.NEXT_TRY_AT.le(now))
                .orderBy(MAIL_OUTBOX.NEXT_TRY_AT, MAIL_OUTBOX.ID)
                .limit(limit)
                .forUpdate()
                .skipLocked()
                .fetch(MAIL_OUTBOX.ID);
        if (!ids.isEmpty()) {
            dsl.update(MAIL_OUTBOX)
                    .set(MAIL_OUTBOX.NEXT_TRY_AT, leaseUntil)
                    .where(MAIL_OUTBOX.ID.in(ids))
                    .execute();
        }
        return ids;
    }

    /** Everything the claimed mails say, in one query (in the order of {@code ids}' claim). */
    List<PendingMail> pending(Collection<Long> ids) {
        Field<Integer> waitingPosition = DSL.when(WORKSHOP_SIGNUP.STATUS.eq("WAITING"),
                        DSL.field(DSL.selectCount()
                                .from(QUEUE)
                                .where(QUEUE.WORKSHOP_ID.eq(WORKSHOP_SIGNUP.WORKSHOP_ID))
                                .and(QUEUE.STATUS.eq("WAITING"))
                                .and(QUEUE.QUEUE_NO.le(WORKSHOP_SIGNUP.QUEUE_NO))))
                .else_(DSL.inline(0))
                .as("waiting_position");
        return dsl.select(MAIL_OUTBOX.ID, MAIL_OUTBOX.KIND, MAIL_OUTBOX.ATTEMPTS, MAIL_OUTBOX.CREATED_AT,
                        WORKSHOP_SIGNUP.STATUS, USER_ACCOUNT.EMAIL, USER_ACCOUNT.DISPLAY_NAME,
                        USER_ACCOUNT.PREFERRED_LOCALE, ACTIVITY.ID, ACTIVITY.TITLE, ACTIVITY.STARTS_AT,
                        ACTIVITY.ENDS_AT, ACTIVITY.PLACE, CENTRE.NAME, CENTRE.CONTACT_EMAIL, CENTRE.CONTACT_PHONE,
                        WORKSHOP.STATUS, WORKSHOP.ONLINE_LINK, WORKSHOP.PD_HOURS, WORKSHOP.LANGUAGE,
                        WORKSHOP.CANCEL_REASON, waitingPosition)
                .from(MAIL_OUTBOX)
                .join(WORKSHOP_SIGNUP).on(WORKSHOP_SIGNUP.ID.eq(MAIL_OUTBOX.SIGNUP_ID))
                .join(USER_ACCOUNT).on(USER_ACCOUNT.ID.eq(WORKSHOP_SIGNUP.USER_ACCOUNT_ID))
                .join(WORKSHOP).on(WORKSHOP.ACTIVITY_ID.eq(WORKSHOP_SIGNUP.WORKSHOP_ID))
                .join(ACTIVITY).on(ACTIVITY.ID.eq(WORKSHOP.ACTIVITY_ID))
                .join(CENTRE).on(CENTRE.ID.eq(ACTIVITY.CENTRE_ID))
                .where(MAIL_OUTBOX.ID.in(ids))
                .orderBy(MAIL_OUTBOX.NEXT_TRY_AT, MAIL_OUTBOX.ID)
                .fetch(r -> new PendingMail(
                        r.get(MAIL_OUTBOX.ID),
                        MailKind.valueOf(r.get(MAIL_OUTBOX.KIND)),
                        r.get(MAIL_OUTBOX.ATTEMPTS),
                        r.get(MAIL_OUTBOX.CREATED_AT),
                        r.get(WORKSHOP_SIGNUP.STATUS),
                        r.get(USER_ACCOUNT.EMAIL),
                        r.get(USER_ACCOUNT.DISPLAY_NAME),
                        r.get(USER_ACCOUNT.PREFERRED_LOCALE),
                        r.get(ACTIVITY.ID),
                        r.get(ACTIVITY.TITLE),
                        r.get(ACTIVITY.STARTS_AT),
                        r.get(ACTIVITY.ENDS_AT),
                        r.get(ACTIVITY.PLACE),
                        r.get(CENTRE.NAME),
                        r.get(CENTRE.CONTACT_EMAIL),
                        r.get(CENTRE.CONTACT_PHONE),
                        r.get(WORKSHOP.STATUS),
                        r.get(WORKSHOP.ONLINE_LINK),
                        r.get(WORKSHOP.PD_HOURS),
                        r.get(WORKSHOP.LANGUAGE),
                        r.get(WORKSHOP.CANCEL_REASON),
                        r.get(waitingPosition)));
    }

    /** The claimed account mails among {@code ids} (workshop mails are read by {@link #pending}). */
    List<PendingAccountMail> pendingAccountMails(Collection<Long> ids) {
        return dsl.selectFrom(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.ID.in(ids))
                .and(MAIL_OUTBOX.SIGNUP_ID.isNull())
                .orderBy(MAIL_OUTBOX.NEXT_TRY_AT, MAIL_OUTBOX.ID)
                .fetch(r -> new PendingAccountMail(r.getId(), r.getAttempts(), r.getCreatedAt(),
                        new AccountMail(MailKind.valueOf(r.getKind()), r.getRecipientEmail(), r.getRecipientName(),
                                r.getRecipientLocale(), r.getAccountUsername(), r.getInstitutionName(),
                                r.getLinkToken())));
    }

    /**
     * Marks a mail sent, with a note when nothing was actually sent; a mail already marked stays
     * (false). Its link token, if any, is cleared: the mail has it now, the outbox needs it no more.
     */
    boolean markSent(long id, LocalDateTime now, @Nullable String note) {
        return dsl.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.SENT_AT, now)
                .set(MAIL_OUTBOX.LAST_ERROR, note)
                .set(MAIL_OUTBOX.LINK_TOKEN, (String) null)
                .where(MAIL_OUTBOX.ID.eq(id))
                .and(MAIL_OUTBOX.SENT_AT.isNull())
                .execute() == 1;
    }

    /** Records a failed try; a mail that is given up loses its link token, as it will never be sent. */
    void markFailed(long id, int attempts, String error, LocalDateTime nextTryAt, boolean givenUp) {
        var update = dsl.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.ATTEMPTS, attempts)
                .set(MAIL_OUTBOX.LAST_ERROR, error)
                .set(MAIL_OUTBOX.NEXT_TRY_AT, nextTryAt);
        if (givenUp) {
            update = update.set(MAIL_OUTBOX.LINK_TOKEN, (String) null);
        }
        update.where(MAIL_OUTBOX.ID.eq(id))
                .and(MAIL_OUTBOX.SENT_AT.isNull())
                .execute();
    }

    /**
     * Removes account mails queued before {@code before} that are done (sent, or given up at
     * {@code givenUp}): their recipient's address and name are not needed any more, and some
     * belong to people who never became users (a registration nobody confirmed).
     */
    int deleteDoneAccountMails(LocalDateTime before, LocalDateTime givenUp) {
        Condition done = MAIL_OUTBOX.SIGNUP_ID.isNull()
                .and(MAIL_OUTBOX.CREATED_AT.lt(before))
                .and(MAIL_OUTBOX.SENT_AT.isNotNull().or(MAIL_OUTBOX.NEXT_TRY_AT.eq(givenUp)));
        // found by a plain read, then deleted by id: a delete that scanned the table would lock
        // every row on its way, holding up sign-ups that queue mails meanwhile
        List<Long> ids = dsl.select(MAIL_OUTBOX.ID).from(MAIL_OUTBOX).where(done).limit(DELETE_BATCH)
                .fetch(MAIL_OUTBOX.ID);
        return ids.isEmpty() ? 0 : dsl.deleteFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.ID.in(ids)).and(done).execute();
    }

    /**
     * Confirmed sign-ups of open workshops that start after {@code now} and no later than
     * {@code until} and have had no reminder: locked (skipping rows another instance holds) so
     * that each gets exactly one reminder. The workshop and activity rows are only read.
     */
    List<Long> lockDueReminders(LocalDateTime now, LocalDateTime until, int limit) {
        return dsl.select(WORKSHOP_SIGNUP.ID)
                .from(WORKSHOP_SIGNUP)
                .where(WORKSHOP_SIGNUP.STATUS.eq("CONFIRMED"))
                .and(WORKSHOP_SIGNUP.REMINDER_SENT_AT.isNull())
                .and(WORKSHOP_SIGNUP.WORKSHOP_ID.in(DSL.select(WORKSHOP.ACTIVITY_ID)
                        .from(WORKSHOP)
                        .join(ACTIVITY).on(ACTIVITY.ID.eq(WORKSHOP.ACTIVITY_ID))
                        .where(WORKSHOP.STATUS.eq("OPEN"))
                        .and(ACTIVITY.STARTS_AT.gt(now))
                        .and(ACTIVITY.STARTS_AT.le(until))))
                .orderBy(WORKSHOP_SIGNUP.ID)
                .limit(limit)
                .forUpdate()
                .skipLocked()
                .fetch(WORKSHOP_SIGNUP.ID);
    }

    /** Queues a reminder for each sign-up and records that it was reminded, as two set-based statements. */
    int queueReminders(Collection<Long> signupIds, LocalDateTime now) {
        if (signupIds.isEmpty()) {
            return 0;
        }
        dsl.update(WORKSHOP_SIGNUP)
                .set(WORKSHOP_SIGNUP.REMINDER_SENT_AT, now)
                .where(WORKSHOP_SIGNUP.ID.in(signupIds))
                .execute();
        return dsl.insertInto(MAIL_OUTBOX, MAIL_OUTBOX.KIND, MAIL_OUTBOX.SIGNUP_ID, MAIL_OUTBOX.CREATED_AT,
                        MAIL_OUTBOX.NEXT_TRY_AT)
                .select(DSL.select(DSL.val(MailKind.REMINDER.name()), WORKSHOP_SIGNUP.ID, DSL.val(now),
                                DSL.val(now.withNano(0)))
                        .from(WORKSHOP_SIGNUP)
                        .where(WORKSHOP_SIGNUP.ID.in(signupIds)))
                .execute();
    }
}
