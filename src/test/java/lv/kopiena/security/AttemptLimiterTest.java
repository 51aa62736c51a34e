package lv.kopiena.security;

import lv.kopiena.base.TestClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import lv.kopiena.IntegrationTest;
import lv.kopiena.security.AttemptLimiter.Kind;
import lv.kopiena.security.AttemptLimiter.Verdict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/** The lock grows with each lock-out in a row, runs out on time, and a quiet spell forgives. */
class AttemptLimiterTest extends IntegrationTest {

    @Autowired
    AttemptCounterRepository counters;
    @Autowired
    PlatformTransactionManager transactions;

    TestClock clock;
    AttemptLimiter limiter;
    /** When the last lock made by {@link #lockAfterLimit} runs out. */
    Instant lockEnds;

    @BeforeEach
    void setUp() {
        clock = new TestClock(Instant.parse("2026-03-10T08:00:00Z"));
        limiter = new AttemptLimiter(counters, clock, transactions);
    }

    @Test
    void the_lock_doubles_with_each_lock_out_in_a_row_up_to_an_hour() {
        assertThat(lockAfterLimit("anna")).isEqualTo(Duration.ofMinutes(1));
        assertThat(lockAfterLimit("anna")).isEqualTo(Duration.ofMinutes(2));
        assertThat(lockAfterLimit("anna")).isEqualTo(Duration.ofMinutes(4));
        for (int i = 0; i < 5; i++) {
            lockAfterLimit("anna");
        }
        assertThat(lockAfterLimit("anna")).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void while_locked_attempts_are_refused_and_not_counted() {
        lockAfterLimit("berta");
        Verdict refused = limiter.attempt(Kind.LOGIN_ACCOUNT, "berta");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.lockedNow()).isFalse();
        clock.advance(Duration.ofSeconds(61));
        // the lock ran out: five fresh attempts are allowed again
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.attempt(Kind.LOGIN_ACCOUNT, "berta").allowed()).isTrue();
        }
        assertThat(limiter.attempt(Kind.LOGIN_ACCOUNT, "berta").allowed()).isFalse();
    }

    @Test
    void an_hour_without_attempts_starts_the_count_afresh_and_a_long_quiet_spell_forgets_earlier_locks() {
        for (int i = 0; i < 4; i++) {
            limiter.attempt(Kind.LOGIN_ACCOUNT, "cilda");
        }
        clock.advance(Duration.ofMinutes(61));
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.attempt(Kind.LOGIN_ACCOUNT, "cilda").allowed()).isTrue();
        }
        assertThat(limiter.attempt(Kind.LOGIN_ACCOUNT, "cilda").allowed()).isFalse();
        clock.advance(Duration.ofHours(3));
        assertThat(lockAfterLimit("cilda")).as("after a quiet spell the first lock is short again")
                .isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void names_are_counted_without_case_or_surrounding_spaces() {
        for (int i = 0; i < 5; i++) {
            limiter.attempt(Kind.LOGIN_ACCOUNT, i % 2 == 0 ? "Dace " : "dace");
        }
        assertThat(limiter.attempt(Kind.LOGIN_ACCOUNT, " DACE").allowed()).isFalse();
        assertThat(limiter.lockedUntil(Kind.LOGIN_ACCOUNT, "dace")).isPresent();
        limiter.forget(Kind.LOGIN_ACCOUNT, "Dace");
        assertThat(limiter.lockedUntil(Kind.LOGIN_ACCOUNT, "dace")).isEmpty();
    }

    /**
     * Waits out the last lock, then makes attempts until the subject is locked again; the new lock's
     * length.
     */
    private Duration lockAfterLimit(String subject) {
        if (lockEnds != null && clock.instant().isBefore(lockEnds.plusSeconds(1))) {
            clock.advance(Duration.between(clock.instant(), lockEnds.plusSeconds(1)));
        }
        Verdict v;
        do {
            v = limiter.attempt(Kind.LOGIN_ACCOUNT, subject);
        } while (v.allowed());
        assertThat(v.lockedNow()).isTrue();
        lockEnds = v.lockedUntil().toInstant();
        return Duration.between(clock.instant(), lockEnds);
    }
}
