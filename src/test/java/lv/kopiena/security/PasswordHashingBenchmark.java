package lv.kopiena.security;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * What a password costs: one Argon2id hash (19 MiB, 2 iterations) alone, and a crowd of logins
 * at the same moment through the application's encoder, which lets only a few hashes run at once.
 * Prints figures; excluded from {@code ./mvnw verify} like every *Benchmark:
 * {@code ./mvnw test -Dtest=PasswordHashingBenchmark}.
 */
@SpringBootTest
@ActiveProfiles("test")
class PasswordHashingBenchmark {

    private static final String PASSPHRASE = "zaļa laiva uz Rāznas ezera";

    @Autowired
    PasswordEncoder encoder;

    @Test
    void one_hash_and_a_crowd_of_logins() throws Exception {
        String hash = encoder.encode(PASSPHRASE);
        for (int i = 0; i < 5; i++) {
            encoder.matches(PASSPHRASE, hash);
        }
        List<Long> alone = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long start = System.nanoTime();
            encoder.matches(PASSPHRASE, hash);
            alone.add(System.nanoTime() - start);
        }
        System.out.printf("%nOne password check (Argon2id, 19 MiB, 2 iterations), %d cores: median %.1f ms, p95 %.1f ms%n",
                Runtime.getRuntime().availableProcessors(), ms(percentile(alone, 50)), ms(percentile(alone, 95)));

        for (int crowd : new int[] {20, 100}) {
            ExecutorService pool = Executors.newFixedThreadPool(crowd);
            try {
                List<Callable<Long>> logins = new ArrayList<>();
                for (int i = 0; i < crowd; i++) {
                    logins.add(() -> {
                        long start = System.nanoTime();
                        encoder.matches(PASSPHRASE, hash);
                        return System.nanoTime() - start;
                    });
                }
                long start = System.nanoTime();
                List<Long> latencies = new ArrayList<>();
                for (Future<Long> f : pool.invokeAll(logins)) {
                    latencies.add(f.get());
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("%d logins at once: all checked in %.2f s (%.0f/s), wait+check median %.0f ms, p95 %.0f ms%n",
                        crowd, seconds, crowd / seconds, ms(percentile(latencies, 50)), ms(percentile(latencies, 95)));
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static long percentile(List<Long> values, int p) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
