package lv.kopiena.backup;

import lv.kopiena.audit.AuditAction;
import lv.kopiena.audit.AuditLog;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import lv.kopiena.base.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The admin's view of the backups: the list (name, time, size, checksum), "back up now", and the
 * download of one file. Admins only: a backup holds every person's data. The nightly backup and
 * the start options do not come through here (they run without a user, see {@link BackupJobs}
 * and {@link BackupOnStart}).
 */
@Service
public class BackupService {

    private final Backups backups;

    private final AuditLog audit;
    private final TransactionTemplate transaction;

    BackupService(Backups backups, AuditLog audit, PlatformTransactionManager transactions) {
        this.backups = backups;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Whether backups are configured, where they go and how many are kept. */
    @PreAuthorize("hasRole('ADMIN')")
    public BackupStatus status() {
        return new BackupStatus(backups.enabled(), backups.dir().map(Object::toString).orElse(""), backups.keep());
    }

    /** The backups, newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<BackupFile> list() {
        return backups.list();
    }

    /**
     * Makes a backup now (the oldest beyond the number kept is removed).
     *
     * @throws BackupBusyException when another backup is being made
     */
    @PreAuthorize("hasRole('ADMIN')")
    public BackupFile backUpNow() {
        BackupFile made = backups.make();
        transaction.executeWithoutResult(s -> audit.record(AuditAction.BACKUP, "backup", null, null,
                "made " + made.name() + " sha256=" + made.sha256()));
        return made;
    }

    /** The content of one backup file, for the admin to download and keep elsewhere. */
    @PreAuthorize("hasRole('ADMIN')")
    public InputStream download(String name) {
        var file = backups.find(name).orElseThrow(() -> new NotFoundException("backup", name));
        // a backup holds everyone's personal data: who took a copy away is in the trail
        transaction.executeWithoutResult(s -> audit.record(AuditAction.EXPORT, "backup", null, null,
                "downloaded " + file.getFileName()));
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether backups are on, their folder and how many are kept. */
    public record BackupStatus(boolean enabled, String dir, int keep) {
    }
}
