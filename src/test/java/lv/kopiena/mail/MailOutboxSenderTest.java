package lv.kopiena.mail;

import lv.kopiena.base.TestClock;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import lv.kopiena.IntegrationTest;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The outbox sender against a real SMTP server (GreenMail on a free port) and the real database:
 * what arrives, in which language, with which calendar entry, and what happens when sending fails.
 */
class MailOutboxSenderTest extends IntegrationTest {

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final LocalDateTime START = LocalDateTime.of(2026, 5, 14, 10, 0);

    @Autowired
    private DSLContext dsl;
    @Autowired
    private MailOutboxRepository repository;
    @Autowired
    private MailComposer composer;
    @Autowired
    private MailSettings settings;
    @Autowired
    private PlatformTransactionManager transactionManager;

    private final TestClock clock = new TestClock(LocalDateTime.of(2026, 5, 4, 9, 30));
    private MailFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new MailFixture(dsl);
        fixture.clearOutbox();
    }

    @Test
    void confirmed_mail_arrives_in_latvian_with_the_details_and_a_calendar_entry_in_riga_time() throws Exception {
        long workshop = fixture.workshop("Digitālie rīki mācību stundā", START, START.plusHours(2),
                "Preiļi, Raiņa bulvāris 19", null, "4.5");
        long signup = fixture.signup(workshop, fixture.educator("Anna Bērziņa", "anna@skola.test", "lv"), "CONFIRMED", 1);
        long mail = fixture.queue(MailKind.CONFIRMED, signup, clock.localNow());

        assertThat(sender(smtpPort()).sendPending()).isEqualTo(1);

        ReceivedMail received = onlyMail();
        assertThat(received.to()).containsExactly("anna@skola.test");
        assertThat(received.subject()).isEqualTo("Vieta apstiprināta: Digitālie rīki mācību stundā");
        assertThat(received.text()).contains(
                "Labdien, Anna Bērziņa!",
                "Jūsu pieteikums semināram ir apstiprināts",
                "Laiks: ceturtdiena, 2026. gada 14. maijs, 10:00–12:00",
                "Vieta: Preiļi, Raiņa bulvāris 19",
                "Profesionālās pilnveides stundas: 4,5",
                "Rīko: " + fixture.centreName,
                "Kontakti: centrs@kopiena.test, +371 20000000",
                "“Mani semināri”: http://localhost:8080/my-workshops");

        assertThat(received.calendarType()).contains("text/calendar").contains("method=PUBLISH");
        assertThat(received.calendar().getMethod().getValue()).isEqualTo("PUBLISH");
        assertThat(received.calendar().validate().getEntries()).as("RFC 5545/5546 problems").isEmpty();
        var event = received.event();
        assertThat(event.getUid().orElseThrow().getValue()).isEqualTo("workshop-" + workshop + "@kopiena");
        DtStart<ZonedDateTime> start = event.<ZonedDateTime>getStartDate().orElseThrow();
        assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Riga");
        assertThat(start.getDate().toInstant()).isEqualTo(Instant.parse("2026-05-14T07:00:00Z"));
        DtEnd<ZonedDateTime> end = event.<ZonedDateTime>getEndDate().orElseThrow();
        assertThat(end.getDate().toInstant()).isEqualTo(Instant.parse("2026-05-14T09:00:00Z"));
        assertThat(event.getSummary().getValue()).isEqualTo("Digitālie rīki mācību stundā");
        assertThat(event.getLocation().getValue()).isEqualTo("Preiļi, Raiņa bulvāris 19");
        assertThat(event.getDescription().getValue()).contains("4,5");
        assertThat(event.getStatus().getValue()).isEqualTo("CONFIRMED");

        var row = fixture.outbox(mail);
        assertThat(row.getSentAt()).isNotNull();
        assertThat(row.getAttempts()).isZero();
        assertThat(row.getLastError()).isNull();
    }

    @Test
    void confirmed_mail_arrives_in_ukrainian_for_a_ukrainian_reader() throws Exception {
        long workshop = fixture.workshop("Digitālie rīki mācību stundā", START, START.plusHours(2),
                "Preiļi, Raiņa bulvāris 19", null, "4.5");
        long signup = fixture.signup(workshop, fixture.educator("Олена Коваль", "olena@skola.test", "uk"), "CONFIRMED", 1);
        fixture.queue(MailKind.CONFIRMED, signup, clock.localNow());

        sender(smtpPort()).sendPending();

        ReceivedMail received = onlyMail();
        assertThat(received.subject()).isEqualTo("Місце підтверджено: Digitālie rīki mācību stundā");
        assertThat(received.text()).contains(
                "Добрий день, Олена Коваль!",
                "Вашу реєстрацію на семінар підтверджено",
                "Час: четвер, 14 травня 2026\u202fр., 10:00–12:00",
                "Години професійного розвитку: 4,5",
                "Мова: латиська",
                "«Мої семінари»: http://localhost:8080/my-workshops");
        assertThat(received.event().getStartDate().orElseThrow().getValue()).isEqualTo("20260514T100000");
    }

    @Test
    void waiting_mail_tells_the_current_place_in_the_queue() throws Exception {
        long workshop = fixture.workshop("Mentoru skola", START, null, "Ludza", null, "0");
        fixture.signup(workshop, fixture.educator("A", "a@skola.test", "lv"), "CONFIRMED", 1);
        fixture.signup(workshop, fixture.educator("B", "b@skola.test", "lv"), "WAITING", 3);
        fixture.signup(workshop, fixture.educator("C", "c@skola.test", "lv"), "CANCELLED", 4);
        fixture.signup(workshop, fixture.educator("D", "d@skola.test", "lv"), "WAITING", 5);
        long mine = fixture.signup(workshop, fixture.educator("Jane Doe", "jane@skola.test", "en"), "WAITING", 6);
        fixture.signup(workshop, fixture.educator("E", "e@skola.test", "lv"), "WAITING", 7);
        fixture.queue(MailKind.WAITING, mine, clock.localNow());

        sender(smtpPort()).sendPending();

        ReceivedMail received = onlyMail();
        assertThat(received.subject()).isEqualTo("On the waiting list: Mentoru skola");
        assertThat(received.text()).contains("Hello Jane Doe,", "Your place in the queue: 3.",
                "When: Thursday, 14 May 2026, 10:00\n");
        assertThat(received.text()).doesNotContain("Professional development hours");
        assertThat(received.calendar()).isNull();
    }

    @Test
    void workshop_cancelled_mail_gives_the_reason_and_drops_the_calendar_entry() throws Exception {
        long workshop = fixture.workshop("Kopienu forums", START, START.plusHours(3), "Preiļi", null, "3");
        long signup = fixture.signup(workshop, fixture.educator("Pēteris Ozols", "peteris@skola.test", "lv"), "CONFIRMED", 1);
        fixture.cancelWorkshop(workshop, "Lektore saslima");
        fixture.queue(MailKind.WORKSHOP_CANCELLED, signup, clock.localNow());

        sender(smtpPort()).sendPending();

        ReceivedMail received = onlyMail();
        assertThat(received.subject()).isEqualTo("Seminārs atcelts: Kopienu forums");
        assertThat(received.text()).contains("rīkotāji ir atcēluši semināru", "Iemesls: Lektore saslima",
                "izņems semināru no jūsu kalendāra");
        assertThat(received.calendarType()).contains("method=CANCEL");
        assertThat(received.calendar().getMethod().getValue()).isEqualTo("CANCEL");
        assertThat(received.calendar().validate().getEntries()).as("RFC 5545/5546 problems").isEmpty();
        var event = received.event();
        assertThat(event.getUid().orElseThrow().getValue()).isEqualTo("workshop-" + workshop + "@kopiena");
        assertThat(event.getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(event.getProperty("ATTENDEE").orElseThrow().getValue()).isEqualTo("mailto:peteris@skola.test");
    }

    @Test
    void signup_cancelled_and_removed_mails_drop_the_calendar_entry_too() throws Exception {
        long workshop = fixture.workshop("Kopienu forums", START, null, "Preiļi", null, "3");
        long cancelled = fixture.signup(workshop, fixture.educator("A", "a@skola.test", "en"), "CANCELLED", 1);
        long removed = fixture.signup(workshop, fixture.educator("B", "b@skola.test", "en"), "REMOVED", 2);
        fixture.queue(MailKind.SIGNUP_CANCELLED, cancelled, clock.localNow());
        fixture.queue(MailKind.REMOVED, removed, clock.localNow());

        assertThat(sender(smtpPort()).sendPending()).isEqualTo(2);

        var messages = greenMail.getReceivedMessages();
        assertThat(messages).hasSize(2);
        for (var message : messages) {
            ReceivedMail received = ReceivedMail.of(message);
            assertThat(received.subject()).isIn("Sign-up cancelled: Kopienu forums", "Sign-up removed: Kopienu forums");
            assertThat(received.calendar().getMethod().getValue()).isEqualTo("CANCEL");
            assertThat(received.event().getUid().orElseThrow().getValue()).isEqualTo("workshop-" + workshop + "@kopiena");
        }
    }

    @Test
    void promoted_mail_of_an_online_workshop_links_it_and_lasts_two_hours_when_no_end_is_set() throws Exception {
        long workshop = fixture.workshop("Tiešsaistes seminārs", START, null, null, "https://meet.example.org/kopiena", "2");
        long signup = fixture.signup(workshop, fixture.educator("Jane Doe", "jane@skola.test", "en"), "CONFIRMED", 4);
        fixture.queue(MailKind.PROMOTED, signup, clock.localNow());

        sender(smtpPort()).sendPending();

        ReceivedMail received = onlyMail();
        assertThat(received.subject()).isEqualTo("A seat is yours: Tiešsaistes seminārs");
        assertThat(received.text()).contains("moved from the waiting list", "Online: https://meet.example.org/kopiena",
                "Professional development hours: 2");
        var event = received.event();
        assertThat(event.getLocation().getValue()).isEqualTo("https://meet.example.org/kopiena");
        assertThat(event.getUrl().getValue()).isEqualTo("https://meet.example.org/kopiena");
        DtEnd<ZonedDateTime> end = event.<ZonedDateTime>getEndDate().orElseThrow();
        assertThat(end.getDate().toInstant()).isEqualTo(Instant.parse("2026-05-14T09:00:00Z"));
    }

    @Test
    void failed_send_stays_queued_for_a_later_try_and_is_sent_once_when_the_server_is_back() throws Exception {
        long workshop = fixture.workshop("Mentoru skola", START, null, "Ludza", null, "1");
        long signup = fixture.signup(workshop, fixture.educator("Anna", "anna@skola.test", "lv"), "CONFIRMED", 1);
        long mail = fixture.queue(MailKind.CONFIRMED, signup, clock.localNow());

        assertThat(sender(closedPort()).sendPending()).isZero();

        var failed = fixture.outbox(mail);
        assertThat(failed.getSentAt()).isNull();
        assertThat(failed.getAttempts()).isEqualTo(1);
        assertThat(failed.getNextTryAt()).isEqualTo(clock.localNow().plusMinutes(1));
        assertThat(failed.getLastError()).isNotBlank();
        assertThat(greenMail.getReceivedMessages()).isEmpty();

        MailOutboxSender sender = sender(smtpPort());
        clock.advance(Duration.ofSeconds(30));
        assertThat(sender.sendPending()).as("not due yet").isZero();
        clock.advance(Duration.ofSeconds(30));
        assertThat(sender.sendPending()).isEqualTo(1);
        assertThat(sender.sendPending()).isZero();
        clock.advance(Duration.ofHours(1));
        assertThat(sender.sendPending()).isZero();

        assertThat(greenMail.getReceivedMessages()).hasSize(1);
        var sent = fixture.outbox(mail);
        assertThat(sent.getSentAt()).isNotNull();
        assertThat(sent.getAttempts()).isEqualTo(1);
    }

    @Test
    void retries_wait_longer_each_time_and_a_mail_is_given_up_after_the_last_attempt() {
        long workshop = fixture.workshop("Mentoru skola", START, null, "Ludza", null, "1");
        long signup = fixture.signup(workshop, fixture.educator("Anna", "anna@skola.test", "lv"), "CONFIRMED", 1);
        long mail = fixture.queue(MailKind.CONFIRMED, signup, clock.localNow());
        MailOutboxSender sender = sender(closedPort(), new MailSettings(settings.from(), 3, settings.reminderBefore(),
                settings.publicUrl()));

        sender.sendPending();
        assertThat(fixture.outbox(mail).getNextTryAt()).isEqualTo(clock.localNow().plusMinutes(1));
        clock.advance(Duration.ofMinutes(1));
        sender.sendPending();
        assertThat(fixture.outbox(mail).getNextTryAt()).isEqualTo(clock.localNow().plusMinutes(5));
        clock.advance(Duration.ofMinutes(5));
        sender.sendPending();

        var givenUp = fixture.outbox(mail);
        assertThat(givenUp.getAttempts()).isEqualTo(3);
        assertThat(givenUp.getSentAt()).isNull();
        assertThat(givenUp.getNextTryAt()).isEqualTo(MailOutboxSender.GIVEN_UP);
        clock.advance(Duration.ofDays(30));
        assertThat(sender.sendPending()).isZero();
        assertThat(fixture.outbox(mail).getAttempts()).isEqualTo(3);
    }

    @Test
    void an_already_sent_mail_is_never_sent_again() {
        long workshop = fixture.workshop("Mentoru skola", START, null, "Ludza", null, "1");
        long signup = fixture.signup(workshop, fixture.educator("Anna", "anna@skola.test", "lv"), "CONFIRMED", 1);
        long mail = fixture.queue(MailKind.CONFIRMED, signup, clock.localNow());
        dsl.update(lv.kopiena.jooq.Tables.MAIL_OUTBOX)
                .set(lv.kopiena.jooq.Tables.MAIL_OUTBOX.SENT_AT, clock.localNow())
                .where(lv.kopiena.jooq.Tables.MAIL_OUTBOX.ID.eq(mail))
                .execute();

        assertThat(sender(smtpPort()).sendPending()).isZero();
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void a_claimed_mail_is_not_taken_again_while_it_is_being_sent() {
        long workshop = fixture.workshop("Mentoru skola", START, null, "Ludza", null, "1");
        long signup = fixture.signup(workshop, fixture.educator("Anna", "anna@skola.test", "lv"), "CONFIRMED", 1);
        fixture.queue(MailKind.CONFIRMED, signup, clock.localNow());
        LocalDateTime now = clock.localNow();
        assertThat(repository.claimDue(now, MailOutboxSender.BATCH, now.plus(MailOutboxSender.LEASE))).hasSize(1);

        assertThat(sender(smtpPort()).sendPending()).isZero();
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void a_recipient_without_an_address_does_not_hold_up_the_queue() throws Exception {
        long workshop = fixture.workshop("Mentoru skola", START, null, "Ludza", null, "1");
        long nobody = fixture.signup(workshop, fixture.educator("Bez adreses", null, "lv"), "CONFIRMED", 1);
        long anna = fixture.signup(workshop, fixture.educator("Anna", "anna@skola.test", "lv"), "CONFIRMED", 2);
        long first = fixture.queue(MailKind.CONFIRMED, nobody, clock.localNow());
        fixture.queue(MailKind.CONFIRMED, anna, clock.localNow());

        assertThat(sender(smtpPort()).sendPending()).isEqualTo(1);

        assertThat(onlyMail().to()).containsExactly("anna@skola.test");
        var skipped = fixture.outbox(first);
        assertThat(skipped.getSentAt()).isNotNull();
        assertThat(skipped.getLastError()).isEqualTo("no address");
    }

    @Test
    void a_reminder_for_a_seat_given_up_meanwhile_is_not_sent() {
        long workshop = fixture.workshop("Mentoru skola", START, null, "Ludza", null, "1");
        long signup = fixture.signup(workshop, fixture.educator("Anna", "anna@skola.test", "lv"), "CANCELLED", 1);
        long mail = fixture.queue(MailKind.REMINDER, signup, clock.localNow());

        assertThat(sender(smtpPort()).sendPending()).isZero();

        assertThat(greenMail.getReceivedMessages()).isEmpty();
        assertThat(fixture.outbox(mail).getSentAt()).isNotNull();
        assertThat(fixture.outbox(mail).getLastError()).isEqualTo("outdated");
    }

    @Test
    void a_mail_not_yet_due_waits() {
        long workshop = fixture.workshop("Mentoru skola", START, null, "Ludza", null, "1");
        long signup = fixture.signup(workshop, fixture.educator("Anna", "anna@skola.test", "lv"), "CONFIRMED", 1);
        fixture.queue(MailKind.CONFIRMED, signup, clock.localNow().plusMinutes(5));

        assertThat(sender(smtpPort()).sendPending()).isZero();
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    private ReceivedMail onlyMail() throws Exception {
        var messages = greenMail.getReceivedMessages();
        assertThat(messages).hasSize(1);
        return ReceivedMail.of(messages[0]);
    }

    private MailOutboxSender sender(int port) {
        return sender(port, settings);
    }

    private MailOutboxSender sender(int port, MailSettings mailSettings) {
        var mailSender = new JavaMailSenderImpl();
        mailSender.setHost(greenMail.getSmtp().getServerSetup().getBindAddress());
        mailSender.setPort(port);
        mailSender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "5000");
        mailSender.getJavaMailProperties().put("mail.smtp.timeout", "5000");
        return new MailOutboxSender(repository, composer, mailSender, mailSettings, transactionManager, clock);
    }

    private static int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    /** A port nobody listens on: taken from the system and released again. */
    private static int closedPort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_refusal_that_names_the_recipient_is_logged_and_kept_without_the_address() {
        String line = MailOutboxSender.describe(new org.springframework.mail.MailSendException(
                "Failed messages", new jakarta.mail.SendFailedException("550 5.1.1 <anna.kalnina@skola.lv>: Recipient address rejected")));
        org.assertj.core.api.Assertions.assertThat(line)
                .isEqualTo("SendFailedException: 550 5.1.1 <…>: Recipient address rejected")
                .doesNotContain("anna");
    }
}
