package lv.kopiena.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class BoundedPasswordEncoderTest {

    /** An encoder that notes how many hashes run at the same moment. */
    private static final class Counting implements PasswordEncoder {
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();

        private String work(CharSequence raw) {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            return "{x}" + raw;
        }

        @Override
        public String encode(CharSequence raw) {
            return work(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            return work(raw).equals(encoded);
        }
    }

    @Test
    void no_more_hashes_run_at_once_than_allowed_and_each_gives_its_answer() throws Exception {
        Counting counting = new Counting();
        PasswordEncoder bounded = new BoundedPasswordEncoder(counting, 3);
        ExecutorService pool = Executors.newFixedThreadPool(24);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                String password = "password-" + i;
                results.add(pool.submit(() -> bounded.matches(password, "{x}" + password)
                        && !bounded.matches(password, "{x}other")));
            }
            for (Future<Boolean> r : results) {
                assertThat(r.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(counting.most.get()).isEqualTo(3);
    }

    @Test
    void a_hash_no_encoder_can_read_does_not_match_instead_of_failing_the_login() {
        PasswordEncoder bounded = new BoundedPasswordEncoder(new org.springframework.security.crypto.password
                .DelegatingPasswordEncoder("bcrypt", java.util.Map.of("bcrypt",
                        new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder())), 2);
        assertThat(bounded.matches("demo", "no-algorithm-prefix")).isFalse();
        assertThat(bounded.matches("demo", "{unknown}abc")).isFalse();
    }
}
