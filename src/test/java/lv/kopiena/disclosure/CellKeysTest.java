package lv.kopiena.disclosure;

import static lv.kopiena.jooq.Tables.ACTIVITY;
import static lv.kopiena.jooq.Tables.ATTENDANCE;
import static lv.kopiena.jooq.Tables.ATTENDANCE_HEADCOUNT;
import static lv.kopiena.jooq.Tables.CENTRE;
import static lv.kopiena.jooq.Tables.PARTICIPANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import lv.kopiena.IntegrationTest;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The cell-key helpers against plain SQL on the demo data, and the record keys the database draws. */
class CellKeysTest extends IntegrationTest {

    private static final List<String> KEYED = List.of("activity", "participant", "attendance", "attendance_headcount",
            "workshop_signup", "institution");

    @Autowired
    DSLContext dsl;

    @Test
    void a_cell_key_is_the_sum_of_record_keys_modulo_two_to_the_32() {
        assertThat(CellKeys.of(null)).isZero();
        assertThat(CellKeys.of(new BigDecimal("4294967296"))).isZero();
        assertThat(CellKeys.of(new BigDecimal("4294967301"))).isEqualTo(5);
        assertThat(CellKeys.of(BigInteger.valueOf(3L * CellKeys.MODULUS + 7))).isEqualTo(7);
        assertThat(CellKeys.combine(CellKeys.MODULUS - 1, 2)).isEqualTo(1);
        assertThat(CellKeys.combine(CellKeys.of(new BigDecimal("8589934590")), 2, 0)).isZero();
    }

    @Test
    void every_counted_row_of_the_demo_data_has_its_own_random_key() {
        for (String table : KEYED) {
            long rows = number("SELECT COUNT(*) FROM " + table);
            assertThat(rows).as(table).isPositive();
            // 2^32 possible keys: among a few thousand random ones a repeat is very unlikely
            assertThat(number("SELECT COUNT(DISTINCT record_key) FROM " + table)).as(table).isGreaterThan(rows - 3);
            assertThat(number("SELECT MAX(record_key) FROM " + table)).as(table).isLessThan(CellKeys.MODULUS);
        }
        long keys = number("SELECT COUNT(DISTINCT record_key) FROM activity");
        assertThat(number("SELECT COUNT(*) FROM activity WHERE record_key < 2147483648"))
                .as("about half the keys in the lower half").isBetween(keys / 5, keys * 4 / 5);
    }

    @Test
    void rows_written_without_a_key_get_their_own_from_the_database() {
        long activity = number("SELECT MIN(id) FROM activity");
        List<Long> people = dsl.fetchValues("""
                SELECT id FROM participant WHERE id NOT IN (SELECT participant_id FROM attendance WHERE activity_id = ?)
                ORDER BY id LIMIT 20""", activity).stream().map(v -> ((Number) v).longValue()).toList();
        for (long person : people) {
            dsl.execute("INSERT INTO attendance (activity_id, participant_id) VALUES (?, ?)", activity, person);
        }
        String in = people.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
        assertThat(people).hasSize(20);
        assertThat(number("SELECT COUNT(DISTINCT record_key) FROM attendance WHERE activity_id = ? AND participant_id IN ("
                + in + ")", activity)).isGreaterThanOrEqualTo(19);
    }

    @Test
    void the_sql_sum_of_keys_per_group_equals_plain_sql() {
        Map<Long, Long> helper = dsl.select(ATTENDANCE.ACTIVITY_ID, CellKeys.sumOf(CellKeys.recordKey(ATTENDANCE)))
                .from(ATTENDANCE).groupBy(ATTENDANCE.ACTIVITY_ID)
                .fetchMap(r -> r.value1(), r -> CellKeys.of(r.value2()));
        Map<Long, Long> plain = dsl.resultQuery(
                        "SELECT activity_id, MOD(SUM(record_key), 4294967296) FROM attendance GROUP BY activity_id")
                .fetchMap(r -> ((Number) r.get(0)).longValue(), r -> ((Number) r.get(1)).longValue());
        assertThat(helper).hasSizeGreaterThan(20).isEqualTo(plain);
    }

    @Test
    void a_head_count_row_adds_its_key_once_per_head() {
        long helper = CellKeys.of(dsl.select(CellKeys.sumOf(CellKeys.times(ATTENDANCE_HEADCOUNT.RECORD_KEY,
                ATTENDANCE_HEADCOUNT.HEAD_COUNT))).from(ATTENDANCE_HEADCOUNT).fetchSingle().value1());
        long plain = number("SELECT MOD(SUM(record_key * head_count), 4294967296) FROM attendance_headcount");
        assertThat(number("SELECT COUNT(*) FROM attendance_headcount WHERE head_count > 1")).isPositive();
        assertThat(helper).isEqualTo(plain);
    }

    @Test
    void a_conditional_sum_keeps_only_the_rows_counted() {
        var refugee = PARTICIPANT.REFUGEE.isTrue();
        long helper = CellKeys.of(dsl.select(CellKeys.sumWhen(refugee, PARTICIPANT.RECORD_KEY)).from(PARTICIPANT)
                .fetchSingle().value1());
        long plain = number("SELECT MOD(SUM(record_key), 4294967296) FROM participant WHERE refugee");
        assertThat(number("SELECT COUNT(*) FROM participant WHERE refugee")).isPositive();
        assertThat(helper).isEqualTo(plain);
    }

    @Test
    void the_same_records_reached_by_two_different_queries_have_the_same_key() {
        // the participants of the Preiļi centre: directly, and as those who attended or did not
        long centre = number("SELECT id FROM centre WHERE name LIKE 'Preiļu%'");
        long direct = CellKeys.of(dsl.select(CellKeys.sumOf(PARTICIPANT.RECORD_KEY)).from(PARTICIPANT)
                .where(PARTICIPANT.CENTRE_ID.eq(centre)).fetchSingle().value1());
        var attended = DSL.exists(DSL.selectOne().from(ATTENDANCE).where(ATTENDANCE.PARTICIPANT_ID.eq(PARTICIPANT.ID)));
        var byAttendance = dsl.select(CellKeys.sumWhen(attended, PARTICIPANT.RECORD_KEY),
                        CellKeys.sumWhen(attended.not(), PARTICIPANT.RECORD_KEY))
                .from(PARTICIPANT).join(CENTRE).on(CENTRE.ID.eq(PARTICIPANT.CENTRE_ID)).where(CENTRE.ID.eq(centre))
                .fetchSingle();
        assertThat(CellKeys.combine(CellKeys.of(byAttendance.value1()), CellKeys.of(byAttendance.value2())))
                .isEqualTo(direct);
    }

    @Test
    void a_count_and_its_key_packed_in_one_value_come_back_apart_also_when_summed() {
        var perActivity = dsl.select(CellKeys.withKeys(DSL.count(), CellKeys.sumOf(ATTENDANCE.RECORD_KEY)).as("packed"))
                .from(ATTENDANCE).groupBy(ATTENDANCE.ACTIVITY_ID).asTable("per_activity");
        CellKeys.Tally tally = CellKeys.Tally.of(dsl.select(DSL.sum(perActivity.field("packed", BigDecimal.class)))
                .from(perActivity).fetchSingle().value1());

        assertThat(tally.count()).isEqualTo(number("SELECT COUNT(*) FROM attendance")).isGreaterThan(100);
        assertThat(tally.key()).isEqualTo(number("SELECT MOD(SUM(record_key), 4294967296) FROM attendance"));
        assertThat(CellKeys.Tally.of(null)).isEqualTo(new CellKeys.Tally(0, 0));
    }

    @Test
    void a_table_without_record_keys_is_refused() {
        assertThat(CellKeys.recordKey(ACTIVITY.as("a")).getName()).isEqualTo("record_key");
        assertThatThrownBy(() -> CellKeys.recordKey(CENTRE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("centre");
    }

    private long number(String sql, Object... args) {
        Object value = dsl.fetchValue(sql, args);
        return value == null ? 0 : ((Number) value).longValue();
    }
}
