package lv.kopiena.security;

import static lv.kopiena.jooq.Tables.LOGIN_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import lv.kopiena.WebTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Guessing passwords does not work: after 5 failed logins on a user name, or 20 from one
 * address, further logins are refused for a while, the right password included, and every
 * attempt is recorded without the password.
 */
@ExtendWith(OutputCaptureExtension.class)
class LoginThrottleTest extends WebTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    AuthenticationProvider provider;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void five_wrong_passwords_and_then_even_the_right_one_is_refused_until_a_stated_time() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(attempt("coordinator", "wrong-" + i, "10.3.0.1").getResponse().getRedirectedUrl())
                    .isEqualTo("/login?error");
        }
        ZonedDateTime before = ZonedDateTime.now();
        MvcResult sixth = attempt("coordinator", "demo", "10.3.0.1");
        assertThat(sixth.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        // what the login page reads to say until when
        Object shown = sixth.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        assertThat(shown).isInstanceOf(LoginThrottledException.class);
        assertThat(((LoginThrottledException) shown).until()).isBetween(before.plusSeconds(55), before.plusSeconds(65));
        // still refused a moment later, from anywhere
        assertThat(attempt("coordinator", "demo", "10.3.0.2").getResponse().getRedirectedUrl()).isEqualTo("/login?error");

        assertThat(outcomes("coordinator")).containsExactly("FAILURE", "FAILURE", "FAILURE", "FAILURE", "FAILURE",
                "LOCKED_OUT", "REFUSED");
        // other accounts log in as usual
        browserLoggedInAs("coordinator-ludza", "demo", "10.3.0.3");
    }

    @Test
    void twenty_failures_from_one_address_lock_that_address_for_every_name() throws Exception {
        for (int i = 0; i < 20; i++) {
            attempt("guess-" + i, "password" + i, "10.3.1.1");
        }
        assertThat(attempt("coordinator", "demo", "10.3.1.1").getRequest().getSession()
                .getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)).isInstanceOf(LoginThrottledException.class);
        browserLoggedInAs("coordinator", "demo", "10.3.1.2");
    }

    @Test
    void unknown_user_names_are_locked_like_real_ones_so_nobody_learns_which_exist() throws Exception {
        for (int i = 0; i < 5; i++) {
            attempt("no-such-person", "wrong", "10.3.2.1");
        }
        assertThat(attempt("no-such-person", "wrong", "10.3.2.1").getRequest().getSession()
                .getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)).isInstanceOf(LoginThrottledException.class);
        assertThat(outcomes("no-such-person")).endsWith("LOCKED_OUT");
    }

    @Test
    void a_successful_login_starts_the_count_afresh() throws Exception {
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 4; i++) {
                attempt("educator", "wrong", "10.3.3.1");
            }
            browserLoggedInAs("educator", "demo", "10.3.3.1");
        }
    }

    @Test
    void parallel_guesses_cannot_slip_past_the_limit() throws Exception {
        int guesses = 12;
        ExecutorService pool = Executors.newFixedThreadPool(guesses);
        try {
            List<Callable<String>> tasks = new ArrayList<>();
            for (int i = 0; i < guesses; i++) {
                String password = "guess-" + i;
                tasks.add(() -> {
                    try {
                        provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("funder", password));
                        return "logged in";
                    } catch (BadCredentialsException e) {
                        return "checked";
                    } catch (LoginThrottledException e) {
                        return "refused";
                    }
                });
            }
            List<String> results = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(tasks)) {
                results.add(f.get());
            }
            assertThat(results).filteredOn("checked"::equals).hasSize(5);
            assertThat(results).filteredOn("refused"::equals).hasSize(guesses - 5);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void attempts_are_recorded_with_name_address_and_time_but_never_the_password(CapturedOutput output) throws Exception {
        attempt("educator", "Secret-Guess-123", "10.3.4.1");
        browserLoggedInAs("educator", "demo", "10.3.4.1");

        var events = committed(() -> dsl.selectFrom(LOGIN_EVENT).where(LOGIN_EVENT.USERNAME.eq("educator"))
                .orderBy(LOGIN_EVENT.ID).fetch());
        assertThat(events).extracting(e -> e.getOutcome()).containsExactly("FAILURE", "SUCCESS");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.getAddress()).isEqualTo("10.3.4.1");
            assertThat(e.getUserAccountId()).isNotNull();
            assertThat(e.getOccurredAt()).isNotNull();
        });
        assertThat(output.getAll()).doesNotContain("Secret-Guess-123").contains("Failed login for account");
        // the application log names the account by id only: user names are often e-mail addresses
        assertThat(output.getAll()).doesNotContain("for educator").doesNotContain("of educator");
    }

    // ---- helpers

    private MvcResult attempt(String username, String password, String address) throws Exception {
        MockHttpSession browser = new MockHttpSession();
        return mvc.perform(loginPost(username, password, address).with(in(browser))).andReturn();
    }

    private List<String> outcomes(String username) {
        return committed(() -> dsl.select(LOGIN_EVENT.OUTCOME).from(LOGIN_EVENT).where(LOGIN_EVENT.USERNAME.eq(username))
                .orderBy(LOGIN_EVENT.ID).fetch(LOGIN_EVENT.OUTCOME));
    }

    /**
     * Reads what other transactions committed: login events are written in transactions of their
     * own, which the test's transaction, reading from its first snapshot, does not see.
     */
    private <T> T committed(java.util.function.Supplier<T> read) {
        TransactionTemplate fresh = new TransactionTemplate(transactions);
        fresh.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return fresh.execute(status -> read.get());
    }
}
