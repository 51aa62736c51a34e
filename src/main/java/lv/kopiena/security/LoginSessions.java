package lv.kopiena.security;

import static lv.kopiena.jooq.Tables.LOGIN_SESSION;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The sessions people are logged in with, kept in the database next to the servlet container's
 * own. A row is written at login ({@link LoginSessionStrategy}) and its id kept in the HTTP
 * session; {@link SessionCheckFilter} reads it on every request and ends the HTTP session when the
 * row was ended, has outlived {@code kopiena.session.max-lifetime} (12 h) or its account was
 * disabled. Ending rows is therefore how an admin, a disabled account, a changed role or centre
 * and a changed password end sessions at once, on whichever server and browser they are, at their
 * next request. Idle sessions are closed by the container after {@code server.servlet.session.timeout}
 * (30 min; Vaadin's {@code closeIdleSessions} keeps the heartbeat from counting as activity), which
 * ends their row here. Infrastructure used by the security filters and by services that change
 * accounts; the admin's view of it goes through {@code user.UserSessionService}.
 */
@Component
public class LoginSessions {

    /** The HTTP session attribute that holds the login_session row id. */
    static final String ATTRIBUTE = LoginSessions.class.getName() + ".id";
    /** Left in a fresh session when one was ended on the server, so the login page can say why. */
    public static final String ENDED_ATTRIBUTE = LoginSessions.class.getName() + ".ended";
    /** last_seen_at is written at most this often per session, not on every click. */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    private static final int USER_AGENT_MAX = 300;

    /** Why a session ended. Stored in login_session.end_reason. */
    public enum EndReason {
        LOGOUT, IDLE, EXPIRED, ENDED_BY_ADMIN, ACCOUNT_DISABLED, ACCOUNT_CHANGED, PASSWORD_CHANGED,
        PASSWORD_RESET, ACCOUNT_DELETED, SERVER_RESTART
    }

    /** What a request learns about its session. */
    public record Check(boolean valid, @Nullable EndReason endReason) {
        static final Check VALID = new Check(true, null);

        static Check ended(EndReason reason) {
            return new Check(false, reason);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(LoginSessions.class);

    private final LoginSessionRepository sessions;
    private final Clock clock;
    private final Duration maxLifetime;
    private final Duration idleTimeout;

    LoginSessions(LoginSessionRepository sessions, Clock clock,
                  @Value("${kopiena.session.max-lifetime:PT12H}") Duration maxLifetime,
                  @Value("${server.servlet.session.timeout:PT30M}") Duration idleTimeout) {
        this.sessions = sessions;
        this.clock = clock;
        this.maxLifetime = maxLifetime;
        this.idleTimeout = idleTimeout;
    }

    /** Records a new login and ties it to the request's HTTP session. */
    @Transactional
    public long start(KopienaUser user, HttpServletRequest request) {
        LocalDateTime now = now();
        String agent = request.getHeader("User-Agent");
        if (agent != null && agent.length() > USER_AGENT_MAX) {
            agent = agent.substring(0, USER_AGENT_MAX);
        }
        long id = sessions.insert(user.id(), now, now.plus(maxLifetime), ClientAddress.of(request), agent);
        HttpSession session = request.getSession();
        session.setAttribute(ATTRIBUTE, id);
        session.removeAttribute(ENDED_ATTRIBUTE);
        log.info("Session {} started for account {} from {}", id, user.id(), ClientAddress.of(request));
        return id;
    }

    /**
     * Whether the session of an authenticated request may go on; ends the row when it has just run
     * out or its account was disabled. Writes last_seen_at at most once a minute.
     *
     * @param activity false for requests that only say the page is still open (Vaadin's heartbeat)
     */
    @Transactional
    public Check check(long id, long userAccountId, boolean activity) {
        Optional<LoginSessionRepository.State> found = sessions.state(id);
        if (found.isEmpty() || found.get().userAccountId() != userAccountId) {
            return Check.ended(EndReason.ACCOUNT_DELETED);
        }
        LoginSessionRepository.State state = found.get();
        if (state.endedAt() != null) {
            return Check.ended(EndReason.valueOf(state.endReason()));
        }
        LocalDateTime now = now();
        if (!state.expiresAt().isAfter(now)) {
            end(id, EndReason.EXPIRED, null);
            return Check.ended(EndReason.EXPIRED);
        }
        if (!state.accountEnabled()) {
            end(id, EndReason.ACCOUNT_DISABLED, null);
            return Check.ended(EndReason.ACCOUNT_DISABLED);
        }
        if (activity && state.lastSeenAt().plus(TOUCH_EVERY).isBefore(now)) {
            sessions.touch(id, now);
        }
        return Check.VALID;
    }

    /** Ends one session (an admin's choice, a logout, the container dropping it). */
    @Transactional
    public boolean end(long id, EndReason reason, @Nullable Long endedBy) {
        boolean ended = sessions.end(LOGIN_SESSION.ID.eq(id), now(), reason.name(), endedBy) == 1;
        if (ended) {
            log.info("Session {} ended ({}){}", id, reason, endedBy == null ? "" : " by account " + endedBy);
        }
        return ended;
    }

    /** Ends every open session of an account, e.g. when it is disabled or its role changes. */
    @Transactional
    public int endAllOf(long userAccountId, EndReason reason, @Nullable Long endedBy) {
        int ended = sessions.end(LOGIN_SESSION.USER_ACCOUNT_ID.eq(userAccountId), now(), reason.name(), endedBy);
        if (ended > 0) {
            log.info("{} session(s) of account {} ended ({})", ended, userAccountId, reason);
        }
        return ended;
    }

    /**
     * Ends every open session of an account except the one of the current request: after a person
     * changed their own password, their other browsers are logged out, this one stays.
     */
    @Transactional
    public int endOthersOf(long userAccountId, EndReason reason) {
        var which = LOGIN_SESSION.USER_ACCOUNT_ID.eq(userAccountId);
        Optional<Long> current = currentId();
        if (current.isPresent()) {
            which = which.and(LOGIN_SESSION.ID.ne(current.get()));
        }
        int ended = sessions.end(which, now(), reason.name(), null);
        if (ended > 0) {
            log.info("{} other session(s) of account {} ended ({})", ended, userAccountId, reason);
        }
        return ended;
    }

    /** The login_session id of the current request's HTTP session, if it has one. */
    public Optional<Long> currentId() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            HttpSession session = servlet.getRequest().getSession(false);
            if (session != null && session.getAttribute(ATTRIBUTE) instanceof Long id) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    /** Sessions open now: not ended, and active within the idle timeout. */
    @Transactional(readOnly = true)
    public List<OpenSession> open(int offset, int limit) {
        return sessions.open(now().minus(idleTimeout), offset, limit);
    }

    @Transactional(readOnly = true)
    public int countOpen() {
        return sessions.countOpen(now().minus(idleTimeout));
    }

    /** The container dropped an HTTP session (idle timeout, logout, invalidation): its row ends too. */
    @EventListener
    void sessionDestroyed(HttpSessionDestroyedEvent event) {
        Object id = event.getSession().getAttribute(ATTRIBUTE);
        if (id instanceof Long rowId) {
            try {
                end(rowId, EndReason.IDLE, null);
            } catch (RuntimeException e) {
                // the container may drop sessions while the database is gone (shutdown); the row is then
                // ended at the next start
                log.warn("Could not record the end of session {}: {}", rowId, e.toString());
            }
        }
    }

    /**
     * HTTP sessions do not survive a restart of the application, so rows still open from before
     * belong to sessions that no longer exist.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void endSessionsOfEarlierRuns() {
        int ended = sessions.end(LOGIN_SESSION.STARTED_AT.lt(now()), now(), EndReason.SERVER_RESTART.name(), null);
        if (ended > 0) {
            log.info("{} session(s) left open by an earlier run marked as ended", ended);
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
