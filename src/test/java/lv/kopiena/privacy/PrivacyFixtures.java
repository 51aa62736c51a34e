package lv.kopiena.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;

/**
 * People written straight into the database with every kind of personal value, and the
 * independent check that an erasure left none of them: a search of every text column of every
 * table (from information_schema, so a table added later is searched too).
 */
final class PrivacyFixtures {

    private final DSLContext dsl;

    PrivacyFixtures(DSLContext dsl) {
        this.dsl = dsl;
    }

    long id(String sql, Object... bindings) {
        return dsl.resultQuery(sql, bindings).fetchSingle().get(0, Long.class);
    }

    /** A participant with names, contact data, a guardian and notes, optionally linked to an account. */
    long participant(long centreId, String first, String last, String email, String phone, String guardian,
                     Long accountId) {
        return dsl.insertInto(DSL.table("participant"))
                .set(DSL.field("centre_id"), centreId)
                .set(DSL.field("first_name"), first)
                .set(DSL.field("last_name"), last)
                .set(DSL.field("category"), "PARENT")
                .set(DSL.field("birth_year"), (short) 1984)
                .set(DSL.field("email"), email)
                .set(DSL.field("phone"), phone)
                .set(DSL.field("language"), "uk")
                .set(DSL.field("refugee"), true)
                .set(DSL.field("disability"), false)
                .set(DSL.field("consent_given"), true)
                .set(DSL.field("consent_date"), LocalDate.of(2024, 3, 1))
                .set(DSL.field("guardian_consent"), false)
                .set(DSL.field("guardian_name"), guardian)
                .set(DSL.field("notes"), "Runā ar " + first + " pa tālruni " + phone)
                .set(DSL.field("user_account_id"), accountId)
                .returningResult(DSL.field("id", Long.class)).fetchSingle().value1();
    }

    void attended(long activityId, long participantId) {
        dsl.execute("INSERT INTO attendance (activity_id, participant_id) VALUES (?, ?)", activityId, participantId);
    }

    /** Where each value occurs: "table.column" and how many rows, over every text column of the schema. */
    Map<String, Integer> hits(String value) {
        // plain SQL: the schema name must reach the server as written
        List<Record2<String, String>> columns = dsl.resultQuery("""
                        SELECT table_name, column_name FROM information_schema.columns
                        WHERE table_schema = DATABASE()
                          AND data_type IN ('char', 'varchar', 'tinytext', 'text', 'mediumtext', 'longtext')""")
                .coerce(DSL.field("table_name", String.class), DSL.field("column_name", String.class))
                .fetch();
        assertThat(columns).as("text columns of the schema").hasSizeGreaterThan(50);
        Map<String, Integer> hits = new TreeMap<>();
        for (Record2<String, String> column : columns) {
            // every column compared the same way: case and accents ignored (ascii_bin token columns too)
            int count = dsl.fetchValue(DSL.field("(SELECT COUNT(*) FROM `" + column.value1() + "` WHERE CONVERT(`"
                    + column.value2() + "` USING utf8mb4) COLLATE utf8mb4_unicode_ci LIKE CONCAT('%', ?, '%'))",
                    Integer.class, value));
            if (count > 0) {
                hits.put(column.value1() + "." + column.value2(), count);
            }
        }
        return hits;
    }

    LocalDateTime now() {
        return LocalDateTime.now().withNano(0);
    }
}
