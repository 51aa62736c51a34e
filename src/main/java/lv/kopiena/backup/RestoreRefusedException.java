package lv.kopiena.backup;

/**
 * A restore refused before anything in the database was touched: the file is missing, has no
 * checksum, or its checksum does not match. Stops the start (see {@link BackupFailureAnalyzer}).
 */
public class RestoreRefusedException extends BackupException {

    public RestoreRefusedException(String message) {
        super(message);
    }
}
