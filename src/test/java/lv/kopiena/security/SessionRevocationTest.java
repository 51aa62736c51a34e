package lv.kopiena.security;

import static lv.kopiena.jooq.Tables.LOGIN_SESSION;
import static lv.kopiena.jooq.Tables.USER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDateTime;
import lv.kopiena.WebTest;
import lv.kopiena.security.LoginSessions.EndReason;
import lv.kopiena.user.UserAccountDetails;
import lv.kopiena.user.UserService;
import lv.kopiena.user.UserSessionService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;

/**
 * Sessions end when they must, at once: each test logs in with real browsers (separate sessions,
 * through the real filter chain), changes something as an admin, and sends the next request.
 * A request of an ended session is sent to the login page, whose next page says why.
 */
class SessionRevocationTest extends WebTest {

    @Autowired
    UserService users;
    @Autowired
    UserSessionService sessionAdmin;
    @Autowired
    DSLContext dsl;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    Environment environment;

    @Test
    void an_account_disabled_by_an_admin_is_logged_out_at_its_next_click() throws Exception {
        MockHttpSession ludza = browserLoggedInAs("coordinator-ludza", "demo", "10.2.0.1");
        MockHttpSession preili = browserLoggedInAs("coordinator", "demo", "10.2.0.2");
        assertThat(visit(ludza)).isEqualTo(new Visit(true, null));

        asAdmin(account -> account.setEnabled(false), "coordinator-ludza");

        assertThat(visit(ludza)).as("the disabled account's session").isEqualTo(new Visit(false, EndReason.ACCOUNT_DISABLED));
        assertThat(staysLoggedIn(preili)).as("another account's session").isTrue();
        // and it cannot simply log in again
        MockHttpServletResponse again = mvc.perform(loginPost("coordinator-ludza", "demo", "10.2.0.1")).andReturn().getResponse();
        assertThat(again.getRedirectedUrl()).isEqualTo("/login?error");
    }

    @Test
    void a_changed_role_or_centre_ends_the_sessions_opened_with_the_old_one() throws Exception {
        MockHttpSession first = browserLoggedInAs("coordinator-ludza", "demo", "10.2.0.3");
        MockHttpSession second = browserLoggedInAs("coordinator-ludza", "demo", "10.2.0.4");

        asAdmin(account -> account.setCentreId(centreOf("coordinator-kraslava")), "coordinator-ludza");

        assertThat(visit(first)).isEqualTo(new Visit(false, EndReason.ACCOUNT_CHANGED));
        assertThat(visit(second)).isEqualTo(new Visit(false, EndReason.ACCOUNT_CHANGED));
        MockHttpSession relogged = browserLoggedInAs("coordinator-ludza", "demo", "10.2.0.3");
        asAdmin(account -> {
            account.setRole(Role.FUNDER);
            account.setCentreId(null);
        }, "coordinator-ludza");
        assertThat(staysLoggedIn(relogged)).isFalse();
    }

    @Test
    void a_password_set_by_an_admin_ends_every_session_of_the_account() throws Exception {
        MockHttpSession educator = browserLoggedInAs("educator", "demo", "10.2.0.5");
        asAdmin(account -> account.setNewPassword("Zaļš ābols uz galda 7"), "educator");
        assertThat(visit(educator)).isEqualTo(new Visit(false, EndReason.PASSWORD_RESET));
    }

    @Test
    void an_admin_ends_one_session_and_the_others_go_on() throws Exception {
        MockHttpSession laptop = browserLoggedInAs("coordinator", "demo", "10.2.0.6");
        MockHttpSession phone = browserLoggedInAs("coordinator", "demo", "10.2.0.7");
        long laptopSession = (Long) laptop.getAttribute(LoginSessions.ATTRIBUTE);

        login("admin");
        assertThat(sessionAdmin.open(0, 50)).extracting(OpenSession::id).contains(laptopSession);
        sessionAdmin.end(laptopSession);
        logout();

        assertThat(visit(laptop)).isEqualTo(new Visit(false, EndReason.ENDED_BY_ADMIN));
        assertThat(staysLoggedIn(phone)).isTrue();
        login("admin");
        assertThat(sessionAdmin.open(0, 50)).extracting(OpenSession::id).doesNotContain(laptopSession);
    }

    @Test
    void a_session_ends_after_its_longest_lifetime_however_busy() throws Exception {
        MockHttpSession browser = browserLoggedInAs("coordinator", "demo", "10.2.0.8");
        long id = (Long) browser.getAttribute(LoginSessions.ATTRIBUTE);
        LocalDateTime started = dsl.select(LOGIN_SESSION.STARTED_AT).from(LOGIN_SESSION).where(LOGIN_SESSION.ID.eq(id))
                .fetchSingle(LOGIN_SESSION.STARTED_AT);
        LocalDateTime expires = dsl.select(LOGIN_SESSION.EXPIRES_AT).from(LOGIN_SESSION).where(LOGIN_SESSION.ID.eq(id))
                .fetchSingle(LOGIN_SESSION.EXPIRES_AT);
        assertThat(expires).isEqualTo(started.plusHours(12));

        // twelve hours later
        dsl.update(LOGIN_SESSION).set(LOGIN_SESSION.EXPIRES_AT, LocalDateTime.now().minusMinutes(1))
                .where(LOGIN_SESSION.ID.eq(id)).execute();
        assertThat(visit(browser)).isEqualTo(new Visit(false, EndReason.EXPIRED));
    }

    @Test
    void a_deleted_account_is_logged_out_at_its_next_click() throws Exception {
        MockHttpSession kraslava = browserLoggedInAs("coordinator-kraslava", "demo", "10.2.0.9");
        login("admin");
        users.delete(idOf("coordinator-kraslava"));
        logout();
        assertThat(staysLoggedIn(kraslava)).isFalse();
    }

    @Test
    void logging_out_and_the_container_dropping_an_idle_session_end_the_recorded_session() throws Exception {
        MockHttpSession browser = browserLoggedInAs("coordinator", "demo", "10.2.0.10");
        long loggedOut = (Long) browser.getAttribute(LoginSessions.ATTRIBUTE);
        mvc.perform(post("/logout").with(csrf()).with(in(browser)));
        assertThat(reasonOf(loggedOut)).isEqualTo("LOGOUT");

        MockHttpSession idle = browserLoggedInAs("coordinator", "demo", "10.2.0.11");
        long idleId = (Long) idle.getAttribute(LoginSessions.ATTRIBUTE);
        events.publishEvent(new HttpSessionDestroyedEvent(idle));
        assertThat(reasonOf(idleId)).isEqualTo("IDLE");
    }

    @Test
    void idle_sessions_close_after_thirty_minutes_and_the_heartbeat_does_not_keep_them_open() {
        assertThat(environment.getProperty("server.servlet.session.timeout")).isEqualTo("30m");
        assertThat(environment.getProperty("vaadin.closeIdleSessions", Boolean.class)).isTrue();
        assertThat(environment.getProperty("server.servlet.session.tracking-modes")).isEqualTo("cookie");
        assertThat(environment.getProperty("server.servlet.session.cookie.same-site")).isEqualTo("lax");
    }

    @Test
    void a_heartbeat_does_not_count_as_activity_but_a_click_does() throws Exception {
        MockHttpSession browser = browserLoggedInAs("coordinator", "demo", "10.2.0.12");
        long id = (Long) browser.getAttribute(LoginSessions.ATTRIBUTE);
        LocalDateTime longAgo = LocalDateTime.now().minusMinutes(20).withNano(0);
        dsl.update(LOGIN_SESSION).set(LOGIN_SESSION.LAST_SEEN_AT, longAgo).where(LOGIN_SESSION.ID.eq(id)).execute();

        // the filters decide by Vaadin's request type parameter (MockMvc has no Vaadin servlet behind them)
        mvc.perform(get("/activities").param("v-r", "heartbeat").with(in(browser)));
        assertThat(lastSeen(id)).isEqualTo(longAgo);
        mvc.perform(get("/activities").param("v-r", "uidl").with(in(browser)));
        assertThat(lastSeen(id)).isAfter(longAgo);
    }

    // ---- helpers

    /** What a page request in the browser's session finds: still logged in, or why not. */
    private record Visit(boolean loggedIn, EndReason endReason) {
    }

    private Visit visit(MockHttpSession browser) throws Exception {
        var result = mvc.perform(get("/activities").with(in(browser))).andReturn();
        boolean loggedIn = !"/login".equals(result.getResponse().getRedirectedUrl());
        var session = result.getRequest().getSession(false);
        // an ended session is invalidated; the request that found out leaves the reason in a new one
        EndReason reason = session == null ? null : (EndReason) session.getAttribute(LoginSessions.ENDED_ATTRIBUTE);
        return new Visit(loggedIn, reason);
    }

    private boolean staysLoggedIn(MockHttpSession browser) throws Exception {
        return visit(browser).loggedIn();
    }

    private void asAdmin(java.util.function.Consumer<UserAccountDetails> change, String username) {
        login("admin");
        UserAccountDetails account = users.get(idOf(username));
        change.accept(account);
        users.save(account);
        logout();
    }

    private long idOf(String username) {
        return dsl.select(USER_ACCOUNT.ID).from(USER_ACCOUNT).where(USER_ACCOUNT.USERNAME.eq(username)).fetchSingle(USER_ACCOUNT.ID);
    }

    private Long centreOf(String username) {
        return dsl.select(USER_ACCOUNT.CENTRE_ID).from(USER_ACCOUNT).where(USER_ACCOUNT.USERNAME.eq(username))
                .fetchSingle(USER_ACCOUNT.CENTRE_ID);
    }

    private String reasonOf(long id) {
        return dsl.select(LOGIN_SESSION.END_REASON).from(LOGIN_SESSION).where(LOGIN_SESSION.ID.eq(id))
                .fetchSingle(LOGIN_SESSION.END_REASON);
    }

    private LocalDateTime lastSeen(long id) {
        return dsl.select(LOGIN_SESSION.LAST_SEEN_AT).from(LOGIN_SESSION).where(LOGIN_SESSION.ID.eq(id))
                .fetchSingle(LOGIN_SESSION.LAST_SEEN_AT);
    }
}
