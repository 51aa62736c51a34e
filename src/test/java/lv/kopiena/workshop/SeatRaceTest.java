package lv.kopiena.workshop;

import static lv.kopiena.jooq.Tables.MAIL_OUTBOX;
import static lv.kopiena.jooq.Tables.USER_ACCOUNT;
import static lv.kopiena.jooq.Tables.WORKSHOP;
import static lv.kopiena.jooq.Tables.WORKSHOP_SIGNUP;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import lv.kopiena.base.ValidationException;
import lv.kopiena.security.KopienaUser;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fifty educators (and ten second clicks of the same people) race for the last five seats of a
 * workshop, against the real MariaDB with real commits, many times over. Exactly five get a seat,
 * everyone else waits in the order the lock let them in, nobody is on the list twice, and every
 * sign-up queued exactly one mail. Not rolled back like the other tests: it cleans up after itself.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeatRaceTest {

    private static final String PREFIX = "race-";
    private static final int CAPACITY = 30;
    private static final int ALREADY_SEATED = 25;
    private static final int RACERS = 50;
    private static final int SECOND_CLICKS = 10;
    private static final int LAST_SEATS = CAPACITY - ALREADY_SEATED;

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

    private final List<KopienaUser> seated = new ArrayList<>();
    private final List<KopienaUser> racers = new ArrayList<>();
    private Long workshop;

    @BeforeAll
    void createAccounts() {
        WorkshopFixtures fixtures = new WorkshopFixtures(dsl);
        tx.executeWithoutResult(s -> IntStream.range(0, ALREADY_SEATED + RACERS)
                .forEach(i -> fixtures.educator(PREFIX + i)));
        for (int i = 0; i < ALREADY_SEATED + RACERS; i++) {
            KopienaUser user = (KopienaUser) users.loadUserByUsername(PREFIX + i);
            (i < ALREADY_SEATED ? seated : racers).add(user);
        }
    }

    @AfterEach
    void deleteWorkshop() {
        if (workshop != null) {
            long id = workshop;
            tx.executeWithoutResult(s -> new WorkshopFixtures(dsl).deleteWorkshop(id));
            workshop = null;
        }
    }

    @AfterAll
    void deleteAccounts() {
        tx.executeWithoutResult(s -> new WorkshopFixtures(dsl).deleteAccountsLike(PREFIX));
    }

    @RepeatedTest(10)
    void fifty_concurrent_sign_ups_for_the_last_five_seats_confirm_exactly_five_and_queue_the_rest_in_order()
            throws Exception {
        LocalDateTime nextWeek = LocalDateTime.now(clock).plusDays(7).withNano(0);
        workshop = tx.execute(s -> new WorkshopFixtures(dsl).workshop("Sacensība par vietām", CAPACITY, true, nextWeek));
        long id = workshop;
        for (KopienaUser user : seated) {
            as(user, () -> signups.signUp(id));
        }

        List<KopienaUser> clicks = new ArrayList<>(racers);
        clicks.addAll(racers.subList(0, SECOND_CLICKS));
        Collections.shuffle(clicks);
        var results = new ConcurrentHashMap<Long, List<Object>>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clicks.size());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (KopienaUser user : clicks) {
                done.add(pool.submit(() -> {
                    start.await();
                    Object outcome;
                    try {
                        outcome = as(user, () -> signups.signUp(id));
                    } catch (ValidationException e) {
                        outcome = e.translationKey();
                    }
                    results.computeIfAbsent(user.id(), k -> Collections.synchronizedList(new ArrayList<>()))
                            .add(outcome);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        // Every racer got exactly one place; a second click got the clear message, never a second row.
        assertThat(results).hasSize(RACERS);
        List<SignupResult> places = new ArrayList<>();
        results.values().forEach(outcomes -> {
            assertThat(outcomes.stream().filter(SignupResult.class::isInstance)).hasSize(1);
            assertThat(outcomes.stream().filter(o -> !(o instanceof SignupResult)))
                    .allMatch("workshop.error.already-signed-up"::equals);
            outcomes.stream().filter(SignupResult.class::isInstance).map(SignupResult.class::cast).forEach(places::add);
        });
        assertThat(places.stream().filter(p -> p.status() == SignupStatus.CONFIRMED)).hasSize(LAST_SEATS);
        assertThat(places.stream().filter(p -> p.status() == SignupStatus.WAITING).map(SignupResult::waitingPosition))
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, RACERS - LAST_SEATS).boxed().toList());

        // The database agrees: a full workshop, no duplicates, queue order = arrival order.
        assertThat(dsl.fetchValue(WORKSHOP.CONFIRMED_COUNT, WORKSHOP.ACTIVITY_ID.eq(id))).isEqualTo(CAPACITY);
        var rows = dsl.select(WORKSHOP_SIGNUP.ID, WORKSHOP_SIGNUP.USER_ACCOUNT_ID, WORKSHOP_SIGNUP.STATUS,
                        WORKSHOP_SIGNUP.QUEUE_NO, WORKSHOP_SIGNUP.SIGNED_UP_AT)
                .from(WORKSHOP_SIGNUP).where(WORKSHOP_SIGNUP.WORKSHOP_ID.eq(id))
                .orderBy(WORKSHOP_SIGNUP.QUEUE_NO).fetch();
        assertThat(rows).hasSize(ALREADY_SEATED + RACERS);
        assertThat(rows.getValues(WORKSHOP_SIGNUP.USER_ACCOUNT_ID)).doesNotHaveDuplicates();
        assertThat(rows.getValues(WORKSHOP_SIGNUP.QUEUE_NO))
                .containsExactlyElementsOf(IntStream.rangeClosed(1, ALREADY_SEATED + RACERS).mapToObj(i -> (long) i).toList());
        assertThat(rows.getValues(WORKSHOP_SIGNUP.STATUS))
                .containsExactlyElementsOf(IntStream.range(0, ALREADY_SEATED + RACERS)
                        .mapToObj(i -> i < CAPACITY ? "CONFIRMED" : "WAITING").toList());
        assertThat(rows.getValues(WORKSHOP_SIGNUP.SIGNED_UP_AT)).isSorted();
        for (SignupResult place : places) {
            long queueNo = rows.stream().filter(r -> r.value1() == place.signupId()).findFirst().orElseThrow().value4();
            if (place.status() == SignupStatus.WAITING) {
                assertThat(queueNo).isEqualTo(CAPACITY + place.waitingPosition());
            }
        }

        // One mail per place, of the right kind.
        var mails = dsl.select(MAIL_OUTBOX.KIND, WORKSHOP_SIGNUP.STATUS).from(MAIL_OUTBOX)
                .join(WORKSHOP_SIGNUP).on(WORKSHOP_SIGNUP.ID.eq(MAIL_OUTBOX.SIGNUP_ID))
                .where(WORKSHOP_SIGNUP.WORKSHOP_ID.eq(id)).fetch();
        assertThat(mails).hasSize(ALREADY_SEATED + RACERS);
        assertThat(mails).allMatch(m -> m.value1().equals(m.value2()));
        assertThat(dsl.fetchCount(USER_ACCOUNT, USER_ACCOUNT.USERNAME.startsWith(PREFIX)))
                .isEqualTo(ALREADY_SEATED + RACERS);
    }

    private static <T> T as(KopienaUser user, java.util.function.Supplier<T> action) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
