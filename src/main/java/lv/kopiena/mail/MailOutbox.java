package lv.kopiena.mail;

import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues a mail about a workshop sign-up in the caller's transaction: it is sent only if that
 * transaction commits, and it stays queued until the mail server has taken it.
 */
@Component
public class MailOutbox {

    private final MailOutboxRepository repository;
    private final Clock clock;

    MailOutbox(MailOutboxRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(MailKind kind, long signupId) {
        repository.insert(kind, signupId, LocalDateTime.now(clock));
    }
}
