package lv.kopiena.certificate;

import static lv.kopiena.certificate.CertificateFixtures.PREILI;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import lv.kopiena.IntegrationTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two first downloads of one certificate at the same time, in real transactions that commit (so
 * this test cleans up after itself): the first holds its new certificate uncommitted while the
 * second tries to issue one too; both must end with the same single certificate.
 */
class ConcurrentIssueTest extends IntegrationTest {

    @Autowired
    CertificateService certificates;
    @Autowired
    DSLContext dsl;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void two_concurrent_first_downloads_end_with_one_certificate() throws Exception {
        CertificateFixtures fixtures = new CertificateFixtures(dsl);
        TransactionTemplate inTransaction = new TransactionTemplate(transactions);
        long workshop = inTransaction.execute(s ->
                fixtures.workshop(PREILI, "Vienlaicīga lejupielāde", LocalDateTime.of(2025, 2, 3, 10, 0), "3"));
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            long signup = inTransaction.execute(s -> fixtures.signup(workshop, fixtures.accountId("educator"), "CONFIRMED", true));
            Authentication educator = authentication("educator");
            CountDownLatch firstIssued = new CountDownLatch(1);
            CountDownLatch letFirstCommit = new CountDownLatch(1);

            Future<String> first = threads.submit(() -> as(educator, () -> inTransaction.execute(s -> {
                String code = certificates.issue(signup).code();
                firstIssued.countDown();
                await(letFirstCommit);
                return code;
            })));
            assertThat(firstIssued.await(30, TimeUnit.SECONDS)).isTrue();
            Future<String> second = threads.submit(() -> as(educator, () -> certificates.issue(signup).code()));
            // Give the second request time to reach its insert, which waits on the first one's row.
            Thread.sleep(500);
            letFirstCommit.countDown();

            String firstCode = first.get(60, TimeUnit.SECONDS);
            assertThat(second.get(60, TimeUnit.SECONDS)).isEqualTo(firstCode);
            assertThat(fixtures.certificatesOf(signup)).isEqualTo(1);
        } finally {
            threads.shutdownNow();
            inTransaction.executeWithoutResult(s -> fixtures.deleteWorkshop(workshop));
        }
    }

    private Authentication authentication(String username) {
        login(username);
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        logout();
        return auth;
    }

    private static <T> T as(Authentication auth, java.util.function.Supplier<T> action) {
        SecurityContextHolder.getContext().setAuthentication(auth);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
