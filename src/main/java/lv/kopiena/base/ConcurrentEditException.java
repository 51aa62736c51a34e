package lv.kopiena.base;

/** Someone else saved the same record after it was opened; the user's save did not overwrite it. */
public class ConcurrentEditException extends RuntimeException {
    public ConcurrentEditException(String what, Throwable cause) {
        super(what + " was changed by someone else after you opened it", cause);
    }
}
