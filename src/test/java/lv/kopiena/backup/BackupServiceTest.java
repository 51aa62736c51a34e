package lv.kopiena.backup;

import static lv.kopiena.jooq.Tables.CENTRE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import javax.sql.DataSource;
import lv.kopiena.IntegrationTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

class BackupServiceTest extends IntegrationTest {

    @Autowired
    BackupService service;
    @Autowired
    Backups backups;
    @Autowired
    DataSource dataSource;
    @Autowired
    DSLContext dsl;

    @BeforeEach
    void emptyFolder() throws IOException {
        BackupFolder.empty();
    }

    @Test
    void back_up_now_writes_a_gzipped_dump_with_a_sha256sum_side_file_and_lists_it() throws Exception {
        login("admin");

        BackupFile made = service.backUpNow();

        Path file = BackupFolder.DIR.resolve(made.name());
        assertThat(made.name()).matches("kopiena-\\d{8}-\\d{6}\\.sql\\.gz");
        String sql = gunzip(file);
        assertThat(sql).contains("DROP TABLE IF EXISTS `centre`", "CREATE TABLE `centre`", "INSERT INTO `centre`",
                "CREATE TABLE `flyway_schema_history`");
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        assertThat(Files.readString(BackupFolder.DIR.resolve(made.name() + ".sha256")))
                .isEqualTo(sha + "  " + made.name() + "\n");
        assertThat(made.sha256()).isEqualTo(sha);
        assertThat(dsl.select(lv.kopiena.jooq.Tables.AUDIT_EVENT.DETAIL).from(lv.kopiena.jooq.Tables.AUDIT_EVENT)
                .where(lv.kopiena.jooq.Tables.AUDIT_EVENT.ACTION.eq("BACKUP")).fetch(lv.kopiena.jooq.Tables.AUDIT_EVENT.DETAIL))
                .containsExactly("made " + made.name() + " sha256=" + sha);
        assertThat(Files.getPosixFilePermissions(file)).hasToString("[OWNER_READ, OWNER_WRITE]");
        assertThat(service.list()).singleElement().satisfies(listed -> {
            assertThat(listed.name()).isEqualTo(made.name());
            assertThat(listed.size()).isEqualTo(Files.size(file)).isPositive();
            assertThat(listed.sha256()).isEqualTo(sha);
        });
        try (InputStream download = service.download(made.name())) {
            assertThat(download.readAllBytes()).isEqualTo(Files.readAllBytes(file));
        }
    }

    @Test
    void only_the_newest_backups_are_kept() throws Exception {
        Files.createDirectories(BackupFolder.DIR);
        List<String> older = List.of("kopiena-20240101-023000.sql.gz", "kopiena-20240102-023000.sql.gz",
                "kopiena-20240103-023000.sql.gz", "kopiena-20240103-023000-2.sql.gz");
        for (String name : older) {
            Files.writeString(BackupFolder.DIR.resolve(name), "old");
            Files.writeString(BackupFolder.DIR.resolve(name + ".sha256"), "0".repeat(64) + "  " + name + "\n");
        }
        login("admin");

        BackupFile made = service.backUpNow();

        // kopiena.backup.keep=3 in the tests
        assertThat(service.list()).extracting(BackupFile::name).containsExactly(made.name(),
                "kopiena-20240103-023000-2.sql.gz", "kopiena-20240103-023000.sql.gz");
        assertThat(BackupFolder.DIR.resolve("kopiena-20240101-023000.sql.gz")).doesNotExist();
        assertThat(BackupFolder.DIR.resolve("kopiena-20240101-023000.sql.gz.sha256")).doesNotExist();
        assertThat(BackupFolder.DIR.resolve("kopiena-20240102-023000.sql.gz")).doesNotExist();
    }

    @Test
    void restore_refuses_a_file_whose_checksum_does_not_match_and_changes_nothing() throws Exception {
        login("admin");
        BackupFile made = service.backUpNow();
        Path file = BackupFolder.DIR.resolve(made.name());
        Files.write(file, new byte[] {1}, java.nio.file.StandardOpenOption.APPEND);
        int centres = dsl.fetchCount(CENTRE);

        assertThatThrownBy(() -> backups.restore(file, dataSource))
                .isInstanceOf(RestoreRefusedException.class)
                .hasMessageContaining("Restore refused: the checksum of " + made.name());
        // a bare name is looked for in the backup folder, and refused the same way
        assertThatThrownBy(() -> backups.restore(Path.of(made.name()), dataSource))
                .isInstanceOf(RestoreRefusedException.class)
                .hasMessageContaining("Restore refused: the checksum of " + made.name())
                .hasMessageContaining(made.sha256());
        assertThat(dsl.fetchCount(CENTRE)).isEqualTo(centres);
    }

    @Test
    void restore_refuses_a_file_without_checksum_or_that_does_not_exist() throws Exception {
        login("admin");
        BackupFile made = service.backUpNow();
        Files.delete(BackupFolder.DIR.resolve(made.name() + ".sha256"));

        assertThatThrownBy(() -> backups.restore(BackupFolder.DIR.resolve(made.name()), dataSource))
                .isInstanceOf(RestoreRefusedException.class).hasMessageContaining("has no checksum file");
        assertThatThrownBy(() -> backups.restore(Path.of("no-such-backup.sql.gz"), dataSource))
                .isInstanceOf(RestoreRefusedException.class).hasMessageContaining("no backup file");
    }

    @ParameterizedTest
    @ValueSource(strings = {"coordinator", "educator", "funder"})
    void only_admins_may_use_backups(String username) {
        login(username);
        assertThatThrownBy(() -> service.backUpNow()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.status()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.download("kopiena-20240101-023000.sql.gz")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobody_logged_in_may_use_backups() {
        logout();
        assertThatThrownBy(() -> service.backUpNow()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> service.list()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void a_download_names_only_backups_of_the_folder() {
        login("admin");
        assertThatThrownBy(() -> service.download("../test-mariadb/data/kopiena-db.password"))
                .isInstanceOf(lv.kopiena.base.NotFoundException.class);
    }

    static String gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}
