package lv.kopiena.backup;

import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Where backups go and how the database is reached for them. {@code kopiena.backup.dir} names the
 * folder; the embedded demo database falls back to {@code data/backups} (beside its data); with a
 * configured server and no folder, backups are off (the page and the log say so). The client tools
 * come from {@code kopiena.backup.bin-dir}, else from the embedded server's binaries, else the PATH.
 */
@Component
class BackupSettings {

    private final @Nullable Path dir;
    private final int keep;
    private final @Nullable Path binDir;
    private final String jdbcUrl;
    private final String username;
    private final String password;

    BackupSettings(Environment env) {
        String configured = env.getProperty("kopiena.backup.dir", "");
        String embedded = env.getProperty("kopiena.embedded.backup-dir", "");
        dir = StringUtils.hasText(configured) ? Path.of(configured).toAbsolutePath().normalize()
                : StringUtils.hasText(embedded) ? Path.of(embedded).toAbsolutePath().normalize() : null;
        keep = Math.max(1, env.getProperty("kopiena.backup.keep", Integer.class, 14));
        String bin = env.getProperty("kopiena.backup.bin-dir", "");
        String embeddedBin = env.getProperty("kopiena.embedded.bin-dir", "");
        binDir = StringUtils.hasText(bin) ? Path.of(bin) : StringUtils.hasText(embeddedBin) ? Path.of(embeddedBin) : null;
        jdbcUrl = env.getProperty("spring.datasource.url", "");
        username = env.getProperty("spring.datasource.username", "");
        password = env.getProperty("spring.datasource.password", "");
    }

    /** The backup folder, empty when backups are off. */
    Optional<Path> dir() {
        return Optional.ofNullable(dir);
    }

    int keep() {
        return keep;
    }

    ClientTools tools() {
        return new ClientTools(binDir, DatabaseAddress.parse(jdbcUrl), username, password);
    }
}
