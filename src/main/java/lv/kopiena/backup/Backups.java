package lv.kopiena.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes, lists, prunes and restores backups: a consistent snapshot of the whole database taken by
 * MariaDB's own {@code mariadb-dump --single-transaction} (InnoDB: no locks, the application keeps
 * working), with DROP TABLE statements so that it restores into an empty or an existing database,
 * gzip-compressed, and with a {@code sha256sum}-format side file. Files are readable by their
 * owner only: they hold everybody's personal data. One backup at a time.
 *
 * <p>Infrastructure without a user: the nightly timer and the start options call it directly;
 * people reach it only through {@link BackupService}, which checks that they are admins.
 */
@Component
class Backups {

    static final String SUFFIX = ".sql.gz";
    static final String CHECKSUM_SUFFIX = ".sha256";
    private static final Pattern NAME = Pattern.compile("kopiena-(\\d{8}-\\d{6})(?:-(\\d+))?\\.sql\\.gz");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Logger log = LoggerFactory.getLogger(Backups.class);

    private final BackupSettings settings;
    private final Clock clock;
    private final ReentrantLock making = new ReentrantLock();

    Backups(BackupSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    boolean enabled() {
        return settings.dir().isPresent();
    }

    Optional<Path> dir() {
        return settings.dir();
    }

    int keep() {
        return settings.keep();
    }

    /** Makes a backup now and then removes the oldest beyond {@code kopiena.backup.keep}. */
    BackupFile make() {
        Path dir = settings.dir().orElseThrow(() -> new BackupException(
                "Backups are off: set kopiena.backup.dir (env KOPIENA_BACKUP_DIR) to a folder"));
        if (!making.tryLock()) {
            throw new BackupBusyException();
        }
        try {
            long start = System.nanoTime();
            Files.createDirectories(dir);
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            LocalDateTime now = LocalDateTime.now(clock);
            Path file = freeName(dir, now);
            Path partial = dir.resolve("." + file.getFileName() + ".partial");
            Files.deleteIfExists(partial);
            Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            MessageDigest sha = sha256();
            ClientTools tools = settings.tools();
            try {
                tools.run(List.of("mariadb-dump", "mysqldump"), List.of(
                        "--single-transaction", "--quick", "--add-drop-table", "--triggers", "--hex-blob",
                        "--default-character-set=utf8mb4", "--skip-dump-date", "--skip-lock-tables",
                        tools.address().database()), (toTool, fromTool) -> {
                            try (OutputStream out = new GZIPOutputStream(new DigestOutputStream(
                                    Files.newOutputStream(partial), sha), 1 << 16)) {
                                fromTool.transferTo(out);
                            }
                        });
            } catch (RuntimeException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            String checksum = HexFormat.of().formatHex(sha.digest());
            Path side = checksumFile(file);
            Files.deleteIfExists(side);
            Files.createFile(side, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            // the format of sha256sum, so that `sha256sum -c <name>.sha256` checks it in the folder
            Files.writeString(side, checksum + "  " + file.getFileName() + "\n", StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            BackupFile made = new BackupFile(file.getFileName().toString(), now, Files.size(file), checksum);
            log.info("Backup {} made in {} ms ({} bytes, sha256 {})", made.name(), (System.nanoTime() - start) / 1_000_000,
                    made.size(), checksum);
            prune(dir);
            return made;
        } catch (IOException e) {
            throw new BackupException("Cannot write the backup into " + dir + ": " + e.getMessage(), e);
        } finally {
            making.unlock();
        }
    }

    /** The backups in the folder, newest first. */
    List<BackupFile> list() {
        Optional<Path> dir = settings.dir();
        if (dir.isEmpty() || !Files.isDirectory(dir.get())) {
            return List.of();
        }
        List<BackupFile> files = new ArrayList<>();
        for (Path file : backupFiles(dir.get())) {
            try {
                Matcher m = NAME.matcher(file.getFileName().toString());
                if (m.matches()) {
                    files.add(new BackupFile(file.getFileName().toString(), LocalDateTime.parse(m.group(1), STAMP),
                            Files.size(file), statedChecksum(file).orElse("")));
                }
            } catch (IOException e) {
                log.warn("Cannot read backup {}: {}", file, e.getMessage());
            }
        }
        return files;
    }

    /** The backup of that name in the folder (only names the listing has: no paths). */
    Optional<Path> find(String name) {
        return settings.dir().filter(d -> NAME.matcher(name).matches()).map(d -> d.resolve(name)).filter(Files::isRegularFile);
    }

    /**
     * Restores a backup into the configured database, replacing all of its tables. The checksum is
     * checked before anything is touched; a file without a matching {@code .sha256} is refused.
     */
    void restore(Path file, DataSource dataSource) {
        Path backup = resolve(file);
        String checksum = verify(backup);
        ClientTools tools = settings.tools();
        String database = tools.address().database();
        log.warn("Restoring backup {} (sha256 {}) into database '{}': its tables are replaced", backup, checksum, database);
        long start = System.nanoTime();
        int dropped = dropAllTables(dataSource);
        tools.run(List.of("mariadb", "mysql"), List.of("--batch", "--default-character-set=utf8mb4", database),
                (toTool, fromTool) -> {
                    try (InputStream in = new GZIPInputStream(Files.newInputStream(backup), 1 << 16)) {
                        in.transferTo(toTool);
                    }
                    toTool.close();
                    fromTool.transferTo(OutputStream.nullOutputStream());
                });
        log.warn("Restored backup {} into database '{}' in {} ms ({} earlier tables dropped)", backup.getFileName(),
                database, (System.nanoTime() - start) / 1_000_000, dropped);
    }

    /** A restore's file as given, else by that name in the backup folder. */
    private Path resolve(Path file) {
        if (Files.isRegularFile(file)) {
            return file.toAbsolutePath();
        }
        Optional<Path> inFolder = settings.dir().map(d -> d.resolve(file.getFileName().toString())).filter(Files::isRegularFile);
        return inFolder.orElseThrow(() -> new RestoreRefusedException("Restore refused: no backup file " + file
                + settings.dir().map(d -> " (nor in " + d + ")").orElse("")));
    }

    /** Checks the file against its side file; returns the checksum, or refuses. */
    String verify(Path backup) {
        Optional<String> stated;
        try {
            stated = statedChecksum(backup);
        } catch (IOException e) {
            throw new RestoreRefusedException("Restore refused: cannot read " + checksumFile(backup) + ": " + e.getMessage());
        }
        if (stated.isEmpty()) {
            throw new RestoreRefusedException("Restore refused: " + backup.getFileName() + " has no checksum file "
                    + checksumFile(backup).getFileName());
        }
        String actual;
        try (InputStream in = new DigestInputStream(Files.newInputStream(backup), sha256())) {
            in.transferTo(OutputStream.nullOutputStream());
            actual = HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new RestoreRefusedException("Restore refused: cannot read " + backup + ": " + e.getMessage());
        }
        if (!MessageDigest.isEqual(actual.getBytes(StandardCharsets.US_ASCII),
                stated.get().getBytes(StandardCharsets.US_ASCII))) {
            throw new RestoreRefusedException("Restore refused: the checksum of " + backup.getFileName() + " is " + actual
                    + ", its " + checksumFile(backup).getFileName() + " says " + stated.get()
                    + ": the file is damaged or not the one that was backed up");
        }
        return actual;
    }

    /** Removes every table and view of the database, so that the restored ones are all there is. */
    private static int dropAllTables(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            List<String[]> objects = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT table_name, table_type FROM information_schema.tables "
                    + "WHERE table_schema = DATABASE()")) {
                while (rs.next()) {
                    objects.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            s.execute("SET FOREIGN_KEY_CHECKS = 0");
            for (String[] object : objects) {
                String name = "`" + object[0].replace("`", "``") + "`";
                s.execute(("VIEW".equals(object[1]) ? "DROP VIEW IF EXISTS " : "DROP TABLE IF EXISTS ") + name);
            }
            s.execute("SET FOREIGN_KEY_CHECKS = 1");
            return objects.size();
        } catch (SQLException e) {
            throw new BackupException("Cannot empty the database for the restore: " + e.getMessage(), e);
        }
    }

    private void prune(Path dir) throws IOException {
        List<Path> files = backupFiles(dir);
        for (Path old : files.subList(Math.min(settings.keep(), files.size()), files.size())) {
            Files.deleteIfExists(checksumFile(old));
            Files.deleteIfExists(old);
            log.info("Backup {} removed (keeping the newest {})", old.getFileName(), settings.keep());
        }
    }

    /** The backup files of the folder, newest first (by the time in the name, then its counter). */
    private static List<Path> backupFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> NAME.matcher(f.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(Backups::sortKey).reversed())
                    .toList();
        } catch (IOException e) {
            throw new BackupException("Cannot list the backup folder " + dir + ": " + e.getMessage(), e);
        }
    }

    private static String sortKey(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        m.matches();
        return m.group(1) + String.format("-%06d", m.group(2) == null ? 1 : Integer.parseInt(m.group(2)));
    }

    private static Path freeName(Path dir, LocalDateTime now) {
        String stamp = "kopiena-" + STAMP.format(now);
        Path file = dir.resolve(stamp + SUFFIX);
        for (int n = 2; Files.exists(file); n++) {
            file = dir.resolve(stamp + "-" + n + SUFFIX);
        }
        return file;
    }

    static Path checksumFile(Path backup) {
        return backup.resolveSibling(backup.getFileName() + CHECKSUM_SUFFIX);
    }

    private static Optional<String> statedChecksum(Path backup) throws IOException {
        Path side = checksumFile(backup);
        if (!Files.isRegularFile(side)) {
            return Optional.empty();
        }
        String text = Files.readString(side, StandardCharsets.UTF_8).strip();
        String first = text.isEmpty() ? "" : text.split("\\s+", 2)[0].toLowerCase(java.util.Locale.ROOT);
        return first.matches("[0-9a-f]{64}") ? Optional.of(first) : Optional.empty();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
