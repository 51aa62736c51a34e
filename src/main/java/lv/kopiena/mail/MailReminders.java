package lv.kopiena.mail;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues the reminder mail of each confirmed seat in an open workshop that starts within
 * {@code kopiena.mail.reminder-before} (a day by default), once: the sign-up records when it was
 * reminded. A workshop that has already started gets no reminder. Runs without a user.
 */
@Component
public class MailReminders {

    private static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(MailReminders.class);

    private final MailOutboxRepository repository;
    private final MailSettings settings;
    private final Clock clock;

    MailReminders(MailOutboxRepository repository, MailSettings settings, Clock clock) {
        this.repository = repository;
        this.settings = settings;
        this.clock = clock;
    }

    /** @return how many reminders were queued */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public int queueReminders() {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime until = now.plus(settings.reminderBefore());
        int queued = 0;
        List<Long> signups;
        do {
            signups = repository.lockDueReminders(now, until, BATCH);
            queued += repository.queueReminders(signups, now);
        } while (signups.size() == BATCH);
        if (queued > 0) {
            log.info("Queued {} workshop reminders", queued);
        }
        return queued;
    }
}
