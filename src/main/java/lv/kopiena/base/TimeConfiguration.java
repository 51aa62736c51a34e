package lv.kopiena.base;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock of the application: logic asks it for "now", so tests can fix the time. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    /** Centres are in Latvia; dates and deadlines are read in Riga time. */
    static final ZoneId ZONE = ZoneId.of("Europe/Riga");

    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
