package lv.kopiena.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import lv.kopiena.IntegrationTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSender;

/** Without an SMTP server (as in the demo and the tests) the application writes its mails to the log. */
@ExtendWith(OutputCaptureExtension.class)
class LoggingMailSenderTest extends IntegrationTest {

    @Autowired
    private JavaMailSender mailSender;
    @Autowired
    private MailOutboxSender outboxSender;
    @Autowired
    private DSLContext dsl;

    @Test
    void without_an_smtp_host_the_application_logs_its_mails(CapturedOutput output) {
        assertThat(mailSender).isInstanceOf(LoggingMailSender.class);
        var fixture = new MailFixture(dsl);
        fixture.clearOutbox();
        LocalDateTime start = LocalDateTime.of(2030, 3, 5, 14, 0);
        long workshop = fixture.workshop("Kopienu forums", start, null, "Preiļi", null, "3");
        long signup = fixture.signup(workshop, fixture.educator("Anna Bērziņa", "anna@skola.test", "lv"), "CONFIRMED", 1);
        fixture.queue(MailKind.CONFIRMED, signup, LocalDateTime.now().minusSeconds(5));

        assertThat(outboxSender.sendPending()).isEqualTo(1);

        assertThat(output.getOut())
                .contains("to anna@skola.test")
                .contains("Subject: Vieta apstiprināta: Kopienu forums")
                .contains("Attachments: workshop.ics")
                .contains("Labdien, Anna Bērziņa!")
                .contains("Vieta: Preiļi");
    }
}
