package lv.kopiena.mail;

import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The mail sender of an installation with a real database but no SMTP server: it refuses every
 * mail, so that the outbox keeps it unsent and tries again later (with growing pauses, until
 * {@code kopiena.mail.max-attempts}), and a mail server configured in the meantime still delivers
 * it. Nothing of the mail reaches the log here: the outbox sender logs the mail's id and kind with
 * the reason, never the address, name or text of a real person (only the demo's
 * {@link LoggingMailSender} writes mails out in full).
 */
class NoSmtpMailSender extends JavaMailSenderImpl {

    static final String REASON = "no SMTP server is configured (spring.mail.host is not set); the mail stays in the outbox";

    private static final Logger log = LoggerFactory.getLogger(NoSmtpMailSender.class);

    NoSmtpMailSender() {
        log.warn("No SMTP server is configured (spring.mail.host is not set): mails are not sent. They stay in the outbox, "
                + "are tried again with growing pauses and given up after kopiena.mail.max-attempts; set SPRING_MAIL_HOST "
                + "(and SPRING_MAIL_PORT, SPRING_MAIL_USERNAME, SPRING_MAIL_PASSWORD) to send them.");
    }

    @Override
    protected void doSend(MimeMessage[] mimeMessages, Object @Nullable [] originalMessages) {
        throw new MailSendException(REASON);
    }
}
