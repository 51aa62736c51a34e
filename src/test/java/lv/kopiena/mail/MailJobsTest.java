package lv.kopiena.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The timers call the sender and the reminder job at their configured intervals, unless switched off. */
class MailJobsTest {

    private final MailOutboxSender sender = mock(MailOutboxSender.class);
    private final MailReminders reminders = mock(MailReminders.class);
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(MailJobs.class)
            .withBean(MailOutboxSender.class, () -> sender)
            .withBean(MailReminders.class, () -> reminders);

    @Test
    void the_timers_send_and_queue_reminders_at_their_intervals() {
        runner.withPropertyValues("kopiena.mail.poll-interval=PT0.05S", "kopiena.mail.reminder-check=50ms")
                .run(context -> {
                    verify(sender, timeout(5000).atLeast(2)).sendPending();
                    verify(reminders, timeout(5000).atLeast(2)).queueReminders();
                });
    }

    @Test
    void the_timers_can_be_switched_off() {
        runner.withPropertyValues("kopiena.mail.scheduler.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(MailJobs.class));
    }
}
