package lv.kopiena.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The mail sender of the embedded demo without an SMTP server: each mail is written to the log at
 * INFO (recipient, subject, text, attachment names) instead of leaving the machine. Messages are
 * built exactly as for a real server, so what the log shows is what would be sent. Only the demo
 * gets this sender, because its people are invented and its walkthrough reads the mailed links
 * from the log; a real installation without SMTP gets {@link NoSmtpMailSender}, which logs nothing
 * of a mail.
 */
class LoggingMailSender extends JavaMailSenderImpl {

    private static final Logger log = LoggerFactory.getLogger(LoggingMailSender.class);

    LoggingMailSender() {
        log.info("Demo mode without an SMTP server (spring.mail.host is not set): mails are written to this log "
                + "instead of being sent.");
    }

    @Override
    protected void doSend(MimeMessage[] mimeMessages, Object @Nullable [] originalMessages) {
        for (MimeMessage message : mimeMessages) {
            try {
                var content = new Content();
                content.read(message);
                log.info("Mail (not sent: no SMTP server) to {}\nSubject: {}\nAttachments: {}\n{}",
                        addresses(message), message.getSubject(),
                        content.attachments.isEmpty() ? "none" : String.join(", ", content.attachments),
                        content.text.toString().strip());
            } catch (MessagingException | IOException e) {
                throw new MailPreparationException("Cannot read the mail to log it", e);
            }
        }
    }

    private static String addresses(MimeMessage message) throws MessagingException {
        var recipients = message.getRecipients(Message.RecipientType.TO);
        return recipients == null ? "(nobody)"
                : Arrays.stream(recipients).map(Object::toString).collect(Collectors.joining(", "));
    }

    /** The plain text parts and the names of the attachments of a (possibly nested) message. */
    private static final class Content {
        final StringBuilder text = new StringBuilder();
        final List<String> attachments = new ArrayList<>();

        void read(Part part) throws MessagingException, IOException {
            if (part.getFileName() != null) {
                attachments.add(part.getFileName());
                return;
            }
            // A message not yet saved has no Content-Type header, so look at the content itself.
            Object content = part.getContent();
            if (content instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    read(multipart.getBodyPart(i));
                }
            } else if (content instanceof String string) {
                text.append(string).append('\n');
            }
        }
    }
}
