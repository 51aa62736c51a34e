package lv.kopiena.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;

/**
 * Runs right after a successful login (after the session id was changed against session
 * fixation): records the login session and ties it to the HTTP session.
 */
class LoginSessionStrategy implements SessionAuthenticationStrategy {

    private final LoginSessions sessions;

    LoginSessionStrategy(LoginSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void onAuthentication(Authentication authentication, HttpServletRequest request,
                                 HttpServletResponse response) {
        if (authentication.getPrincipal() instanceof KopienaUser user) {
            sessions.start(user, request);
        }
    }
}
