package lv.kopiena.mail;

import lv.kopiena.base.db.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The timers of the mail outbox: send what is due every {@code kopiena.mail.poll-interval} (10 s)
 * and queue reminders every {@code kopiena.mail.reminder-check} (15 min). Switched off with
 * {@code kopiena.mail.scheduler.enabled=false} (the tests do, and call the two methods themselves).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "kopiena.mail.scheduler.enabled", matchIfMissing = true)
class MailJobs {

    private static final Logger log = LoggerFactory.getLogger(MailJobs.class);

    private final MailOutboxSender sender;
    private final MailReminders reminders;

    MailJobs(MailOutboxSender sender, MailReminders reminders) {
        this.sender = sender;
        this.reminders = reminders;
    }

    @Scheduled(initialDelayString = "${kopiena.mail.poll-interval:PT10S}",
            fixedDelayString = "${kopiena.mail.poll-interval:PT10S}")
    void sendPending() {
        survive("sending the outbox", sender::sendPending);
    }

    @Scheduled(initialDelayString = "${kopiena.mail.poll-interval:PT10S}",
            fixedDelayString = "${kopiena.mail.reminder-check:PT15M}")
    void queueReminders() {
        survive("queueing reminders", reminders::queueReminders);
    }

    /**
     * Runs a timer's work; a database outage costs this run only (one log line, no stack trace),
     * the queued mails stay in the outbox and the next poll tries again. Other failures are logged
     * in full and do not stop the timer either.
     */
    static void survive(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            if (DatabaseOutage.isCause(e)) {
                log.warn("Mail timer skipped {}: database not reachable ({}); trying again at the next poll", what,
                        DatabaseOutage.summary(e));
            } else {
                log.error("Mail timer failed {}; trying again at the next poll", what, e);
            }
        }
    }
}
