package lv.kopiena.educator;

import static lv.kopiena.jooq.Tables.ATTEMPT_COUNTER;
import static lv.kopiena.jooq.Tables.MAIL_OUTBOX;
import static lv.kopiena.jooq.Tables.PENDING_REGISTRATION;
import static lv.kopiena.jooq.Tables.USER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import lv.kopiena.mail.MailKind;
import lv.kopiena.mail.QueuedMails;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registration links opened at the same moment, against the real MariaDB with real commits: one
 * link clicked many times, and two links of one address clicked together, still make exactly one
 * account. Not rolled back like the other tests: it cleans up after itself.
 */
@SpringBootTest
@ActiveProfiles("test")
class ConfirmRaceTest {

    private static final String EMAIL = "sacensiba.par.kontu@example.lv";
    private static final int CLICKS = 12;

    @Autowired
    EducatorRegistrationService registrations;
    @Autowired
    DSLContext dsl;
    @Autowired
    TransactionTemplate tx;

    @AfterEach
    void cleanUp() {
        tx.executeWithoutResult(s -> {
            dsl.deleteFrom(USER_ACCOUNT).where(USER_ACCOUNT.USERNAME.eq(EMAIL)).execute();
            dsl.deleteFrom(PENDING_REGISTRATION).where(PENDING_REGISTRATION.EMAIL.eq(EMAIL)).execute();
            dsl.deleteFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.RECIPIENT_EMAIL.eq(EMAIL)).execute();
            dsl.deleteFrom(ATTEMPT_COUNTER).execute();
        });
    }

    /** Commits a registration (the service's own transaction) and returns the token its mail carries. */
    private String register() {
        Registration r = new Registration();
        r.setName("Sacensību Dalībniece");
        r.setEmail(EMAIL);
        r.setPassword("rudens-lapas-2026");
        r.setPasswordRepeat("rudens-lapas-2026");
        r.setLanguage("lv");
        r.setPrivacyConsent(true);
        registrations.register(r);
        return new QueuedMails(dsl).latestToken(EMAIL, MailKind.ACCOUNT_CONFIRM);
    }

    /** Every token confirmed by its own thread, all released at once. */
    private List<ConfirmOutcome> confirmAtOnce(List<String> tokens) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(tokens.size());
        try {
            List<Future<ConfirmOutcome>> done = new ArrayList<>();
            for (String token : tokens) {
                done.add(pool.submit(() -> {
                    start.await();
                    return registrations.confirm(token);
                }));
            }
            start.countDown();
            List<ConfirmOutcome> outcomes = new ArrayList<>();
            for (Future<ConfirmOutcome> f : done) {
                outcomes.add(f.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private int accounts() {
        return dsl.fetchCount(USER_ACCOUNT, USER_ACCOUNT.USERNAME.eq(EMAIL));
    }

    @Test
    void one_link_opened_many_times_at_once_makes_one_account() throws Exception {
        String token = register();

        List<ConfirmOutcome> outcomes = confirmAtOnce(java.util.Collections.nCopies(CLICKS, token));

        assertThat(outcomes).filteredOn(o -> o == ConfirmOutcome.CREATED).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o != ConfirmOutcome.CREATED).containsOnly(ConfirmOutcome.INVALID);
        assertThat(accounts()).isEqualTo(1);
        assertThat(dsl.fetchCount(PENDING_REGISTRATION, PENDING_REGISTRATION.EMAIL.eq(EMAIL))).isZero();
    }

    @Test
    void two_links_of_one_address_opened_at_once_make_one_account() throws Exception {
        String first = register();
        String second = register();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < CLICKS; i++) {
            tokens.add(i % 2 == 0 ? first : second);
        }

        List<ConfirmOutcome> outcomes = confirmAtOnce(tokens);

        assertThat(outcomes).filteredOn(o -> o == ConfirmOutcome.CREATED).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o != ConfirmOutcome.CREATED)
                .allMatch(o -> o == ConfirmOutcome.INVALID || o == ConfirmOutcome.ACCOUNT_EXISTS);
        assertThat(accounts()).isEqualTo(1);
        assertThat(dsl.fetchCount(PENDING_REGISTRATION, PENDING_REGISTRATION.EMAIL.eq(EMAIL))).isZero();
    }
}
