package lv.kopiena.backup;

import static lv.kopiena.jooq.Tables.ACTIVITY;
import static lv.kopiena.jooq.Tables.CENTRE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import lv.kopiena.IntegrationTest;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Backup, change, restore: every table is as it was, by row count and CHECKSUM TABLE. Runs outside
 * the test transaction (a restore replaces the tables, which an open transaction would hold), and
 * leaves the database as it found it: the restore brings it back.
 */
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class BackupRestoreTest extends IntegrationTest {

    @Autowired
    Backups backups;
    @Autowired
    DataSource dataSource;
    @Autowired
    DSLContext dsl;

    @BeforeEach
    void emptyFolder() throws Exception {
        BackupFolder.empty();
    }

    @Test
    void a_restore_brings_back_every_table_as_it_was_backed_up() {
        Map<String, String> before = fingerprint();
        BackupFile made = backups.make();

        // changes after the backup: rows gone, a row changed, a table that the backup did not have
        long centre = dsl.select(DSL.min(CENTRE.ID)).from(CENTRE).fetchSingle().value1();
        dsl.update(CENTRE).set(CENTRE.NAME, "Changed after the backup").where(CENTRE.ID.eq(centre)).execute();
        dsl.execute("SET FOREIGN_KEY_CHECKS = 0");
        dsl.deleteFrom(ACTIVITY).where(ACTIVITY.ID.in(dsl.select(ACTIVITY.ID).from(ACTIVITY).orderBy(ACTIVITY.ID).limit(5)))
                .execute();
        dsl.execute("SET FOREIGN_KEY_CHECKS = 1");
        dsl.execute("CREATE TABLE made_after_the_backup (id INT PRIMARY KEY)");
        assertThat(fingerprint()).isNotEqualTo(before);

        backups.restore(BackupFolder.DIR.resolve(made.name()), dataSource);

        assertThat(fingerprint()).isEqualTo(before);
    }

    /** Per table of the schema: its row count and CHECKSUM TABLE. */
    private Map<String, String> fingerprint() {
        List<String> tables = dsl.fetch("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' ORDER BY table_name").getValues(0, String.class);
        Map<String, String> result = new LinkedHashMap<>();
        for (String table : tables) {
            long count = dsl.fetchSingle("SELECT COUNT(*) FROM `" + table + "`").get(0, Long.class);
            Object checksum = dsl.fetchSingle("CHECKSUM TABLE `" + table + "`").get(1);
            result.put(table, count + " rows, checksum " + checksum);
        }
        return result;
    }
}
