package lv.kopiena.user;

import lv.kopiena.audit.AuditAction;
import lv.kopiena.audit.AuditLog;
import java.util.List;
import lv.kopiena.base.ValidationException;
import lv.kopiena.security.CurrentUser;
import lv.kopiena.security.LoginSessions;
import lv.kopiena.security.LoginSessions.EndReason;
import lv.kopiena.security.OpenSession;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is logged in now, for admins, and ending one of those sessions: the person is logged out at
 * their next click (see {@link LoginSessions}). An admin ends its own session by logging out.
 */
@Service
@Transactional(readOnly = true)
public class UserSessionService {

    private final LoginSessions sessions;
    private final CurrentUser currentUser;

    private final AuditLog audit;

    UserSessionService(LoginSessions sessions, CurrentUser currentUser, AuditLog audit) {
        this.audit = audit;
        this.sessions = sessions;
        this.currentUser = currentUser;
    }

    /** A page of the open sessions, most recently active first. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<OpenSession> open(int offset, int limit) {
        return sessions.open(Math.max(offset, 0), Math.clamp(limit, 0, 500));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public int countOpen() {
        return sessions.countOpen();
    }

    /** Whether the session is the one the calling admin is using right now. */
    @PreAuthorize("hasRole('ADMIN')")
    public boolean isOwn(long sessionId) {
        return sessions.currentId().map(id -> id == sessionId).orElse(false);
    }

    /**
     * Ends a session.
     *
     * @throws ValidationException for the admin's own current session
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void end(long sessionId) {
        if (isOwn(sessionId)) {
            throw new ValidationException("sessions.end.own");
        }
        sessions.end(sessionId, EndReason.ENDED_BY_ADMIN, currentUser.require().id());
        audit.record(AuditAction.SESSION_ENDED, "login_session", sessionId, null, null);
    }
}
