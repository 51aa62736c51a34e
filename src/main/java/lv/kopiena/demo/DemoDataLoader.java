package lv.kopiena.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills an empty database with the demo region on the first start of the embedded demo mode (or
 * when {@code kopiena.demo-data=true}): centres in Latgale, the demo accounts, institutions,
 * the "Active Communities" initiative, participants and two years of activities. Never runs on a
 * database that already has centres, and never in production (no demo accounts there).
 */
@Component
@Order(5)
@ConditionalOnProperty(name = "kopiena.demo-data", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoDataRepository demo;

    DemoDataLoader(DemoDataRepository demo) {
        this.demo = demo;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (demo.hasCentres()) {
            log.info("Database already has data; demo data not loaded");
            return;
        }
        long start = System.nanoTime();
        DemoDataRepository.Summary summary = demo.load();
        log.info("Loaded demo data in {} ms: {}. Demo accounts: admin, coordinator, coordinator-ludza, coordinator-kraslava, educator, funder and educators such as anna.kalnina@example.lv (password 'demo')",
                (System.nanoTime() - start) / 1_000_000, summary);
    }
}
