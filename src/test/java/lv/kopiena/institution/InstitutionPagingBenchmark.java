package lv.kopiena.institution;

import static lv.kopiena.jooq.Tables.INSTITUTION;
import static lv.kopiena.jooq.Tables.MUNICIPALITY;

import java.util.List;
import java.util.Random;
import lv.kopiena.IntegrationTest;
import lv.kopiena.base.PageRequest;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep4;
import org.jooq.impl.DSL;
import lv.kopiena.jooq.tables.records.InstitutionRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Prints how long the institution list takes on 100,000 rows: pages at the start, middle and end
 * for each sort, counts with filters, and the look-alike check. Figures, not assertions; run with
 * {@code ./mvnw test -Dtest=InstitutionPagingBenchmark -Dbenchmark=true}. The rows are rolled back.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class InstitutionPagingBenchmark extends IntegrationTest {

    private static final int ROWS = 100_000;
    private static final String[] PLACES = {"Preiļu", "Aglonas", "Ludzas", "Zilupes", "Krāslavas", "Dagdas", "Balvu",
            "Rēzeknes", "Līvānu", "Viļānu", "Kārsavas", "Vārkavas", "Riebiņu", "Ilūkstes", "Daugavpils", "Kuldīgas"};
    private static final String[] KINDS = {"pamatskola", "vidusskola", "bibliotēka", "biedrība", "muzejs",
            "pirmsskolas izglītības iestāde", "jauniešu centrs", "kultūras nams", "saieta nams", "sporta klubs"};
    private static final String[] TYPES = {"SCHOOL", "SCHOOL", "LIBRARY", "NGO", "MUSEUM", "KINDERGARTEN", "NGO",
            "MUNICIPALITY", "NGO", "BUSINESS"};

    @Autowired
    InstitutionService institutions;
    @Autowired
    DSLContext dsl;

    @Test
    void page_through_100000_institutions() {
        insertRows();
        login("admin");
        long preili = dsl.select(MUNICIPALITY.ID).from(MUNICIPALITY).where(MUNICIPALITY.NAME.eq("Preiļu novads")).fetchOne(MUNICIPALITY.ID);
        int total = institutions.count(InstitutionFilter.all());
        System.out.printf("%n=== institution list, %,d rows ===%n", total);
        for (String sort : List.of("name", "type", "municipality")) {
            for (int offset : List.of(0, total / 2, total - 50)) {
                measure("sort " + sort + " offset " + offset, () -> institutions.list(InstitutionFilter.all(),
                        new PageRequest(offset, 50, List.of(new PageRequest.SortOrder(sort, true)))));
            }
        }
        InstitutionFilter preiliFilter = InstitutionFilter.all().withMunicipality(preili);
        measure("count all", () -> institutions.count(InstitutionFilter.all()));
        measure("count search 'skola'", () -> institutions.count(InstitutionFilter.search("skola")));
        measure("count type NGO", () -> institutions.count(InstitutionFilter.all().withType(InstitutionType.NGO)));
        measure("count Preiļu novads (with former)", () -> institutions.count(preiliFilter));
        int preiliCount = institutions.count(preiliFilter);
        measure("page Preiļu novads by name, last page", () -> institutions.list(preiliFilter,
                new PageRequest(Math.max(0, preiliCount - 50), 50, List.of())));
        measure("page type NGO by name, offset 20000", () -> institutions.list(
                InstitutionFilter.all().withType(InstitutionType.NGO), new PageRequest(20_000, 50, List.of())));
        measure("page search 'vidus' offset 5000", () -> institutions.list(
                InstitutionFilter.search("vidus"), new PageRequest(5_000, 50, List.of())));
        measure("look-alikes of 'Preiļu 7 vidusskla'", () -> institutions.similar("Preiļu 7 vidusskla", null));
        measure("look-alikes of 'Biedrība Kopā'", () -> institutions.similar("Biedrība Kopā", null));
        System.out.println("  found: " + institutions.similar("Preiļu 7 vidusskla", null).stream()
                .map(x -> x.institution().name() + " (" + x.likeness() + ")").toList());
        measure("options 'aglonas' 20", () -> institutions.options("aglonas", 20));
        explain("page by name at the end", dsl.select(INSTITUTION.ID).from(INSTITUTION)
                .orderBy(INSTITUTION.NAME, INSTITUTION.ID).limit(total - 50, 50).getSQL(org.jooq.conf.ParamType.INLINED));
        explain("page by type at the end", dsl.select(INSTITUTION.ID).from(INSTITUTION)
                .orderBy(INSTITUTION.TYPE, INSTITUTION.NAME, INSTITUTION.ID).limit(total - 50, 50)
                .getSQL(org.jooq.conf.ParamType.INLINED));
        explain("page by municipality at the end", dsl.select(INSTITUTION.ID).from(INSTITUTION)
                .join(MUNICIPALITY).on(MUNICIPALITY.ID.eq(INSTITUTION.MUNICIPALITY_ID))
                .orderBy(MUNICIPALITY.NAME, INSTITUTION.NAME, INSTITUTION.ID).limit(total - 50, 50)
                .getSQL(org.jooq.conf.ParamType.INLINED));
    }

    private void insertRows() {
        List<Long> municipalityIds = dsl.select(MUNICIPALITY.ID).from(MUNICIPALITY).fetch(MUNICIPALITY.ID);
        Random random = new Random(7);
        long start = System.nanoTime();
        for (int batch = 0; batch < ROWS / 1000; batch++) {
            InsertValuesStep4<InstitutionRecord, String, String, Long, String> insert = dsl.insertInto(INSTITUTION,
                    INSTITUTION.NAME, INSTITUTION.TYPE, INSTITUTION.MUNICIPALITY_ID, INSTITUTION.CONTACT_NAME);
            for (int i = 0; i < 1000; i++) {
                int kind = random.nextInt(KINDS.length);
                insert = insert.values(PLACES[random.nextInt(PLACES.length)] + " " + (1 + random.nextInt(400)) + ". "
                                + KINDS[kind], TYPES[kind], municipalityIds.get(random.nextInt(municipalityIds.size())),
                        random.nextBoolean() ? "Kontakts " + i : null);
            }
            insert.execute();
        }
        dsl.execute("ANALYZE TABLE institution");
        System.out.printf("inserted %,d rows in %d ms%n", ROWS, (System.nanoTime() - start) / 1_000_000);
    }

    private static void measure(String what, java.util.function.Supplier<?> query) {
        query.get(); // warm up
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            query.get();
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf("%-45s %7.1f ms%n", what, best / 1e6);
    }

    private void explain(String what, String sql) {
        System.out.println("EXPLAIN " + what + ":");
        dsl.fetch("EXPLAIN " + sql).forEach(r -> System.out.println("  " + r.formatCSV(false).trim()));
    }
}
