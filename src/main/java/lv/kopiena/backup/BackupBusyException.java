package lv.kopiena.backup;

/** A backup was asked for while another one is being made. */
public class BackupBusyException extends BackupException {

    public BackupBusyException() {
        super("A backup is already being made");
    }
}
