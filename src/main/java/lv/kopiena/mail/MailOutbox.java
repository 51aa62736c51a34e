package lv.kopiena.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues a mail in the caller's transaction: it is sent only if that transaction commits, and it
 * stays queued until the mail server has taken it. Workshop mails name the sign-up they are
 * about; account mails ({@link AccountMail}) carry their recipient and link themselves.
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
        if (kind.aboutAccount()) {
            throw new IllegalArgumentException(kind + " is an account mail, not about a sign-up");
        }
        repository.insert(kind, signupId, LocalDateTime.now(clock));
    }

    /** @return the outbox row's id (for logs and tests; it tells nothing about the recipient) */
    @Transactional(propagation = Propagation.MANDATORY)
    public long enqueue(AccountMail mail) {
        return repository.insert(mail, LocalDateTime.now(clock));
    }

    /**
     * Removes account mails that were sent (or given up) and queued longer ago than {@code age}:
     * they hold an address and a name, some of people who never became users.
     *
     * @return how many were removed
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public int removeDoneAccountMails(Duration age) {
        return repository.deleteDoneAccountMails(LocalDateTime.now(clock).minus(age), MailOutboxSender.GIVEN_UP);
    }
}
