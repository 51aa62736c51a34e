package lv.kopiena.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import lv.kopiena.security.LoginSessions.Check;
import lv.kopiena.security.LoginSessions.EndReason;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks on every request of a logged-in person that the login session still stands (see
 * {@link LoginSessions}). When it was ended (by an admin, a disabled account, a changed role or
 * password) or has run out, the HTTP session is invalidated and the request goes on as an
 * anonymous one: a page request is sent to the login page, and a click in an open Vaadin page gets
 * Vaadin's "session expired" answer, which reloads the page and so lands on the login page too.
 * A fresh session remembers why, for the login page to say.
 */
class SessionCheckFilter extends OncePerRequestFilter {

    private final LoginSessions sessions;

    SessionCheckFilter(LoginSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // the holder's strategy is asked per request: Vaadin installs its own after the filters are built
        SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
        Authentication authentication = contexts.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session != null && authentication != null && authentication.getPrincipal() instanceof KopienaUser user) {
            Check check = session.getAttribute(LoginSessions.ATTRIBUTE) instanceof Long id
                    ? sessions.check(id, user.id(), !isHeartbeat(request))
                    // authenticated without a recorded login: not made by the login form, not trusted
                    : Check.ended(EndReason.EXPIRED);
            if (!check.valid()) {
                contexts.clearContext();
                session.invalidate();
                request.getSession(true).setAttribute(LoginSessions.ENDED_ATTRIBUTE, check.endReason());
            }
        }
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // static files of the frontend carry no data; everything else is checked
        return path.startsWith("/VAADIN/static/") || path.startsWith("/VAADIN/build/")
                || path.startsWith("/themes/") || path.startsWith("/icons/") || path.startsWith("/images/")
                || path.equals("/styles.css") || path.equals("/favicon.ico");
    }

    /** Vaadin's "this tab is still open" request, which says nothing about the person's activity. */
    private static boolean isHeartbeat(HttpServletRequest request) {
        return "heartbeat".equals(request.getParameter("v-r"));
    }
}
