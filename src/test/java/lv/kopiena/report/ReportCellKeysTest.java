package lv.kopiena.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import lv.kopiena.IntegrationTest;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The cell keys the report's queries compute for a funder, against plain SQL of their own: each is
 * the sum, modulo 2^32, of the keys of exactly the records its count counts.
 */
class ReportCellKeysTest extends IntegrationTest {

    /** The funded activities of the demo funder, in plain SQL. */
    private static final String FUNDED = """
            SELECT a.id FROM activity a WHERE a.initiative_id IN (SELECT f.initiative_id FROM initiative_funder f
              JOIN user_account u ON u.institution_id = f.institution_id WHERE u.username = 'funder')""";

    @Autowired
    ReportRepository repository;
    @Autowired
    DSLContext dsl;

    private long key(String sql) {
        Object value = dsl.fetchValue("SELECT MOD(COALESCE(SUM(k), 0), 4294967296) FROM (" + sql + ") x");
        return ((Number) value).longValue();
    }

    private ReportScope funder() {
        return ReportScope.funder(((Number) dsl.fetchValue("SELECT institution_id FROM user_account WHERE username = 'funder'"))
                .longValue());
    }

    @Test
    void the_key_figures_keys_are_the_sums_of_their_records_keys() {
        Condition c = ReportRepository.activities(funder(), ReportFilter.none(), true);
        ReportRepository.Figures f = repository.figures(c, true);

        assertThat(f.activities().key()).isEqualTo(key("SELECT record_key k FROM activity WHERE id IN (" + FUNDED + ")"));
        assertThat(f.hours().key()).isEqualTo(key("SELECT record_key k FROM workshop_signup WHERE attended AND workshop_id IN ("
                + FUNDED + ")"));
        assertThat(f.partners().key()).isEqualTo(key("""
                SELECT record_key k FROM institution WHERE id IN (
                  SELECT institution_id FROM initiative_partner WHERE initiative_id IN (SELECT initiative_id FROM activity WHERE id IN (%s))
                  UNION SELECT organiser_institution_id FROM activity WHERE id IN (%s))""".formatted(FUNDED, FUNDED)));
        assertThat(f.activities().key()).isNotZero();
    }

    @Test
    void people_count_each_person_once_and_attendances_every_row_and_head() {
        Condition c = ReportRepository.activities(funder(), ReportFilter.none(), true);
        var rows = repository.people(ReportRepository.activities(funder(), ReportFilter.none(), false), c, null, true);
        ReportRepository.PeopleRow all = rows.stream().filter(r -> r.category() == null).findFirst().orElseThrow();

        assertThat(all.people().key()).isEqualTo(key("SELECT record_key k FROM participant WHERE id IN "
                + "(SELECT participant_id FROM attendance WHERE activity_id IN (" + FUNDED + "))"));
        assertThat(all.attendances().key()).isEqualTo(key("SELECT record_key k FROM attendance WHERE activity_id IN ("
                + FUNDED + ") UNION ALL SELECT record_key * head_count FROM attendance_headcount WHERE activity_id IN ("
                + FUNDED + ")"));
        assertThat(all.refugees().key()).isEqualTo(key("SELECT record_key k FROM participant WHERE refugee AND id IN "
                + "(SELECT participant_id FROM attendance WHERE activity_id IN (" + FUNDED + "))"));
        ReportRepository.PeopleRow parents = rows.stream().filter(r -> "PARENT".equals(r.category())).findFirst().orElseThrow();
        assertThat(parents.people().key()).isEqualTo(key("SELECT record_key k FROM participant WHERE category = 'PARENT' "
                + "AND id IN (SELECT participant_id FROM attendance WHERE activity_id IN (" + FUNDED + "))"));
    }

    @Test
    void each_row_of_a_table_has_the_key_of_its_own_records() {
        Condition c = ReportRepository.activities(funder(), ReportFilter.none(), true);
        Map<String, Long> byType = dsl.resultQuery("SELECT type, MOD(SUM(record_key), 4294967296) FROM activity WHERE id IN ("
                        + FUNDED + ") GROUP BY type")
                .fetchMap(r -> (String) r.get(0), r -> ((Number) r.get(1)).longValue());

        assertThat(repository.activitiesByType(c, true)).hasSize(byType.size())
                .allSatisfy(row -> assertThat(row.cells().getFirst().key()).isEqualTo(byType.get(row.label())));
    }

    @Test
    void a_months_attendances_and_a_phases_people_have_the_keys_of_their_own_records() {
        Condition c = ReportRepository.activities(funder(), ReportFilter.none(), true);
        for (ReportRepository.Labelled month : repository.activitiesByMonth(c, true)) {
            String in = FUNDED + " AND DATE_FORMAT(a.starts_at, '%Y-%m') = '" + month.label() + "'";
            assertThat(month.cells().get(0).key()).as(month.label()).isEqualTo(key("SELECT record_key k FROM activity WHERE id IN ("
                    + in + ")"));
            assertThat(month.cells().get(1).key()).as(month.label()).isEqualTo(key("SELECT record_key k FROM attendance "
                    + "WHERE activity_id IN (" + in + ") UNION ALL SELECT record_key * head_count FROM attendance_headcount "
                    + "WHERE activity_id IN (" + in + ")"));
        }
        long initiative = ((Number) dsl.fetchValue("SELECT id FROM initiative WHERE title = 'Aktīvās kopienas'")).longValue();
        var phases = repository.phases(c, initiative, true);
        var ids = dsl.fetchValues("SELECT id FROM initiative_phase WHERE initiative_id = ? ORDER BY starts_on, id", initiative);
        assertThat(phases).hasSize(ids.size()).hasSizeGreaterThan(1);
        for (int i = 0; i < phases.size(); i++) {
            String in = FUNDED + " AND a.phase_id = " + ids.get(i);
            ReportRepository.PhaseNumbers phase = phases.get(i);
            assertThat(phase.people().key()).isEqualTo(key("SELECT record_key k FROM participant WHERE id IN "
                    + "(SELECT participant_id FROM attendance WHERE activity_id IN (" + in + "))"));
            assertThat(phase.people().value().longValue()).isEqualTo(((Number) dsl.fetchValue(
                    "SELECT COUNT(DISTINCT participant_id) FROM attendance WHERE activity_id IN (" + in + ")")).longValue());
            assertThat(phase.attendances().key()).isEqualTo(key("SELECT record_key k FROM attendance WHERE activity_id IN ("
                    + in + ") UNION ALL SELECT record_key * head_count FROM attendance_headcount WHERE activity_id IN (" + in + ")"));
        }
    }

    @Test
    void exact_reports_compute_no_keys() {
        Condition c = ReportRepository.activities(ReportScope.all(), ReportFilter.none(), true);

        ReportRepository.Figures f = repository.figures(c, false);

        assertThat(f.activities().key()).isZero();
        assertThat(f.partners().key()).isZero();
        assertThat(repository.people(c, c, null, false)).allSatisfy(r -> assertThat(r.people().key()).isZero());
        assertThat(f.activities().value().longValue()).isEqualTo(((Number) dsl.fetchValue("SELECT COUNT(*) FROM activity")).longValue());
    }
}
