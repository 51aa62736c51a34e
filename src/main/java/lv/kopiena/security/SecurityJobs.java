package lv.kopiena.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Housekeeping of the login throttles: counters quiet for two days are removed every hour. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SecurityJobs {

    private final AttemptLimiter limiter;

    SecurityJobs(AttemptLimiter limiter) {
        this.limiter = limiter;
    }

    @Scheduled(initialDelayString = "PT10M", fixedDelayString = "PT1H")
    void removeStaleCounters() {
        limiter.removeStale();
    }
}
