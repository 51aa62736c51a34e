package lv.kopiena.security;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import lv.kopiena.jooq.tables.records.AttemptCounterRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts attempts of a kind per subject (a user name, an address, an e-mail) and refuses further
 * ones for a growing period once a limit is passed: guessing passwords, creating accounts and
 * asking for reset mails all go through it. An attempt is counted <em>before</em> it is checked,
 * under a row lock in a transaction of its own that commits at once, so that parallel requests
 * cannot all pass while the counter still reads low, and a refused or failed request cannot roll
 * its count back. The first lock lasts {@link Kind#firstLock}, each further lock in a row twice as
 * long as the one before, up to {@link Kind#longestLock}; a quiet {@link Kind#window} starts the
 * count afresh. Infrastructure for the login filter and the anonymous forms, not a service.
 */
@Component
public class AttemptLimiter {

    /** What is counted, with its limit: more than {@code limit} attempts within {@code window} lock the subject. */
    public enum Kind {
        /** Failed logins per user name (counted whether or not the account exists). */
        LOGIN_ACCOUNT(5, Duration.ofHours(1), Duration.ofMinutes(1), Duration.ofHours(1)),
        /** Failed logins per client address, whatever the user names tried. */
        LOGIN_ADDRESS(20, Duration.ofHours(1), Duration.ofMinutes(1), Duration.ofHours(1)),
        /** Registrations sent from one address. */
        REGISTER_ADDRESS(5, Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(24)),
        /** Registrations (and so verification mails) for one e-mail address. */
        REGISTER_EMAIL(3, Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(24)),
        /** Password-reset requests sent from one address. */
        RESET_ADDRESS(10, Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(24)),
        /** Password-reset mails for one account. */
        RESET_ACCOUNT(3, Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(24));

        final int limit;
        final Duration window;
        final Duration firstLock;
        final Duration longestLock;

        Kind(int limit, Duration window, Duration firstLock, Duration longestLock) {
            this.limit = limit;
            this.window = window;
            this.firstLock = firstLock;
            this.longestLock = longestLock;
        }

        public int limit() {
            return limit;
        }
    }

    /**
     * The answer to an attempt: allowed, or refused until a moment (in the application's zone).
     *
     * @param lockedNow this very attempt passed the limit and started the lock (log it as a lock-out)
     */
    public record Verdict(boolean allowed, @Nullable ZonedDateTime lockedUntil, boolean lockedNow) {

        static Verdict allow() {
            return new Verdict(true, null, false);
        }
    }

    private static final int SUBJECT_MAX = 254;

    private final AttemptCounterRepository counters;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    AttemptLimiter(AttemptCounterRepository counters, Clock clock, PlatformTransactionManager transactions) {
        this.counters = counters;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Counts an attempt and says whether it may go ahead. */
    public Verdict attempt(Kind kind, String subject) {
        String key = normalize(subject);
        return Objects.requireNonNull(ownTransaction.execute(status -> {
            LocalDateTime now = now();
            AttemptCounterRecord c = counters.lock(kind.name(), key, now);
            if (c.getLockedUntil() != null && c.getLockedUntil().isAfter(now)) {
                return new Verdict(false, zoned(c.getLockedUntil()), false);
            }
            boolean quiet = c.getLastAttemptAt().plus(kind.window).isBefore(now);
            if (quiet || c.getLockedUntil() != null) {
                // a window passed without attempts, or a lock ran out: count afresh
                c.setAttempts(0);
                c.setWindowStart(now);
                c.setLockedUntil(null);
            }
            if (quiet && c.getLastAttemptAt().plus(kind.longestLock).plus(kind.window).isBefore(now)) {
                c.setLockouts(0);
            }
            c.setAttempts(c.getAttempts() + 1);
            c.setLastAttemptAt(now);
            Verdict verdict = Verdict.allow();
            if (c.getAttempts() > kind.limit) {
                LocalDateTime until = now.plus(lockLength(kind, c.getLockouts()));
                c.setLockouts(c.getLockouts() + 1);
                c.setLockedUntil(until);
                c.setAttempts(0);
                verdict = new Verdict(false, zoned(until), true);
            }
            counters.store(c);
            return verdict;
        }));
    }

    /** Forgets a subject's attempts and locks (a successful login, a changed password). */
    public void forget(Kind kind, String subject) {
        ownTransaction.executeWithoutResult(status -> counters.delete(kind.name(), normalize(subject)));
    }

    /** Takes back one counted attempt that turned out fine (a successful login from an address). */
    public void forgive(Kind kind, String subject) {
        String key = normalize(subject);
        ownTransaction.executeWithoutResult(status -> {
            AttemptCounterRecord c = counters.lock(kind.name(), key, now());
            if (c.getAttempts() > 0) {
                c.setAttempts(c.getAttempts() - 1);
                counters.store(c);
            }
        });
    }

    /** Until when a subject is locked, if it is now (read afresh, whatever the caller's transaction saw). */
    public Optional<ZonedDateTime> lockedUntil(Kind kind, String subject) {
        AttemptCounterRecord c = ownTransaction.execute(status -> counters.find(kind.name(), normalize(subject)));
        LocalDateTime now = now();
        return c == null || c.getLockedUntil() == null || !c.getLockedUntil().isAfter(now)
                ? Optional.empty() : Optional.of(zoned(c.getLockedUntil()));
    }

    /** Counters that have been quiet for two days are not needed any more ({@link SecurityJobs}). */
    void removeStale() {
        LocalDateTime now = now();
        ownTransaction.executeWithoutResult(status -> counters.deleteStale(now.minusDays(2), now));
    }

    static Duration lockLength(Kind kind, int earlierLockouts) {
        Duration length = kind.firstLock;
        for (int i = 0; i < earlierLockouts && length.compareTo(kind.longestLock) < 0; i++) {
            length = length.multipliedBy(2);
        }
        return length.compareTo(kind.longestLock) > 0 ? kind.longestLock : length;
    }

    /** User names and e-mails compare without case and surrounding space; long input is cut. */
    static String normalize(String subject) {
        String s = subject.strip().toLowerCase(Locale.ROOT);
        return s.length() <= SUBJECT_MAX ? s : s.substring(0, SUBJECT_MAX);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    private ZonedDateTime zoned(LocalDateTime time) {
        ZoneId zone = clock.getZone();
        return time.atZone(zone);
    }
}
