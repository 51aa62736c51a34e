package lv.kopiena.workshop;

import static lv.kopiena.jooq.Tables.USER_ACCOUNT;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import lv.kopiena.base.ValidationException;
import lv.kopiena.security.KopienaUser;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-ups per second when many clients hit the last seats at once, through SignupService with
 * real commits on the embedded MariaDB: every client signs up once, all released together, for one
 * hot workshop (everyone queues on its row lock) and spread over many workshops. Prints throughput
 * and latency per round; figures, not assertions. Not part of the build (surefire skips
 * *Benchmark): {@code ./mvnw test -Dtest=SignupBenchmark}.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignupBenchmark {

    private static final String PREFIX = "bench-";
    private static final int ACCOUNTS = 400;
    private static final int ROUNDS = 5;

    @Autowired
    SignupService signups;
    @Autowired
    DSLContext dsl;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;
    @Value("${spring.datasource.hikari.maximum-pool-size:10}")
    int poolSize;

    private final List<KopienaUser> clients = new ArrayList<>();
    private final List<Long> workshops = new ArrayList<>();

    @BeforeAll
    void createAccounts() {
        tx.executeWithoutResult(s -> dsl.execute("""
                INSERT INTO user_account (username, password_hash, display_name, email, role)
                WITH RECURSIVE seq (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < ?)
                SELECT CONCAT(?, n), '{noop}x', CONCAT('Pedagogs ', n), CONCAT(?, n, '@example.lv'), 'EDUCATOR'
                FROM seq
                """, ACCOUNTS, PREFIX, PREFIX));
        for (int i = 1; i <= ACCOUNTS; i++) {
            clients.add((KopienaUser) users.loadUserByUsername(PREFIX + i));
        }
    }

    @AfterAll
    void cleanUp() {
        tx.executeWithoutResult(s -> {
            WorkshopFixtures fixtures = new WorkshopFixtures(dsl);
            workshops.forEach(fixtures::deleteWorkshop);
            dsl.deleteFrom(USER_ACCOUNT).where(USER_ACCOUNT.USERNAME.startsWith(PREFIX)).execute();
        });
    }

    @Test
    void sign_ups_per_second_on_the_last_seats() throws Exception {
        System.out.printf("[benchmark] %d cores, connection pool %d%n", Runtime.getRuntime().availableProcessors(),
                poolSize);
        for (int clientCount : List.of(50, 200, 400)) {
            for (int round = 0; round <= ROUNDS; round++) { // round 0 warms up
                race(clientCount, 1, round == 0);
            }
            for (int round = 0; round <= ROUNDS; round++) {
                race(clientCount, 20, round == 0);
            }
        }
    }

    /** All clients sign up at once, spread over {@code workshopCount} workshops with 5 free seats each. */
    private void race(int clientCount, int workshopCount, boolean warmUp) throws Exception {
        LocalDateTime nextWeek = LocalDateTime.now(clock).plusDays(7).withNano(0);
        long[] ids = new long[workshopCount];
        tx.executeWithoutResult(s -> {
            for (int i = 0; i < workshopCount; i++) {
                ids[i] = new WorkshopFixtures(dsl).workshop("Etalons", 5, true, nextWeek);
                workshops.add(ids[i]);
            }
        });
        long[] latencies = new long[clientCount];
        int[] confirmed = new int[1];
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clientCount);
        long began;
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clientCount; c++) {
                int client = c;
                done.add(pool.submit(() -> {
                    start.await();
                    KopienaUser user = clients.get(client);
                    long t0 = System.nanoTime();
                    SecurityContextHolder.getContext().setAuthentication(
                            UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
                    try {
                        if (signups.signUp(ids[client % workshopCount]).status() == SignupStatus.CONFIRMED) {
                            synchronized (confirmed) {
                                confirmed[0]++;
                            }
                        }
                    } catch (ValidationException e) {
                        throw new IllegalStateException(e.translationKey(), e);
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                    latencies[client] = System.nanoTime() - t0;
                    return null;
                }));
            }
            began = System.nanoTime();
            start.countDown();
            for (Future<?> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        long wall = System.nanoTime() - began;
        if (warmUp) {
            return;
        }
        Arrays.sort(latencies);
        System.out.printf("[benchmark] %3d clients on %2d workshop(s) with 5 seats each: %6.0f sign-ups/s "
                        + "(%d in %d ms; %d confirmed, %d waiting); latency p50 %d ms, p95 %d ms, max %d ms%n",
                clientCount, workshopCount, clientCount / (wall / 1e9), clientCount, wall / 1_000_000,
                confirmed[0], clientCount - confirmed[0], latencies[clientCount / 2] / 1_000_000,
                latencies[(int) (clientCount * 0.95)] / 1_000_000, latencies[clientCount - 1] / 1_000_000);
    }
}
