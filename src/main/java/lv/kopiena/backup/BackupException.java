package lv.kopiena.backup;

/** A backup or restore that could not be made; the message says why, in a line for the log. */
public class BackupException extends RuntimeException {

    public BackupException(String message) {
        super(message);
    }

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
