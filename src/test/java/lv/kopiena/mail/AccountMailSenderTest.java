package lv.kopiena.mail;

import lv.kopiena.base.TestClock;
import static lv.kopiena.jooq.Tables.MAIL_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import lv.kopiena.IntegrationTest;
import lv.kopiena.jooq.tables.records.MailOutboxRecord;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Account mails through the outbox to a real SMTP server (GreenMail): in the recipient's
 * language, with the link to the right page, and the link's token gone from the outbox once the
 * mail has left (or has been given up).
 */
class AccountMailSenderTest extends IntegrationTest {

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final String TOKEN = "Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Ji1Hg0Fe_-DcBaZx9Yw";

    @Autowired
    private DSLContext dsl;
    @Autowired
    private MailOutbox outbox;
    @Autowired
    private MailOutboxRepository repository;
    @Autowired
    private MailComposer composer;
    @Autowired
    private MailSettings settings;
    @Autowired
    private PlatformTransactionManager transactionManager;

    /** A minute ahead of the application's clock, which dates what is queued: queued mails are due. */
    private final TestClock clock = new TestClock(LocalDateTime.now(ZoneId.of("Europe/Riga")).plusMinutes(1));

    @BeforeEach
    void clearOutbox() {
        dsl.deleteFrom(MAIL_OUTBOX).execute();
    }

    private MailOutboxSender sender(int port, MailSettings mailSettings) {
        var mailSender = new JavaMailSenderImpl();
        mailSender.setHost(greenMail.getSmtp().getServerSetup().getBindAddress());
        mailSender.setPort(port);
        mailSender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "5000");
        mailSender.getJavaMailProperties().put("mail.smtp.timeout", "5000");
        return new MailOutboxSender(repository, composer, mailSender, mailSettings, transactionManager, clock);
    }

    private MailOutboxSender sender() {
        return sender(greenMail.getSmtp().getPort(), settings);
    }

    private MailOutboxRecord row(long id) {
        return dsl.selectFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.ID.eq(id)).fetchSingle();
    }

    private ReceivedMail onlyMail() throws Exception {
        var messages = greenMail.getReceivedMessages();
        assertThat(messages).hasSize(1);
        return ReceivedMail.of(messages[0]);
    }

    @Test
    void the_registration_link_arrives_in_ukrainian_and_its_token_leaves_the_outbox() throws Exception {
        long id = outbox.enqueue(AccountMail.confirmRegistration("olena@skola.test", "Олена Коваль", "uk",
                "Krāslavas Varavīksnes vidusskola", TOKEN));
        assertThat(row(id).getLinkToken()).isEqualTo(TOKEN);

        assertThat(sender().sendPending()).isEqualTo(1);

        ReceivedMail received = onlyMail();
        assertThat(received.to()).containsExactly("olena@skola.test");
        assertThat(received.subject()).isEqualTo("Підтвердьте свій обліковий запис Kopiena");
        assertThat(received.text()).contains(
                "Добрий день, Олена Коваль!",
                "Ім’я: Олена Коваль",
                "Місце роботи: Krāslavas Varavīksnes vidusskola",
                "протягом 48 годин",
                "http://localhost:8080/register/confirm/" + TOKEN + "\n",
                "обліковий запис не буде створено");
        assertThat(received.calendar()).isNull();
        MailOutboxRecord sent = row(id);
        assertThat(sent.getSentAt()).isNotNull();
        assertThat(sent.getLinkToken()).as("the token is not kept once the mail is sent").isNull();
    }

    @Test
    void the_reset_link_arrives_in_latvian() throws Exception {
        long id = outbox.enqueue(AccountMail.passwordReset("liga@skola.test", "Līga Pedagoģe", "lv", "educator", TOKEN));

        sender().sendPending();

        ReceivedMail received = onlyMail();
        assertThat(received.subject()).isEqualTo("Jaunas Kopienas paroles iestatīšana");
        assertThat(received.text()).contains("Labdien, Līga Pedagoģe!", "(lietotājvārds: educator)",
                "http://localhost:8080/reset-password/" + TOKEN + "\n", "jūsu parole paliek tāda pati");
        assertThat(row(id).getLinkToken()).isNull();
    }

    @Test
    void the_account_exists_and_password_changed_mails_arrive_in_english_without_any_token() throws Exception {
        outbox.enqueue(AccountMail.accountExists("jane@skola.test", "Jane Doe", "en", "jane@skola.test"));
        outbox.enqueue(AccountMail.passwordChanged("jane@skola.test", "Jane Doe", "en", "jane@skola.test"));

        assertThat(sender().sendPending()).isEqualTo(2);

        var messages = greenMail.getReceivedMessages();
        assertThat(messages).hasSize(2);
        ReceivedMail exists = ReceivedMail.of(messages[0]);
        ReceivedMail changed = ReceivedMail.of(messages[1]);
        assertThat(exists.subject()).isEqualTo("You already have a Kopiena account");
        assertThat(exists.text()).contains("Hello Jane Doe,", "You already have one (user name: jane@skola.test)",
                "Log in: http://localhost:8080/login", "http://localhost:8080/forgot-password");
        assertThat(changed.subject()).isEqualTo("Your Kopiena password was changed");
        assertThat(changed.text()).contains("(user name: jane@skola.test) was changed on",
                "set a new password at once (http://localhost:8080/forgot-password)");
    }

    @Test
    void workshop_and_account_mails_go_out_in_one_run() throws Exception {
        var fixture = new MailFixture(dsl);
        long workshop = fixture.workshop("Mentoru skola", LocalDateTime.of(2026, 5, 14, 10, 0), null, "Ludza", null, "2");
        long signup = fixture.signup(workshop, fixture.educator("A", "a@skola.test", "lv"), "CONFIRMED", 1);
        fixture.queue(MailKind.CONFIRMED, signup, clock.localNow());
        outbox.enqueue(AccountMail.passwordChanged("b@skola.test", "B", "lv", "b"));

        assertThat(sender().sendPending()).isEqualTo(2);

        assertThat(greenMail.getReceivedMessages()).extracting(m -> m.getAllRecipients()[0].toString())
                .containsExactlyInAnyOrder("a@skola.test", "b@skola.test");
    }

    @Test
    void a_link_mail_that_is_given_up_loses_its_token_too() throws IOException {
        long id = outbox.enqueue(AccountMail.passwordReset("liga@skola.test", "Līga", "lv", "educator", TOKEN));
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var oneTry = new MailSettings(settings.from(), 1, settings.reminderBefore(), settings.publicUrl());

        assertThat(sender(closedPort, oneTry).sendPending()).isZero();

        MailOutboxRecord given = row(id);
        assertThat(given.getSentAt()).isNull();
        assertThat(given.getNextTryAt()).isEqualTo(MailOutboxSender.GIVEN_UP);
        assertThat(given.getLinkToken()).isNull();
    }

    @Test
    void a_failed_try_keeps_the_token_for_the_next_one() throws IOException {
        long id = outbox.enqueue(AccountMail.passwordReset("liga@skola.test", "Līga", "lv", "educator", TOKEN));
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        sender(closedPort, settings).sendPending();

        assertThat(row(id).getAttempts()).isEqualTo(1);
        assertThat(row(id).getLinkToken()).isEqualTo(TOKEN);
    }

    @Test
    void sent_account_mails_are_removed_after_a_month_and_workshop_mails_stay() {
        long old = outbox.enqueue(AccountMail.passwordChanged("a@skola.test", "A", "lv", "a"));
        long recent = outbox.enqueue(AccountMail.passwordChanged("b@skola.test", "B", "lv", "b"));
        long unsent = outbox.enqueue(AccountMail.passwordChanged("c@skola.test", "C", "lv", "c"));
        LocalDateTime longAgo = LocalDateTime.now().minusDays(40);
        dsl.update(MAIL_OUTBOX).set(MAIL_OUTBOX.CREATED_AT, longAgo).set(MAIL_OUTBOX.SENT_AT, longAgo)
                .where(MAIL_OUTBOX.ID.eq(old)).execute();
        dsl.update(MAIL_OUTBOX).set(MAIL_OUTBOX.SENT_AT, LocalDateTime.now()).where(MAIL_OUTBOX.ID.eq(recent)).execute();
        dsl.update(MAIL_OUTBOX).set(MAIL_OUTBOX.CREATED_AT, longAgo).where(MAIL_OUTBOX.ID.eq(unsent)).execute();

        assertThat(outbox.removeDoneAccountMails(Duration.ofDays(30))).isEqualTo(1);

        assertThat(dsl.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.ID.eq(old))).isZero();
        assertThat(dsl.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.ID.in(recent, unsent))).isEqualTo(2);
    }

    @Test
    void an_account_mail_without_its_recipient_or_a_workshop_mail_with_one_is_refused_by_the_database() {
        assertThatThrownBy(() -> dsl.insertInto(MAIL_OUTBOX)
                        .set(MAIL_OUTBOX.KIND, "PASSWORD_RESET")
                        .set(MAIL_OUTBOX.CREATED_AT, LocalDateTime.now())
                        .set(MAIL_OUTBOX.NEXT_TRY_AT, LocalDateTime.now())
                        .execute())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> dsl.insertInto(MAIL_OUTBOX)
                        .set(MAIL_OUTBOX.KIND, "CONFIRMED")
                        .set(MAIL_OUTBOX.RECIPIENT_EMAIL, "x@skola.test")
                        .set(MAIL_OUTBOX.RECIPIENT_NAME, "X")
                        .set(MAIL_OUTBOX.RECIPIENT_LOCALE, "lv")
                        .set(MAIL_OUTBOX.CREATED_AT, LocalDateTime.now())
                        .set(MAIL_OUTBOX.NEXT_TRY_AT, LocalDateTime.now())
                        .execute())
                .isInstanceOf(DataAccessException.class);
    }
}
