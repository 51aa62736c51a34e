package lv.kopiena.backup;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A restore or backup asked for at start ({@code --kopiena.restore}, {@code --kopiena.backup-now})
 * that failed: Spring Boot's short "APPLICATION FAILED TO START" report with the reason and what
 * to do, instead of a stack trace; the process exits with a non-zero status.
 */
public class BackupFailureAnalyzer extends AbstractFailureAnalyzer<BackupException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BackupException cause) {
        String action = cause instanceof RestoreRefusedException
                ? "Nothing in the database was changed. Check the file name, and that the file and its .sha256 "
                        + "side file are the ones the backup made (sha256sum -c <file>.sha256 in the backup folder)."
                : "See the lines of the backup tool above; the database server must be reachable and the "
                        + "client tools (mariadb-dump, mariadb) on the PATH or in kopiena.backup.bin-dir.";
        return new FailureAnalysis(cause.getMessage(), action, cause);
    }
}
