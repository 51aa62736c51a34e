package lv.kopiena.participant;

import static lv.kopiena.jooq.Tables.PARTICIPANT;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import lv.kopiena.IntegrationTest;
import lv.kopiena.base.PageRequest;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How the participant list behaves with 100,000 participants in one centre: prints the time of
 * a page at the start, middle and end for each sort and filter, and of the counts. Not part of
 * the normal test run (the name does not end in Test); run it with
 * {@code ./mvnw test -Dtest=ParticipantListBenchmark}. Everything is rolled back afterwards.
 */
class ParticipantListBenchmark extends IntegrationTest {

    private static final int ROWS = 100_000;

    @Autowired
    ParticipantService participants;
    @Autowired
    DSLContext dsl;

    @Test
    void pages_through_100000_participants() {
        long centre = login("coordinator").centreId();
        insert(centre);
        dsl.execute("ANALYZE TABLE participant");
        int total = participants.count(ParticipantFilter.all());
        System.out.printf("%n[benchmark] participants in the centre: %d%n", total);

        List<ParticipantFilter> filters = List.of(
                ParticipantFilter.all(),
                new ParticipantFilter("", ParticipantCategory.SENIOR, null, false, null),
                new ParticipantFilter("", null, ProtectedGroup.REFUGEE, false, null),
                new ParticipantFilter("", null, ProtectedGroup.CHILD, false, null),
                ParticipantFilter.all().withSearch("ber"),
                ParticipantFilter.all().withDuplicatesOnly(true));
        for (ParticipantFilter filter : filters) {
            int count = time("count " + describe(filter), () -> participants.count(filter));
            for (String sort : List.of("", "lastName", "firstName", "category", "birthYear", "created")) {
                for (int offset : List.of(0, count / 2, Math.max(0, count - 50))) {
                    PageRequest page = new PageRequest(offset, 50, sort.isEmpty() ? List.of()
                            : List.of(new PageRequest.SortOrder(sort, offset % 2 == 0)));
                    time("page " + describe(filter) + " sort=" + (sort.isEmpty() ? "default" : sort) + " offset=" + offset,
                            () -> participants.list(filter, page).size());
                }
            }
        }
    }

    private void insert(long centre) {
        Random random = new Random(42);
        String[] syllables = {"ka", "li", "ber", "zi", "ņa", "ot", "ma", "re", "vi", "ga", "ļu", "sk", "an", "to", "ēr"};
        String[] categories = {"TEACHER", "CHILD", "YOUNG_PERSON", "PARENT", "SENIOR", "MUNICIPAL_STAFF", "NGO_MEMBER",
                "MEDIA", "OTHER"};
        int year = participants.today().getYear();
        long start = System.nanoTime();
        for (int batch = 0; batch < ROWS / 1000; batch++) {
            var insert = dsl.insertInto(PARTICIPANT, PARTICIPANT.CENTRE_ID, PARTICIPANT.FIRST_NAME, PARTICIPANT.LAST_NAME,
                    PARTICIPANT.CATEGORY, PARTICIPANT.BIRTH_YEAR);
            var values = insert.values(centre, "Anna", "Benchmark", "OTHER", (short) 1980);
            for (int i = 1; i < 1000; i++) {
                values = values.values(centre, word(random, syllables, 2), word(random, syllables, 3),
                        categories[random.nextInt(categories.length)], (short) (year - 5 - random.nextInt(80)));
            }
            values.execute();
        }
        dsl.update(PARTICIPANT).set(PARTICIPANT.CONSENT_GIVEN, true).set(PARTICIPANT.CONSENT_DATE, LocalDate.of(2024, 1, 1))
                .set(PARTICIPANT.REFUGEE, DSL.field("rand() < 0.1", Boolean.class))
                .where(PARTICIPANT.CENTRE_ID.eq(centre)).and(PARTICIPANT.CONSENT_GIVEN.isFalse())
                .and(PARTICIPANT.GUARDIAN_CONSENT.isFalse()).execute();
        System.out.printf("%n[benchmark] inserted %d participants in %d ms%n", ROWS, (System.nanoTime() - start) / 1_000_000);
    }

    private static String word(Random random, String[] syllables, int length) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            word.append(syllables[random.nextInt(syllables.length)]);
        }
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String describe(ParticipantFilter f) {
        return "[" + (f.search().isEmpty() ? "" : "search=" + f.search() + " ")
                + (f.category() == null ? "" : "category=" + f.category() + " ")
                + (f.group() == null ? "" : "group=" + f.group() + " ")
                + (f.duplicatesOnly() ? "duplicates " : "") + "]";
    }

    private static <T> T time(String what, Supplier<T> action) {
        action.get(); // warm up
        long start = System.nanoTime();
        T result = action.get();
        System.out.printf("[benchmark] %-85s %6.1f ms -> %s%n", what, (System.nanoTime() - start) / 1e6, result);
        return result;
    }
}
