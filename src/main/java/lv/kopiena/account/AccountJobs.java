package lv.kopiena.account;

import java.time.Duration;
import lv.kopiena.mail.MailOutbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Housekeeping of the account links, every hour: reset links a day after they expired, and account
 * mails (with their recipient's address and name) a month after they were sent.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AccountJobs {

    /** How long a sent account mail stays in the outbox, for questions like "did my link go out?". */
    static final Duration KEEP_ACCOUNT_MAILS = Duration.ofDays(30);
    private static final Logger log = LoggerFactory.getLogger(AccountJobs.class);

    private final PasswordResetService resets;
    private final MailOutbox mails;

    AccountJobs(PasswordResetService resets, MailOutbox mails) {
        this.resets = resets;
        this.mails = mails;
    }

    @Scheduled(initialDelayString = "PT10M", fixedDelayString = "PT1H")
    void removeSpent() {
        resets.removeExpiredTokens();
        int removed = mails.removeDoneAccountMails(KEEP_ACCOUNT_MAILS);
        if (removed > 0) {
            log.info("Removed {} account mail(s) sent more than {} days ago", removed, KEEP_ACCOUNT_MAILS.toDays());
        }
    }
}
