package lv.kopiena.backup;

import lv.kopiena.audit.AuditAction;
import lv.kopiena.audit.AuditLog;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import lv.kopiena.base.db.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The nightly backup at {@code kopiena.backup.cron} (02:30 Riga time by default). A failure is
 * logged and the next night tries again; with backups off, the start says so once. Switched off
 * with {@code kopiena.backup.scheduler.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "kopiena.backup.scheduler.enabled", matchIfMissing = true)
class BackupJobs {

    private static final Logger log = LoggerFactory.getLogger(BackupJobs.class);

    private final Backups backups;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    private final StartBackupEvents startEvents;

    BackupJobs(Backups backups, AuditLog audit, PlatformTransactionManager transactions, StartBackupEvents startEvents) {
        this.startEvents = startEvents;
        this.backups = backups;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** A restore or backup done by a start option goes into the audit trail once the app is up. */
    @EventListener(ApplicationReadyEvent.class)
    void recordStartOptions() {
        for (String detail : startEvents.drain()) {
            transaction.executeWithoutResult(s -> audit.recordBySystem(AuditAction.BACKUP, "backup", null, null, detail));
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void sayWhereBackupsGo() {
        if (backups.enabled()) {
            log.info("Nightly backups go to {} (the newest {} are kept)", backups.dir().orElseThrow(), backups.keep());
        } else {
            log.warn("Backups are off: set kopiena.backup.dir (env KOPIENA_BACKUP_DIR) to a folder for the nightly backups");
        }
    }

    @Scheduled(cron = "${kopiena.backup.cron:0 30 2 * * *}", zone = "Europe/Riga")
    void nightly() {
        if (!backups.enabled()) {
            return;
        }
        try {
            BackupFile made = backups.make();
            transaction.executeWithoutResult(s -> audit.recordBySystem(AuditAction.BACKUP, "backup", null, null,
                    "made " + made.name() + " sha256=" + made.sha256()));
        } catch (BackupBusyException e) {
            log.info("Nightly backup skipped: an admin's backup is being made right now");
        } catch (RuntimeException e) {
            log.error("Nightly backup failed, next try tomorrow: {}",
                    DatabaseOutage.isCause(e) ? DatabaseOutage.summary(e) : e.getMessage());
        }
    }
}
