package lv.kopiena.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the mail outbox (workshop mails and account mails alike). Each run claims a batch of due mails in a short transaction (locking only
 * outbox rows, skipping those another instance of the app has claimed), sends them one by one
 * outside any transaction, and records each result at once: sent, or failed with the error and a
 * later try (1 min, 5 min, 30 min, 2 h, 6 h, 12 h, then daily) until it is given up after
 * {@code kopiena.mail.max-attempts}. A mail that cannot be sent never holds up the ones behind it.
 * Runs as infrastructure without a user; the UI never calls it.
 */
@Component
public class MailOutboxSender {

    static final int BATCH = 50;
    /** How long a claimed mail is left alone: well beyond the time a batch takes to send. */
    static final Duration LEASE = Duration.ofMinutes(10);
    /** next_try_at of a mail that was given up: it stays unsent and visible, and is never tried again. */
    static final LocalDateTime GIVEN_UP = LocalDateTime.of(9999, 12, 31, 0, 0);
    static final String NO_ADDRESS = "no address";
    private static final List<Duration> BACKOFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(6), Duration.ofHours(12), Duration.ofDays(1));
    private static final int MAX_ERROR_LENGTH = 500;
    private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile("[^\\s<>\"'@,;:]+@[^\\s<>\"'@,;:]+");

    private static final Logger log = LoggerFactory.getLogger(MailOutboxSender.class);

    private final MailOutboxRepository repository;
    private final MailComposer composer;
    private final JavaMailSender mailSender;
    private final MailSettings settings;
    private final Clock clock;
    private final TransactionTemplate claimTransaction;
    private final TransactionTemplate writeTransaction;

    MailOutboxSender(MailOutboxRepository repository, MailComposer composer, JavaMailSender mailSender,
            MailSettings settings, PlatformTransactionManager transactionManager, Clock clock) {
        this.repository = repository;
        this.composer = composer;
        this.mailSender = mailSender;
        this.settings = settings;
        this.clock = clock;
        this.claimTransaction = new TransactionTemplate(transactionManager);
        // Read committed: the claim locks the rows it takes, not the gaps between them, so that
        // sign-ups queueing new mails meanwhile are never held up by it.
        this.claimTransaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.writeTransaction = new TransactionTemplate(transactionManager);
    }

    /**
     * Sends up to {@value #BATCH} due mails, oldest first.
     *
     * @return how many mails the mail server took
     */
    public int sendPending() {
        LocalDateTime now = LocalDateTime.now(clock);
        Batch batch = claimTransaction.execute(status -> {
            List<Long> ids = repository.claimDue(now, BATCH, now.plus(LEASE));
            return ids.isEmpty() ? Batch.EMPTY
                    : new Batch(repository.pending(ids), repository.pendingAccountMails(ids));
        });
        if (batch == null) {
            return 0;
        }
        int sent = 0;
        for (PendingMail mail : batch.workshopMails()) {
            if (send(mail)) {
                sent++;
            }
        }
        for (PendingAccountMail mail : batch.accountMails()) {
            if (send(mail)) {
                sent++;
            }
        }
        return sent;
    }

    /** The mails one run claimed: about workshop sign-ups, and about accounts. */
    private record Batch(List<PendingMail> workshopMails, List<PendingAccountMail> accountMails) {
        static final Batch EMPTY = new Batch(List.of(), List.of());
    }

    private boolean send(PendingMail mail) {
        if (mail.email() == null || mail.email().isBlank()) {
            log.warn("Mail {} ({}) has no recipient address; marked done without sending", mail.id(), mail.kind());
            markSent(mail.id(), NO_ADDRESS);
            return false;
        }
        if (mail.kind() == MailKind.REMINDER
                && !("CONFIRMED".equals(mail.signupStatus()) && "OPEN".equals(mail.workshopStatus()))) {
            log.info("Reminder {} is no longer due (sign-up {}, workshop {}); not sent", mail.id(),
                    mail.signupStatus(), mail.workshopStatus());
            markSent(mail.id(), "outdated");
            return false;
        }
        return send(mail.id(), mail.kind(), mail.attempts(), () -> message(mail));
    }

    private boolean send(PendingAccountMail mail) {
        return send(mail.id(), mail.mail().kind(), mail.attempts(), () -> message(mail));
    }

    /** Builds a mail; a failure to build counts as a failed try, like a failure to send. */
    private interface MessageBuilder {
        MimeMessage build() throws MessagingException;
    }

    private boolean send(long id, MailKind kind, int attempts, MessageBuilder builder) {
        try {
            mailSender.send(builder.build());
        } catch (RuntimeException | MessagingException e) {
            failed(id, kind, attempts, e);
            return false;
        }
        markSent(id, null);
        log.debug("Mail {} ({}) sent", id, kind);
        return true;
    }

    private MimeMessage message(PendingMail mail) throws MessagingException {
        MailComposer.ComposedMail content = composer.compose(mail, clock.instant());
        MimeMessage message = mailSender.createMimeMessage();
        var calendar = content.calendar();
        var helper = new MimeMessageHelper(message, calendar != null, StandardCharsets.UTF_8.name());
        helper.setFrom(settings.from());
        helper.setTo(mail.email());
        if (mail.centreEmail() != null && !mail.centreEmail().isBlank()) {
            helper.setReplyTo(mail.centreEmail());
        }
        helper.setSubject(content.subject());
        helper.setText(content.text(), false);
        if (calendar != null) {
            helper.addAttachment(WorkshopCalendar.FILE_NAME, new ByteArrayResource(calendar.content()),
                    calendar.contentType());
        }
        return message;
    }

    private MimeMessage message(PendingAccountMail mail) throws MessagingException {
        MailComposer.ComposedMail content = composer.compose(mail);
        MimeMessage message = mailSender.createMimeMessage();
        var helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
        helper.setFrom(settings.from());
        helper.setTo(mail.mail().email());
        helper.setSubject(content.subject());
        helper.setText(content.text(), false);
        return message;
    }

    private void markSent(long id, @Nullable String note) {
        writeTransaction.executeWithoutResult(status -> repository.markSent(id, LocalDateTime.now(clock), note));
    }

    private void failed(long id, MailKind kind, int previousAttempts, Exception e) {
        int attempts = previousAttempts + 1;
        String error = describe(e);
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime nextTry;
        boolean givenUp = attempts >= settings.maxAttempts();
        if (givenUp) {
            nextTry = GIVEN_UP;
            log.error("Mail {} ({}) failed {} times and is given up: {}", id, kind, attempts, error);
        } else {
            nextTry = now.plus(backoff(attempts)).truncatedTo(ChronoUnit.SECONDS);
            log.warn("Mail {} ({}) failed (attempt {} of {}), next try at {}: {}", id, kind, attempts,
                    settings.maxAttempts(), nextTry, error);
        }
        writeTransaction.executeWithoutResult(status -> repository.markFailed(id, attempts, error, nextTry, givenUp));
    }

    /** How long to wait after the given number of failed attempts (1-based). */
    static Duration backoff(int attempts) {
        return BACKOFF.get(Math.min(Math.max(attempts, 1), BACKOFF.size()) - 1);
    }

    /**
     * The failure in a line, for the log and last_error. Mail servers name the recipient in their
     * refusals ("550 5.1.1 <anna@skola.lv>: unknown user"): addresses are replaced, since logs carry
     * ids, not addresses.
     */
    static String describe(Exception e) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
        String text = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        text = ADDRESS.matcher(text).replaceAll("…");
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }
}
