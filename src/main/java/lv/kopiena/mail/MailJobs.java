package lv.kopiena.mail;

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

    private final MailOutboxSender sender;
    private final MailReminders reminders;

    MailJobs(MailOutboxSender sender, MailReminders reminders) {
        this.sender = sender;
        this.reminders = reminders;
    }

    @Scheduled(initialDelayString = "${kopiena.mail.poll-interval:PT10S}",
            fixedDelayString = "${kopiena.mail.poll-interval:PT10S}")
    void sendPending() {
        sender.sendPending();
    }

    @Scheduled(initialDelayString = "${kopiena.mail.poll-interval:PT10S}",
            fixedDelayString = "${kopiena.mail.reminder-check:PT15M}")
    void queueReminders() {
        reminders.queueReminders();
    }
}
