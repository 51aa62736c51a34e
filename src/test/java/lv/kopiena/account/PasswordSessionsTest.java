package lv.kopiena.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import lv.kopiena.WebTest;
import lv.kopiena.mail.MailKind;
import lv.kopiena.mail.QueuedMails;
import lv.kopiena.security.LoginSessions;
import lv.kopiena.security.LoginSessions.Check;
import lv.kopiena.security.LoginSessions.EndReason;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What a new password does to the sessions of its account, with browsers that really logged in
 * (each its own HTTP session, through the security filter chain): a reset ends them all, a change
 * ends all but the one it was made in. Each browser's session is asked what the security filter asks
 * at that browser's next request ({@link LoginSessions#check}), and its next request is sent.
 */
class PasswordSessionsTest extends WebTest {

    private static final String NEW_PASSWORD = "zila-laiva-uz-ezera";

    @Autowired
    PasswordResetService resets;
    @Autowired
    PasswordChangeService changes;
    @Autowired
    LoginSessions loginSessions;
    @Autowired
    DSLContext dsl;

    @AfterEach
    void forgetRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    /** Makes the browser's session the one of the request this thread serves. */
    private static void requestIn(MockHttpSession browser) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(browser);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    /** What the browser's next request learns about its login session. */
    private Check nextRequestOf(MockHttpSession browser, long accountId) {
        requestIn(browser);
        long id = loginSessions.currentId().orElseThrow(() -> new AssertionError("the browser has no login session"));
        RequestContextHolder.resetRequestAttributes();
        return loginSessions.check(id, accountId, true);
    }

    private String resetLink() {
        resets.requestReset("educator");
        return new QueuedMails(dsl).latestToken("educator@demo.example.lv", MailKind.PASSWORD_RESET);
    }

    private long educator() {
        return login("educator").id();
    }

    @Test
    void after_a_reset_every_browser_of_the_account_is_logged_out() throws Exception {
        MockHttpSession home = browserLoggedInAs("educator", "demo", "10.9.0.1");
        MockHttpSession school = browserLoggedInAs("educator", "demo", "10.9.0.2");
        MockHttpSession someoneElse = browserLoggedInAs("coordinator", "demo", "10.9.0.3");
        long educator = educator();
        long coordinator = login("coordinator").id();
        logout();
        assertThat(nextRequestOf(home, educator).valid()).isTrue();

        resets.reset(resetLink(), NEW_PASSWORD, NEW_PASSWORD);

        assertThat(nextRequestOf(home, educator)).isEqualTo(new Check(false, EndReason.PASSWORD_RESET));
        assertThat(nextRequestOf(school, educator)).isEqualTo(new Check(false, EndReason.PASSWORD_RESET));
        assertThat(nextRequestOf(someoneElse, coordinator).valid()).isTrue();
        // and the filter acts on it: the next page request of each browser goes to the login page
        mvc.perform(get("/activities").with(in(home))).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/activities").with(in(school))).andExpect(redirectedUrl("/login"));
        mvc.perform(loginPost("educator", "demo", "10.9.0.1")).andExpect(redirectedUrl("/login?error"));
        browserLoggedInAs("educator", NEW_PASSWORD, "10.9.0.1");
    }

    @Test
    void after_a_reset_a_locked_out_user_name_logs_in_at_once() throws Exception {
        for (int i = 0; i < 6; i++) {
            mvc.perform(loginPost("educator", "wrong-" + i, "10.9.1.1")).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(loginPost("educator", "demo", "10.9.1.2")).andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());

        resets.reset(resetLink(), NEW_PASSWORD, NEW_PASSWORD);

        browserLoggedInAs("educator", NEW_PASSWORD, "10.9.1.2");
    }

    @Test
    void after_a_change_the_other_browsers_are_logged_out_and_this_one_stays() throws Exception {
        MockHttpSession here = browserLoggedInAs("educator", "demo", "10.9.2.1");
        MockHttpSession elsewhere = browserLoggedInAs("educator", "demo", "10.9.2.2");

        // the change is made in the first browser: its request is the one the service runs in
        requestIn(here);
        long educator = educator();
        changes.change("demo", NEW_PASSWORD, NEW_PASSWORD);
        logout();
        RequestContextHolder.resetRequestAttributes();

        assertThat(nextRequestOf(here, educator).valid()).isTrue();
        assertThat(nextRequestOf(elsewhere, educator)).isEqualTo(new Check(false, EndReason.PASSWORD_CHANGED));
        mvc.perform(get("/activities").with(in(elsewhere))).andExpect(redirectedUrl("/login"));
        // this browser is still logged in: an educator's request for a coordinators' page is refused, not sent to log in
        mvc.perform(get("/activities").with(in(here))).andExpect(status().isForbidden());
        mvc.perform(loginPost("educator", "demo", "10.9.2.3")).andExpect(redirectedUrl("/login?error"));
        browserLoggedInAs("educator", NEW_PASSWORD, "10.9.2.3");
    }
}
