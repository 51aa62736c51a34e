package lv.kopiena.backup;

import java.nio.file.Path;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The start options, the same with the embedded and a configured database, run after the database
 * is reachable and before Flyway migrates it (so a restored older backup is then brought up to
 * date, and a backup made before an upgrade holds the data as it was):
 * <ul>
 * <li>{@code --kopiena.restore=<file>} restores that backup (a path, or a name in the backup
 * folder) into the configured database; a file whose checksum does not match stops the start
 * with a short message and a non-zero exit status, before anything is changed;</li>
 * <li>{@code --kopiena.backup-now} makes a backup first.</li>
 * </ul>
 * Then the application starts normally.
 */
@Configuration(proxyBeanMethods = false)
class BackupOnStart {

    @Bean
    FlywayMigrationStrategy restoreOrBackUpThenMigrate(Backups backups, Environment env, StartBackupEvents events) {
        String restore = env.getProperty("kopiena.restore", "");
        String backupNow = env.getProperty("kopiena.backup-now");
        boolean backUp = backupNow != null && !"false".equalsIgnoreCase(backupNow.strip());
        return flyway -> {
            if (StringUtils.hasText(restore)) {
                backups.restore(Path.of(restore.strip()), flyway.getConfiguration().getDataSource());
                events.add("restored " + Path.of(restore.strip()).getFileName() + " at start");
            }
            if (backUp) {
                BackupFile made = backups.make();
                events.add("made " + made.name() + " sha256=" + made.sha256() + " at start");
            }
            flyway.migrate();
        };
    }
}
