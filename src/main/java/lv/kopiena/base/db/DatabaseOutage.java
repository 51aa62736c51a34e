package lv.kopiena.base.db;

import java.net.ConnectException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure caused by an unreachable database (server stopped, restarting, network gone)
 * from any other failure. Such a failure says nothing about the request: the same request works
 * again once the server is back (the connection pool reconnects by itself), so the reader gets
 * "try again in a moment" instead of an error, and the log gets one line instead of a stack trace.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    /** Whether the failure, or anything in its chain of causes, is a lost or refused connection. */
    public static boolean isCause(Throwable error) {
        Throwable e = error;
        for (int depth = 0; e != null && depth < 30; depth++) {
            if (e instanceof CannotCreateTransactionException
                    || e instanceof DataAccessResourceFailureException
                    || e instanceof SQLTransientConnectionException
                    || e instanceof SQLNonTransientConnectionException
                    || e instanceof ConnectException) {
                return true;
            }
            if (e.getCause() == e) {
                break;
            }
            e = e.getCause();
        }
        return false;
    }

    /** The failure in a line for the log: its class and message, and those of its innermost cause. */
    public static String summary(Throwable error) {
        Throwable root = error;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 30; depth++) {
            root = root.getCause();
        }
        String text = error.getClass().getSimpleName() + ": " + error.getMessage();
        return root == error ? text : text + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }
}
