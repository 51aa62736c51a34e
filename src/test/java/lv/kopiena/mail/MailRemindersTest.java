package lv.kopiena.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDateTime;
import lv.kopiena.IntegrationTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Reminders are queued once, for confirmed seats of open workshops that start within the next day. */
class MailRemindersTest extends IntegrationTest {

    @Autowired
    private DSLContext dsl;
    @Autowired
    private MailReminders reminders;
    @Autowired
    private Clock clock;

    private MailFixture fixture;
    private LocalDateTime now;

    @BeforeEach
    void setUp() {
        fixture = new MailFixture(dsl);
        now = LocalDateTime.now(clock);
    }

    @Test
    void a_confirmed_seat_in_a_workshop_starting_tomorrow_gets_one_reminder() {
        long workshop = fixture.workshop("Rīt", now.plusHours(20), null, "Preiļi", null, "2");
        long signup = fixture.signup(workshop, fixture.educator("Anna", "anna@skola.test", "lv"), "CONFIRMED", 1);

        assertThat(reminders.queueReminders()).isGreaterThanOrEqualTo(1);
        assertThat(fixture.queued(MailKind.REMINDER, signup)).isEqualTo(1);
        assertThat(fixture.reminderSentAt(signup)).isNotNull();

        reminders.queueReminders();
        assertThat(fixture.queued(MailKind.REMINDER, signup)).as("not twice").isEqualTo(1);
    }

    @Test
    void no_reminder_for_a_workshop_next_week_a_cancelled_or_a_started_one_or_a_seat_not_confirmed() {
        long nextWeek = fixture.workshop("Nākamnedēļ", now.plusDays(7), null, "Preiļi", null, "2");
        long cancelled = fixture.workshop("Atcelts", now.plusHours(20), null, "Preiļi", null, "2");
        fixture.cancelWorkshop(cancelled, null);
        long started = fixture.workshop("Jau sākās", now.minusMinutes(10), null, "Preiļi", null, "2");
        long tomorrow = fixture.workshop("Rīt", now.plusHours(20), null, "Preiļi", null, "2");
        long account = fixture.educator("Anna", "anna@skola.test", "lv");
        long inNextWeek = fixture.signup(nextWeek, account, "CONFIRMED", 1);
        long inCancelled = fixture.signup(cancelled, account, "CONFIRMED", 1);
        long inStarted = fixture.signup(started, account, "CONFIRMED", 1);
        long waiting = fixture.signup(tomorrow, account, "WAITING", 1);
        long gone = fixture.signup(tomorrow, fixture.educator("Bruno", "bruno@skola.test", "lv"), "CANCELLED", 2);

        reminders.queueReminders();

        for (long signup : new long[] {inNextWeek, inCancelled, inStarted, waiting, gone}) {
            assertThat(fixture.queued(MailKind.REMINDER, signup)).as("sign-up %d", signup).isZero();
            assertThat(fixture.reminderSentAt(signup)).isNull();
        }
    }

    @Test
    void a_queued_reminder_is_due_at_once() {
        long workshop = fixture.workshop("Rīt", now.plusHours(3), null, "Preiļi", null, "2");
        long signup = fixture.signup(workshop, fixture.educator("Anna", "anna@skola.test", "uk"), "CONFIRMED", 1);
        reminders.queueReminders();

        var mail = dsl.selectFrom(lv.kopiena.jooq.Tables.MAIL_OUTBOX)
                .where(lv.kopiena.jooq.Tables.MAIL_OUTBOX.SIGNUP_ID.eq(signup))
                .fetchSingle();
        assertThat(mail.getKind()).isEqualTo("REMINDER");
        assertThat(mail.getSentAt()).isNull();
        assertThat(mail.getNextTryAt()).isBeforeOrEqualTo(LocalDateTime.now(clock));
    }
}
