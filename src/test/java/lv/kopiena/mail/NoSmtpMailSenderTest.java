package lv.kopiena.mail;

import lv.kopiena.base.TestClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import lv.kopiena.IntegrationTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A real installation without an SMTP server: mails stay unsent in the outbox to be tried again, and
 * the log says which mail (id and kind) could not go and why, never to whom or what it says.
 */
@ExtendWith(OutputCaptureExtension.class)
class NoSmtpMailSenderTest extends IntegrationTest {

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

    private final TestClock clock = new TestClock(LocalDateTime.of(2030, 3, 1, 9, 0));

    @Test
    void a_mail_stays_unsent_in_the_outbox_and_the_log_names_only_its_id_and_kind(CapturedOutput output) {
        var fixture = new MailFixture(dsl);
        fixture.clearOutbox();
        long workshop = fixture.workshop("Kopienu forums", LocalDateTime.of(2030, 3, 5, 14, 0), null, "Preiļi", null, "3");
        long signup = fixture.signup(workshop, fixture.educator("Anna Bērziņa", "anna@skola.test", "lv"), "CONFIRMED", 1);
        long mail = fixture.queue(MailKind.CONFIRMED, signup, clock.localNow());
        var sender = new MailOutboxSender(repository, composer, new NoSmtpMailSender(), settings, transactionManager, clock);

        assertThat(sender.sendPending()).isZero();

        var row = fixture.outbox(mail);
        assertThat(row.getSentAt()).as("not marked sent").isNull();
        assertThat(row.getAttempts()).isEqualTo(1);
        assertThat(row.getNextTryAt()).as("tried again later").isEqualTo(clock.localNow().plusMinutes(1));
        assertThat(row.getLastError()).contains("no SMTP server is configured");
        assertThat(output.getOut().lines().filter(line -> line.contains("No SMTP server is configured")))
                .singleElement().asString().contains(" WARN ").contains("mails are not sent");
        assertThat(output.getOut().lines().filter(line -> line.contains("Mail " + mail + " (CONFIRMED) failed")))
                .singleElement().asString()
                .contains(" WARN ")
                .contains("(attempt 1 of " + settings.maxAttempts() + ")")
                .contains("no SMTP server is configured");
        assertThat(output.getOut())
                .doesNotContain("anna@skola.test")
                .doesNotContain("Anna Bērziņa")
                .doesNotContain("Labdien")
                .doesNotContain("Vieta apstiprināta");

        // the next try, when it is due, fails the same way and keeps the mail
        clock.advance(Duration.ofMinutes(1));
        assertThat(sender.sendPending()).isZero();
        assertThat(fixture.outbox(mail).getAttempts()).isEqualTo(2);
        assertThat(fixture.outbox(mail).getSentAt()).isNull();
    }
}
