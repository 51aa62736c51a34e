package lv.kopiena.initiative;

import static lv.kopiena.jooq.Tables.CENTRE;
import static lv.kopiena.jooq.Tables.INITIATIVE;
import static lv.kopiena.jooq.Tables.INITIATIVE_PHASE;
import static lv.kopiena.jooq.Tables.INSTITUTION;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import lv.kopiena.IntegrationTest;
import lv.kopiena.base.PageRequest;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the initiative list pages through 100,000 initiatives: prints the time of the first, a middle
 * and the last page for each sort, and of the count. Not a test of speed (nothing is asserted
 * about times); run it with {@code ./mvnw test -Dtest=InitiativeListBenchmark -Dbenchmark=true}.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class InitiativeListBenchmark extends IntegrationTest {

    private static final int ROWS = 100_000;
    private static final int PAGE = 50;

    @Autowired
    InitiativeService initiatives;
    @Autowired
    DSLContext dsl;

    /**
     * Outside the usual rolled-back test transaction: rows a transaction has not committed are read
     * much slower than committed ones, so the figures would say little. The rows are committed and
     * deleted again at the end.
     */
    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void pages_through_100_000_initiatives() {
        long lastDemoId = dsl.select(DSL.max(INITIATIVE.ID)).from(INITIATIVE).fetchOne(0, Long.class);
        try {
            long started = System.nanoTime();
            insert();
            System.out.printf("inserted %,d initiatives in %d ms%n", ROWS, (System.nanoTime() - started) / 1_000_000);
            dsl.execute("ANALYZE TABLE initiative, initiative_phase");

            login("admin");
            measure("admin", InitiativeFilter.all());
            measure("admin, status ACTIVE", new InitiativeFilter("", InitiativeStatus.ACTIVE, null));
            measure("admin, title contains 'kopien'", new InitiativeFilter("kopien", null, null));
            login("coordinator");
            measure("coordinator (own centre)", InitiativeFilter.all());
        } finally {
            dsl.deleteFrom(INITIATIVE).where(INITIATIVE.ID.gt(lastDemoId)).execute();
        }
    }

    private void measure(String who, InitiativeFilter filter) {
        int count = time(who + ": count", () -> initiatives.count(filter));
        for (String sort : List.of("", "title", "start", "status")) {
            for (boolean ascending : List.of(true, false)) {
                if (sort.isEmpty() && !ascending) {
                    continue;
                }
                List<PageRequest.SortOrder> order = sort.isEmpty() ? List.of() : List.of(new PageRequest.SortOrder(sort, ascending));
                for (int offset : List.of(0, count / 2, Math.max(0, count - PAGE))) {
                    time("%s: sort '%s' %s, offset %,d".formatted(who, sort, ascending ? "asc" : "desc", offset),
                            () -> initiatives.list(filter, new PageRequest(offset, PAGE, order)).size());
                }
            }
        }
    }

    private static <T> T time(String what, Supplier<T> action) {
        action.get(); // warm up
        long start = System.nanoTime();
        T result = action.get();
        System.out.printf("%-75s %6.1f ms  (%s)%n", what, (System.nanoTime() - start) / 1e6, result);
        return result;
    }

    private void insert() {
        List<Long> centres = dsl.select(CENTRE.ID).from(CENTRE).fetch(CENTRE.ID);
        List<Long> institutions = dsl.select(INSTITUTION.ID).from(INSTITUTION).fetch(INSTITUTION.ID);
        String[] words = {"Kopienu", "jauniešu", "senioru", "dārzs", "forums", "radio", "talka", "skola", "klubs",
                "kopienas", "dialogs", "telpa", "festivāls", "darbnīcas", "pagasts"};
        String[] statuses = {"PLANNED", "ACTIVE", "COMPLETED", "CANCELLED"};
        Random random = new Random(42);
        LocalDate base = LocalDate.of(2015, 1, 1);
        for (int batch = 0; batch < ROWS / 1000; batch++) {
            var insert = dsl.insertInto(INITIATIVE, INITIATIVE.CENTRE_ID, INITIATIVE.TITLE, INITIATIVE.STARTS_ON,
                    INITIATIVE.STATUS, INITIATIVE.LEAD_INSTITUTION_ID);
            for (int i = 0; i < 1000; i++) {
                String title = words[random.nextInt(words.length)] + " " + words[random.nextInt(words.length)] + " "
                        + (batch * 1000 + i);
                insert = insert.values(centres.get(random.nextInt(centres.size())), title,
                        base.plusDays(random.nextInt(4000)), statuses[random.nextInt(statuses.length)],
                        institutions.get(random.nextInt(institutions.size())));
            }
            insert.execute();
        }
        // a phase or two for every tenth initiative
        dsl.insertInto(INITIATIVE_PHASE, INITIATIVE_PHASE.INITIATIVE_ID, INITIATIVE_PHASE.NAME, INITIATIVE_PHASE.STARTS_ON)
                .select(dsl.select(INITIATIVE.ID, DSL.val("1. posms"), INITIATIVE.STARTS_ON)
                        .from(INITIATIVE).where(INITIATIVE.ID.mod(10).eq(0L)))
                .execute();
    }
}
