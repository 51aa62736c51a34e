package lv.kopiena.report;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Generates the large region at start when asked with {@code --kopiena.generate-region=true} and
 * the database has fewer than 100 centres (after the demo data, so the demo accounts see their
 * slice of it). Never active otherwise, so tests and production never run it by accident.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "kopiena.generate-region", havingValue = "true")
class RegionGeneratorRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RegionGeneratorRunner.class);

    private final RegionGenerator generator;

    RegionGeneratorRunner(RegionGenerator generator) {
        this.generator = generator;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (generator.isLarge()) {
            log.info("The database has 100 or more centres already; no region generated");
            return;
        }
        long start = System.nanoTime();
        Map<String, Long> timings = generator.generate();
        log.info("Generated the large region in {} s: {} (ms per step)", (System.nanoTime() - start) / 1_000_000_000, timings);
    }
}
