package lv.kopiena.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Seals new audit entries into the chain every few seconds, and removes expired ones daily.
 * Switched off with {@code kopiena.audit.scheduler.enabled=false} (the tests seal themselves).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "kopiena.audit.scheduler.enabled", matchIfMissing = true)
class AuditJobs {

    private static final Logger log = LoggerFactory.getLogger(AuditJobs.class);

    private final AuditChain chain;

    AuditJobs(AuditChain chain) {
        this.chain = chain;
    }

    @Scheduled(initialDelayString = "PT5S", fixedDelayString = "${kopiena.audit.seal-interval:PT5S}")
    void seal() {
        try {
            chain.seal();
        } catch (RuntimeException e) {
            // e.g. the database is unreachable for a moment: the next run seals what is left
            log.warn("Could not seal audit entries: {}", e.getMessage());
        }
    }

    @Scheduled(initialDelayString = "PT15M", fixedDelayString = "P1D")
    void removeExpired() {
        try {
            chain.removeExpired();
        } catch (RuntimeException e) {
            log.warn("Could not remove expired audit entries: {}", e.getMessage());
        }
    }
}
