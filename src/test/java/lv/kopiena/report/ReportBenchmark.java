package lv.kopiena.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import lv.kopiena.activity.ActivityFilter;
import lv.kopiena.activity.ActivityService;
import lv.kopiena.base.PageRequest;
import lv.kopiena.initiative.InitiativeFilter;
import lv.kopiena.initiative.InitiativeService;
import lv.kopiena.institution.InstitutionFilter;
import lv.kopiena.institution.InstitutionService;
import lv.kopiena.participant.ParticipantFilter;
import lv.kopiena.participant.ParticipantService;
import lv.kopiena.security.KopienaUser;
import lv.kopiena.workshop.WorkshopFilter;
import lv.kopiena.workshop.WorkshopService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * The reports and the first page of each grid at the scale of a large region (100 centres,
 * 200,000 participants, 50,000 activities, about 2,000,000 attendances): prints the time of the
 * first (cold) run after the start and the median and 95th percentile of 20 warm runs. Not part
 * of the build (surefire skips *Benchmark). Run it on its own database directory, which keeps the
 * generated region between runs (the first run generates it, a few minutes):
 * <pre>
 * ./mvnw test -Dtest=ReportBenchmark -Dkopiena.embedded.dir=target/large-region -Dkopiena.embedded.fresh=false
 * </pre>
 * Not transactional on purpose: the generated region must stay. Figures, not assertions.
 */
@SpringBootTest
@ActiveProfiles("test")
class ReportBenchmark {

    private static final int WARM_RUNS = 20;

    @Autowired
    RegionGenerator generator;
    @Autowired
    ReportService reports;
    @Autowired
    ReportRepository repository;
    @Autowired
    ActivityService activities;
    @Autowired
    ParticipantService participants;
    @Autowired
    InstitutionService institutions;
    @Autowired
    InitiativeService initiatives;
    @Autowired
    WorkshopService workshops;
    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext dsl;
    @Value("${kopiena.embedded.dir}")
    String dir;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void reports_and_grid_pages_of_a_large_region() {
        System.out.printf("[benchmark] database directory %s%n", dir);
        // The region stays (nothing is rolled back): never write it into the shared test database,
        // where every later test would see 100 centres. Run it with its own directory (README).
        org.junit.jupiter.api.Assumptions.assumeFalse(dir.replace('\\', '/').endsWith("target/test-mariadb"),
                "ReportBenchmark needs -Dkopiena.embedded.dir=target/large-region -Dkopiena.embedded.fresh=false");
        if (!generator.isLarge()) {
            long start = System.nanoTime();
            Map<String, Long> steps = generator.generate();
            System.out.printf("[benchmark] generated the region in %.1f s: %s%n", (System.nanoTime() - start) / 1e9, steps);
        }
        System.out.printf("[benchmark] centres %s, participants %s, activities %s, attendances %s, head counts %s, workshops %s%n",
                count("centre"), count("participant"), count("activity"), count("attendance"),
                count("attendance_headcount"), count("workshop"));

        Locale lv = Locale.of("lv");
        for (String user : List.of("funder", "coordinator-region", "admin")) {
            login(user);
            measure(user + " full report", () -> reports.report(ReportFilter.none(), lv), true);
            System.out.printf("[benchmark] %s report: %s%n", user, reports.report(ReportFilter.none(), lv).keyFigures().stream()
                    .map(k -> k.labelKey().substring("report.figure.".length()) + "=" + k.value().text()).toList());
        }
        login("funder");
        ReportScope funder = ReportScope.funder(((KopienaUser) SecurityContextHolder.getContext().getAuthentication()
                .getPrincipal()).institutionId());
        compare("funder's report queries, with and without cell keys", () -> queries(funder, true, lv),
                () -> queries(funder, false, lv));
        ReportOptions options = reports.options(lv);
        long initiative = options.initiatives().getLast().id();
        measure("funder report of one initiative", () -> reports.report(
                new ReportFilter(null, null, null, initiative, null, null, null, null), lv), false);
        login("admin");
        measure("admin report of one year", () -> reports.report(new ReportFilter(java.time.LocalDate.now().minusYears(1),
                java.time.LocalDate.now(), null, null, null, null, null, null), lv), false);

        for (String user : List.of("admin", "coordinator-region")) {
            login(user);
            measure(user + " activities page", () -> activities.list(ActivityFilter.all(), PageRequest.of(0, 50)), false);
            measure(user + " activities count", () -> activities.count(ActivityFilter.all()), false);
            measure(user + " participants page", () -> participants.list(ParticipantFilter.all(), PageRequest.of(0, 50)), false);
            measure(user + " participants count", () -> participants.count(ParticipantFilter.all()), false);
            measure(user + " institutions page", () -> institutions.list(InstitutionFilter.all(), PageRequest.of(0, 50)), false);
            measure(user + " institutions count", () -> institutions.count(InstitutionFilter.all()), false);
            measure(user + " initiatives page", () -> initiatives.list(InitiativeFilter.all(), PageRequest.of(0, 50)), false);
            measure(user + " initiatives count", () -> initiatives.count(InitiativeFilter.all()), false);
            measure(user + " workshops page", () -> workshops.list(WorkshopFilter.all(), PageRequest.of(0, 50)), false);
            measure(user + " workshops count", () -> workshops.count(WorkshopFilter.all()), false);
        }
    }

    /** The queries of a report without period and filter, with or without the cell keys a funder's report needs. */
    private Object queries(ReportScope scope, boolean keyed, Locale locale) {
        ReportFilter none = ReportFilter.none();
        var c = ReportRepository.activities(scope, none, true);
        return List.of(repository.figures(c, keyed), repository.people(ReportRepository.activities(scope, none, false), c,
                        null, keyed), repository.activitiesByType(c, keyed), repository.activitiesByMonth(c, keyed),
                repository.activitiesByPriority(c, locale, keyed), repository.partnersByType(c, keyed),
                repository.partnersByMunicipality(c, keyed));
    }

    /**
     * Two ways of doing the same, run in turns (so that a busy machine slows both alike): prints the
     * warm median of each.
     */
    private static void compare(String what, Supplier<?> first, Supplier<?> second) {
        first.get();
        second.get();
        List<Double> a = new ArrayList<>();
        List<Double> b = new ArrayList<>();
        for (int i = 0; i < WARM_RUNS; i++) {
            long s = System.nanoTime();
            first.get();
            a.add((System.nanoTime() - s) / 1e6);
            s = System.nanoTime();
            second.get();
            b.add((System.nanoTime() - s) / 1e6);
        }
        Collections.sort(a);
        Collections.sort(b);
        System.out.printf("[benchmark] %s: warm median %.1f ms with, %.1f ms without%n", what,
                (a.get(WARM_RUNS / 2 - 1) + a.get(WARM_RUNS / 2)) / 2, (b.get(WARM_RUNS / 2 - 1) + b.get(WARM_RUNS / 2)) / 2);
    }

    private Object count(String table) {
        return dsl.fetchValue("SELECT COUNT(*) FROM " + table);
    }

    private void login(String username) {
        KopienaUser user = (KopienaUser) users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** Prints the first run's time (cold, when {@code cold}) and median and p95 of the warm runs. */
    private static void measure(String what, Supplier<?> action, boolean cold) {
        long start = System.nanoTime();
        action.get();
        double first = (System.nanoTime() - start) / 1e6;
        List<Double> runs = new ArrayList<>();
        for (int i = 0; i < WARM_RUNS; i++) {
            long s = System.nanoTime();
            action.get();
            runs.add((System.nanoTime() - s) / 1e6);
        }
        Collections.sort(runs);
        double median = (runs.get(WARM_RUNS / 2 - 1) + runs.get(WARM_RUNS / 2)) / 2;
        double p95 = runs.get((int) Math.ceil(0.95 * WARM_RUNS) - 1);
        System.out.printf("[benchmark] %-42s %s %8.1f ms   warm median %8.1f ms   p95 %8.1f ms%n", what,
                cold ? "cold" : "first", first, median, p95);
    }
}
