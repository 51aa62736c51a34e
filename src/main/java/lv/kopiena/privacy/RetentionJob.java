package lv.kopiena.privacy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies every enabled retention rule once a night (03:30), each centre in a transaction of its
 * own, so that one centre's failure does not hold back the others. What it erases is in the audit
 * trail as done by the system.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final RetentionService retention;
    private final TransactionTemplate transactions;

    RetentionJob(RetentionService retention, PlatformTransactionManager transactions) {
        this.retention = retention;
        this.transactions = new TransactionTemplate(transactions);
    }

    @Scheduled(cron = "${kopiena.retention.cron:0 30 3 * * *}", zone = "Europe/Riga")
    void runNightly() {
        for (RetentionRule rule : retention.enabledRules()) {
            try {
                RetentionOutcome outcome = transactions.execute(status -> retention.apply(rule, true));
                if (outcome != null && (outcome.erased() > 0 || outcome.contactsRemoved() > 0)) {
                    log.info("Retention rule of centre {}: {} participant(s) erased, {} contact(s) removed",
                            rule.centreId(), outcome.erased(), outcome.contactsRemoved());
                }
            } catch (RuntimeException e) {
                log.error("Retention rule of centre {} failed", rule.centreId(), e);
            }
        }
    }
}
