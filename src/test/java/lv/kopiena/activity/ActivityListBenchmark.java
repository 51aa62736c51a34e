package lv.kopiena.activity;

import static lv.kopiena.jooq.Tables.ACTIVITY;
import static lv.kopiena.jooq.Tables.CENTRE;

import java.util.List;
import java.util.function.Supplier;
import lv.kopiena.IntegrationTest;
import lv.kopiena.base.PageRequest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How the activity list pages through 100,000 activities of one centre (with attendance): prints
 * the time of a count and of pages at the start, the middle and the end, sorted and filtered as
 * the grid asks. Not part of the build (surefire skips *Benchmark); run it with
 * {@code ./mvnw test -Dtest=ActivityListBenchmark}. Figures, not assertions.
 */
class ActivityListBenchmark extends IntegrationTest {

    private static final int ROWS = 100_000;

    @Autowired
    ActivityService activities;
    @Autowired
    DSLContext dsl;

    @Test
    void paging_through_100000_activities() {
        long centre = dsl.fetchValue(CENTRE.ID, CENTRE.NAME.startsWith("Preiļu"));
        long start = System.nanoTime();
        dsl.execute("SET SESSION max_recursive_iterations = 1000000");
        dsl.execute("""
                INSERT INTO activity (centre_id, type, title, starts_at, ends_at, place)
                WITH RECURSIVE seq (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < ?)
                SELECT ?, ELT(1 + n % 8, 'COMMUNITY_EVENT', 'WORKSHOP', 'SEMINAR', 'TEACHER_TRAINING', 'ROUND_TABLE',
                              'PUBLIC_DISCUSSION', 'WORKING_GROUP_MEETING', 'INFORMATION_CAMPAIGN'),
                       CONCAT('Aktivitāte ', LPAD(n * 7919 % ?, 6, '0')),
                       TIMESTAMP '2015-01-01 10:00:00' + INTERVAL n * 97 MINUTE,
                       TIMESTAMP '2015-01-01 12:00:00' + INTERVAL n * 97 MINUTE,
                       CONCAT('Vieta ', n % 50)
                FROM seq
                """, ROWS, centre, ROWS);
        dsl.execute("""
                INSERT IGNORE INTO attendance_headcount (activity_id, category, head_count)
                SELECT id, 'CHILD', 1 + id % 20 FROM activity WHERE centre_id = ? AND id % 3 = 0
                """, centre);
        dsl.execute("""
                INSERT IGNORE INTO attendance (activity_id, participant_id)
                SELECT a.id, p.id FROM activity a JOIN participant p ON p.centre_id = a.centre_id
                WHERE a.centre_id = ? AND a.id % 10 = 0 AND p.id % 20 = a.id % 20
                """, centre);
        dsl.execute("ANALYZE TABLE activity, attendance, attendance_headcount");
        System.out.printf("[benchmark] inserted %d activities in %d ms%n", ROWS, (System.nanoTime() - start) / 1_000_000);

        login("coordinator");
        ActivityFilter all = ActivityFilter.all();
        int total = activities.count(all);
        System.out.printf("[benchmark] coordinator sees %d activities%n", total);
        for (int round = 0; round < 2; round++) { // the first round warms up
            measure("count", () -> activities.count(all));
            for (String sort : List.of("start", "title", "type")) {
                for (int offset : List.of(0, total / 2, total - 50)) {
                    measure("page of 50 at " + offset + " by " + sort, () -> activities.list(all,
                            new PageRequest(offset, 50, List.of(new PageRequest.SortOrder(sort, false)))).size());
                }
            }
            ActivityFilter workshops = all.withType(ActivityType.WORKSHOP);
            measure("count of workshops", () -> activities.count(workshops));
            measure("page of workshops at 10000", () -> activities.list(workshops, PageRequest.of(10_000, 50)).size());
            ActivityFilter search = all.withSearch("Vieta 7");
            measure("count of search", () -> activities.count(search));
            measure("page of search at 1000", () -> activities.list(search, PageRequest.of(1_000, 50)).size());
            ActivityFilter year = all.withPeriod(java.time.LocalDate.of(2020, 1, 1), java.time.LocalDate.of(2020, 12, 31));
            measure("count of a year", () -> activities.count(year));
            measure("page of a year at 2000", () -> activities.list(year, PageRequest.of(2_000, 50)).size());
        }
    }

    private static void measure(String what, Supplier<Integer> action) {
        long start = System.nanoTime();
        int result = action.get();
        System.out.printf("[benchmark] %-40s %6d in %5.1f ms%n", what, result, (System.nanoTime() - start) / 1e6);
    }
}
