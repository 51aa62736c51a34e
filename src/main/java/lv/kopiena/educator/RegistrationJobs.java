package lv.kopiena.educator;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Registrations whose link has expired (48 hours) are removed every hour: they hold a name, an
 * address and a password hash of someone who never confirmed them.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RegistrationJobs {

    private final EducatorRegistrationService registrations;

    RegistrationJobs(EducatorRegistrationService registrations) {
        this.registrations = registrations;
    }

    @Scheduled(initialDelayString = "PT10M", fixedDelayString = "PT1H")
    void removeExpiredRegistrations() {
        registrations.removeExpired();
    }
}
