package lv.kopiena.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import lv.kopiena.base.ConcurrentEditException;
import lv.kopiena.base.NotFoundException;
import lv.kopiena.base.ReferencedException;
import lv.kopiena.base.ValidationException;
import lv.kopiena.base.db.DatabaseOutage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Turns a failure into a sentence the user can act on, in the user's language. Views call
 * {@link #show} from their catch blocks; the session-wide error handler uses it for anything a
 * view did not catch. Unexpected failures are logged with their stack trace, never swallowed (and
 * without the stored values a database message may quote).
 */
public final class ErrorMessages {

    private static final Logger log = LoggerFactory.getLogger(ErrorMessages.class);

    private ErrorMessages() {
    }

    public static String describe(Component c, Throwable error) {
        if (DatabaseOutage.isCause(error)) {
            // an everyday event while the database restarts: one line, no stack trace
            log.warn("Database not reachable: {}", DatabaseOutage.summary(error));
            return c.getTranslation("error.database-unavailable");
        }
        Throwable e = unwrap(error);
        if (e instanceof ConcurrentEditException) {
            return c.getTranslation("error.concurrent-edit");
        }
        if (e instanceof ReferencedException ref) {
            String what = ref.references().stream()
                    .map(r -> c.getTranslation(r.translationKey()) + ": " + r.count())
                    .collect(Collectors.joining(", "));
            return c.getTranslation("error.referenced", what);
        }
        if (e instanceof ValidationException v) {
            return c.getTranslation(v.translationKey(), v.arguments());
        }
        if (e instanceof NotFoundException) {
            return c.getTranslation("error.not-found");
        }
        if (e instanceof AccessDeniedException) {
            return c.getTranslation("error.access-denied");
        }
        if (e instanceof DataAccessException) {
            log.error("Database failure", forLog(e));
            return c.getTranslation("error.database");
        }
        log.error("Unexpected failure", forLog(e));
        return c.getTranslation("error.unexpected");
    }

    /**
     * The failure as the log gets it: the same classes and stack traces, without the values the
     * database quotes in its messages ("Duplicate entry 'anna@example.lv' for key ..."), which can
     * be names or e-mail addresses. Logs carry ids, not personal data.
     */
    static Throwable forLog(Throwable error) {
        return forLog(error, 0);
    }

    private static Throwable forLog(Throwable error, int depth) {
        Throwable cause = error.getCause() == null || error.getCause() == error || depth > 20 ? null
                : forLog(error.getCause(), depth + 1);
        String message = error.getMessage() == null ? null : QUOTED_VALUE.matcher(error.getMessage()).replaceAll("$1'…'");
        LoggedFailure copy = new LoggedFailure(error.getClass().getName() + (message == null ? "" : ": " + message), cause);
        copy.setStackTrace(error.getStackTrace());
        return copy;
    }

    /** MariaDB's messages that quote a stored value. */
    private static final Pattern QUOTED_VALUE = Pattern.compile("(Duplicate entry |Incorrect \\w+ value: )'.*?'(?= for )");

    /** A logged copy of a failure; prints as the original class and (redacted) message. */
    private static final class LoggedFailure extends RuntimeException {
        LoggedFailure(String text, @Nullable Throwable cause) {
            super(text, cause, false, true);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }

    /** Shows the failure as an error notification. */
    public static void show(Component c, Throwable error) {
        Notifications.error(describe(c, error), c.getTranslation("action.close"));
    }

    /** For the session error handler, which has no component at hand. */
    public static void show(Throwable error) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            log.error("Failure outside of a UI", forLog(error));
            return;
        }
        show(ui, error);
    }

    private static Throwable unwrap(Throwable error) {
        Throwable e = error;
        while (e.getCause() != null && !(e instanceof ConcurrentEditException || e instanceof ReferencedException
                || e instanceof ValidationException || e instanceof NotFoundException
                || e instanceof AccessDeniedException || e instanceof DataAccessException)) {
            e = e.getCause();
        }
        return e;
    }
}
