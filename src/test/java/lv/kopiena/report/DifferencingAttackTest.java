package lv.kopiena.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import lv.kopiena.IntegrationTest;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An automated differencing attack on the demo data through the real {@link ReportService}, as the
 * demo funder: it asks for every report a funder can ask for (every whole-month period over the
 * span of the funded activities, open-ended ones, and each filter value the funder may choose with
 * the whole span, each year, quarter and month), and compares every pair of reports whose activity
 * sets are nested, cell by cell, and every row against its total and key figure. It knows the
 * published method (Kerckhoffs): "0" means exactly 0, "&lt;5" means 1 to 4, a multiple of 5 n means
 * max(5, n - 4) to n + 4, any other number means itself. A difference known to be exactly 1 to 4
 * is a leak. The same attacker, given exact numbers (an admin's report of the same activities),
 * must find such leaks: that is what shows it is not vacuous.
 */
class DifferencingAttackTest extends IntegrationTest {

    private static final Locale EN = Locale.ENGLISH;
    /** Tables whose cells cannot shrink when activities are added (all but first-time vs returning). */
    private static final Set<String> NOT_MONOTONE = Set.of(ReportService.FIRST_TIME_RETURNING);
    private static final Interval ZERO = new Interval(0, 0);

    @Autowired
    ReportService reports;
    @Autowired
    DSLContext dsl;

    @Test
    void comparing_any_two_reports_a_funder_can_ask_for_never_pins_a_count_from_1_to_4() throws Exception {
        long start = System.nanoTime();
        login("funder");
        Activities activities = funded();
        List<Question> questions = new ArrayList<>();
        List<YearMonth> months = activities.months();
        for (int i = 0; i < months.size(); i++) {
            for (int j = i; j < months.size(); j++) {
                questions.add(new Question(months.get(i).atDay(1), months.get(j).atEndOfMonth(), Filter.NONE, null));
            }
            questions.add(new Question(months.get(i).atDay(1), null, Filter.NONE, null));
            questions.add(new Question(null, months.get(i).atEndOfMonth(), Filter.NONE, null));
        }
        questions.add(new Question(null, null, Filter.NONE, null));

        ReportOptions options = reports.options(EN);
        Map<Filter, List<Long>> values = new LinkedHashMap<>();
        values.put(Filter.CENTRE, options.centres().stream().map(ReportOptions.Choice::id).toList());
        values.put(Filter.INITIATIVE, options.initiatives().stream().map(ReportOptions.Choice::id).toList());
        values.put(Filter.PHASE, options.phases().stream().map(ReportOptions.PhaseChoice::id).toList());
        values.put(Filter.MUNICIPALITY, options.municipalities().stream().map(ReportOptions.MunicipalityChoice::id).toList());
        values.put(Filter.PRIORITY, options.priorities().stream().map(ReportOptions.Choice::id).toList());
        values.put(Filter.TARGET_GROUP, options.targetGroups().stream().map(ReportOptions.Choice::id).toList());
        List<Question> wholes = new ArrayList<>();
        values.forEach((filter, ids) -> ids.forEach(id -> wholes.add(new Question(null, null, filter, id))));
        List<Question> narrower = new ArrayList<>();
        int empty = 0;
        for (Question whole : wholes) {
            if (activities.matching(whole.reportFilter()).isEmpty()) {
                // every narrower period of a filter without activities is empty too: nothing more to compare
                empty++;
                continue;
            }
            for (Period p : activities.periods()) {
                narrower.add(new Question(p.from(), p.to(), whole.filter(), whole.value()));
            }
        }
        questions.addAll(wholes);
        questions.addAll(narrower);
        List<Published> published = askAll(questions, activities);
        int filterValues = wholes.size();
        long asked = System.nanoTime();
        Attack attack = attack(published);
        System.out.printf("[attack] funder view: %d reports (%d filter values, %d of them without activities) in %.1f s, "
                        + "%d nested pairs, %d comparisons, %d leaks, %.1f s in all%n", published.size(), filterValues, empty,
                (asked - start) / 1e9, attack.pairs(), attack.comparisons(), attack.leaks().size(),
                (System.nanoTime() - start) / 1e9);

        assertThat(published.size()).isGreaterThan(500);
        assertThat(attack.pairs()).isGreaterThan(10_000);
        assertThat(attack.leaks()).as("differences known to be exactly 1 to 4").isEmpty();
    }

    @Test
    void the_same_attacker_finds_small_counts_in_exact_reports_of_the_same_activities() throws Exception {
        login("funder");
        Activities activities = funded();
        long initiative = reports.options(EN).initiatives().getFirst().id();
        List<YearMonth> months = activities.months();
        // an admin sees exact numbers; with the funder's initiative as filter, of the same activities
        login("admin");
        List<Question> questions = new ArrayList<>();
        for (YearMonth month : months) {
            questions.add(new Question(months.getFirst().atDay(1), month.atEndOfMonth(), Filter.INITIATIVE, initiative));
            questions.add(new Question(month.atDay(1), month.atEndOfMonth(), Filter.INITIATIVE, initiative));
        }
        List<Published> published = askAll(questions, activities);
        Attack attack = attack(published);
        Leak example = attack.leaks().stream()
                .filter(l -> l.cell().equals(ReportService.PARTICIPANTS_BY_CATEGORY + "|participant.category.PARENT|0")
                        && !l.sameReport())
                .findFirst().orElse(attack.leaks().isEmpty() ? null : attack.leaks().getFirst());
        System.out.printf("[attack] exact view: %d reports, %d nested pairs, %d comparisons, %d leaks, e.g. %s%n",
                published.size(), attack.pairs(), attack.comparisons(), attack.leaks().size(), example);

        assertThat(attack.leaks()).as("exact numbers leak small differences").hasSizeGreaterThan(10);
        assertThat(attack.leaks()).as("also between two periods, of people, like the issue's parents")
                .anyMatch(l -> !l.sameReport() && l.cell().startsWith(ReportService.PARTICIPANTS_BY_CATEGORY + "|"));
    }

    // ---- the attacker

    private enum Filter { NONE, CENTRE, INITIATIVE, PHASE, MUNICIPALITY, PRIORITY, TARGET_GROUP }

    private record Question(@Nullable LocalDate from, @Nullable LocalDate to, Filter filter, @Nullable Long value) {

        ReportFilter reportFilter() {
            return new ReportFilter(from, to, filter == Filter.CENTRE ? value : null, filter == Filter.INITIATIVE ? value : null,
                    filter == Filter.PHASE ? value : null, filter == Filter.MUNICIPALITY ? value : null,
                    filter == Filter.PRIORITY ? value : null, filter == Filter.TARGET_GROUP ? value : null);
        }
    }

    /** What a report tells the attacker: its activities (known from its filter) and each cell's possible values. */
    private record Published(String name, BitSet activities, Map<String, Interval> cells, Map<String, String> totals) {
    }

    /** The true values a shown figure allows. */
    private record Interval(long lo, long hi) {

        static Interval of(Count count) {
            String text = count.text();
            if (text.equals("0")) {
                return new Interval(0, 0);
            }
            if (text.equals("<5")) {
                return new Interval(1, 4);
            }
            long n = Long.parseLong(text);
            return n % 5 == 0 ? new Interval(Math.max(5, n - 4), n + 4) : new Interval(n, n);
        }
    }

    private record Leak(String bigger, String smaller, String cell, long value, boolean sameReport) {
        @Override
        public String toString() {
            return sameReport ? smaller + ": " + bigger + " minus " + cell + " is exactly " + value
                    : cell + ": " + bigger + " minus " + smaller + " is exactly " + value;
        }
    }

    private record Attack(long pairs, long comparisons, List<Leak> leaks) {
    }

    /**
     * Asks every question as the logged-in user, a few at a time (each in its own read-only
     * transaction; nothing is written), in the order given.
     */
    private List<Published> askAll(List<Question> questions, Activities all) throws Exception {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Published>> answers = pool.invokeAll(questions.stream().<Callable<Published>>map(q -> () -> {
                SecurityContextHolder.getContext().setAuthentication(who);
                try {
                    return ask(q, all);
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }).toList());
            List<Published> published = new ArrayList<>();
            for (Future<Published> answer : answers) {
                published.add(answer.get());
            }
            return published;
        } finally {
            pool.shutdownNow();
        }
    }

    private Published ask(Question q, Activities all) {
        Report report = reports.report(q.reportFilter(), EN);
        Map<String, Interval> cells = new HashMap<>();
        Map<String, String> totals = new HashMap<>();
        for (Report.KeyFigure k : report.keyFigures()) {
            if (!k.labelKey().equals("report.figure.hours")) {
                cells.put("figure|" + k.labelKey(), Interval.of(k.value()));
            }
        }
        for (ReportTable t : report.tables()) {
            for (int c = 0; c < t.columnKeys().size(); c++) {
                // hours are not a count of anyone; the counts of people who earned them are elsewhere
                if (t.columnKeys().get(c).equals("report.column.hours")) {
                    continue;
                }
                String total = totalOf(t.id(), t.columnKeys().get(c));
                for (ReportRow row : t.rows()) {
                    String id = t.id() + "|" + row.label() + "|" + c;
                    cells.put(id, Interval.of(row.values().get(c)));
                    totals.put(id, "figure|" + total);
                }
                if (t.total() != null) {
                    cells.put(t.id() + "|total|" + c, Interval.of(t.total().values().get(c)));
                }
            }
        }
        // the attacker reads the period the report covers from the report itself (widened to months)
        return new Published(describe(report.filter()), all.matching(report.filter()), cells, totals);
    }

    /** The key figure that counts everything a table's column counts a part of. */
    private static String totalOf(String table, String column) {
        return switch (column) {
            case "report.column.activities" -> "report.figure.activities";
            case "report.column.unique-participants" -> "report.figure.unique-participants";
            case "report.column.attendances" -> "report.figure.attendances";
            case "report.column.institutions" -> "report.figure.partners";
            default -> throw new IllegalArgumentException(table + " " + column);
        };
    }

    private static Attack attack(List<Published> published) {
        long pairs = 0;
        long comparisons = 0;
        List<Leak> leaks = new ArrayList<>();
        for (Published report : published) {
            // within a report: a row against its table's total and against the key figure it is part of
            for (Map.Entry<String, Interval> cell : report.cells().entrySet()) {
                String[] id = cell.getKey().split("\\|");
                if (id[0].equals("figure") || id[1].equals("total")) {
                    continue;
                }
                List<String> wholes = new ArrayList<>();
                wholes.add(id[0] + "|total|" + id[2]);
                wholes.add(report.totals().get(cell.getKey()));
                for (String whole : wholes) {
                    Interval w = report.cells().get(whole);
                    if (w != null) {
                        comparisons++;
                        long low = Math.max(0, w.lo() - cell.getValue().hi());
                        if (low == w.hi() - cell.getValue().lo() && low >= 1 && low <= 4) {
                            leaks.add(new Leak(whole, report.name(), cell.getKey(), low, true));
                        }
                    }
                }
            }
        }
        // every cell any report has, as a column of dense arrays: a report without the cell has 0 there
        List<String> ids = published.stream().flatMap(p -> p.cells().keySet().stream()).distinct().sorted().toList();
        int cells = ids.size();
        long[][] lo = new long[published.size()][cells];
        long[][] hi = new long[published.size()][cells];
        boolean[] monotone = new boolean[cells];
        for (int k = 0; k < cells; k++) {
            monotone[k] = monotone(ids.get(k));
        }
        for (int r = 0; r < published.size(); r++) {
            for (int k = 0; k < cells; k++) {
                Interval i = published.get(r).cells().getOrDefault(ids.get(k), ZERO);
                lo[r][k] = i.lo();
                hi[r][k] = i.hi();
            }
        }
        for (int b = 0; b < published.size(); b++) {
            for (int s = 0; s < published.size(); s++) {
                if (b == s || !contains(published.get(b).activities(), published.get(s).activities())) {
                    continue;
                }
                pairs++;
                comparisons += cells;
                for (int k = 0; k < cells; k++) {
                    long low = lo[b][k] - hi[s][k];
                    long high = hi[b][k] - lo[s][k];
                    if (monotone[k]) {
                        low = Math.max(0, low);
                    }
                    if (low == high && low >= 1 && low <= 4) {
                        leaks.add(new Leak(published.get(b).name(), published.get(s).name(), ids.get(k), low, false));
                    }
                }
            }
        }
        return new Attack(pairs, comparisons, leaks);
    }

    private static boolean monotone(String cell) {
        return !NOT_MONOTONE.contains(cell.substring(0, cell.indexOf('|')));
    }

    private static boolean contains(BitSet bigger, BitSet smaller) {
        BitSet outside = (BitSet) smaller.clone();
        outside.andNot(bigger);
        return outside.isEmpty();
    }

    private static String describe(ReportFilter f) {
        StringBuilder name = new StringBuilder("[").append(f.from() == null ? "…" : f.from()).append("..")
                .append(f.to() == null ? "…" : f.to()).append("]");
        Map<String, @Nullable Long> filters = new LinkedHashMap<>();
        filters.put("centre", f.centreId());
        filters.put("initiative", f.initiativeId());
        filters.put("phase", f.phaseId());
        filters.put("municipality", f.municipalityId());
        filters.put("priority", f.priorityId());
        filters.put("target group", f.targetGroupId());
        filters.forEach((k, v) -> {
            if (v != null) {
                name.append(' ').append(k).append('=').append(v);
            }
        });
        return name.toString();
    }

    // ---- which activities a filter keeps, worked out here from plain SQL (not by the report's code)

    private record Period(LocalDate from, LocalDate to) {
    }

    private record Activity(int index, LocalDateTime startsAt, long centre, long initiative, @Nullable Long phase,
                            Set<Long> municipalities, Set<Long> priorities, Set<Long> targetGroups) {
    }

    private record Activities(List<Activity> list) {

        List<YearMonth> months() {
            YearMonth first = YearMonth.from(list.stream().map(Activity::startsAt).min(LocalDateTime::compareTo).orElseThrow());
            YearMonth last = YearMonth.from(list.stream().map(Activity::startsAt).max(LocalDateTime::compareTo).orElseThrow());
            List<YearMonth> months = new ArrayList<>();
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                months.add(m);
            }
            return months;
        }

        /** Each year, quarter and month of the span (whole ones, as a funder's periods are). */
        List<Period> periods() {
            List<YearMonth> months = months();
            List<Period> periods = new ArrayList<>();
            for (int year = months.getFirst().getYear(); year <= months.getLast().getYear(); year++) {
                periods.add(new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
                for (int quarter = 0; quarter < 4; quarter++) {
                    YearMonth first = YearMonth.of(year, quarter * 3 + 1);
                    if (!first.plusMonths(2).isBefore(months.getFirst()) && !first.isAfter(months.getLast())) {
                        periods.add(new Period(first.atDay(1), first.plusMonths(2).atEndOfMonth()));
                    }
                }
            }
            months.forEach(m -> periods.add(new Period(m.atDay(1), m.atEndOfMonth())));
            return periods;
        }

        BitSet matching(ReportFilter f) {
            BitSet set = new BitSet();
            for (Activity a : list) {
                boolean in = (f.from() == null || !a.startsAt().isBefore(f.from().atStartOfDay()))
                        && (f.to() == null || a.startsAt().isBefore(f.to().plusDays(1).atStartOfDay()))
                        && (f.centreId() == null || a.centre() == f.centreId())
                        && (f.initiativeId() == null || a.initiative() == f.initiativeId())
                        && (f.phaseId() == null || f.phaseId().equals(a.phase()))
                        && (f.municipalityId() == null || a.municipalities().contains(f.municipalityId()))
                        && (f.priorityId() == null || a.priorities().contains(f.priorityId()))
                        && (f.targetGroupId() == null || a.targetGroups().contains(f.targetGroupId()));
                set.set(a.index(), in);
            }
            return set;
        }
    }

    /** The activities of the initiatives the demo funder's institution funds, with what filters look at. */
    private Activities funded() {
        Map<Long, Set<Long>> priorities = links("SELECT activity_id, priority_id FROM activity_priority");
        Map<Long, Set<Long>> groups = links("SELECT activity_id, target_group_id FROM activity_target_group");
        List<Activity> list = new ArrayList<>();
        dsl.resultQuery("""
                SELECT a.id, a.starts_at, a.centre_id, a.initiative_id, a.phase_id, m.id, m.successor_id
                FROM activity a JOIN centre c ON c.id = a.centre_id JOIN municipality m ON m.id = c.municipality_id
                WHERE a.initiative_id IN (SELECT f.initiative_id FROM initiative_funder f
                                          JOIN user_account u ON u.institution_id = f.institution_id
                                          WHERE u.username = 'funder')
                ORDER BY a.id""").forEach(r -> {
            long id = ((Number) r.get(0)).longValue();
            Set<Long> municipalities = new HashSet<>();
            municipalities.add(((Number) r.get(5)).longValue());
            if (r.get(6) != null) {
                // a centre registered under a former municipality is also in today's one
                municipalities.add(((Number) r.get(6)).longValue());
            }
            list.add(new Activity(list.size(), r.get(1, LocalDateTime.class), ((Number) r.get(2)).longValue(),
                    ((Number) r.get(3)).longValue(), r.get(4) == null ? null : ((Number) r.get(4)).longValue(),
                    municipalities, priorities.getOrDefault(id, Set.of()), groups.getOrDefault(id, Set.of())));
        });
        assertThat(list).hasSizeGreaterThan(30);
        return new Activities(list);
    }

    private Map<Long, Set<Long>> links(String sql) {
        Map<Long, Set<Long>> links = new HashMap<>();
        dsl.resultQuery(sql).forEach(r -> links.computeIfAbsent(((Number) r.get(0)).longValue(), k -> new HashSet<>())
                .add(((Number) r.get(1)).longValue()));
        return links;
    }
}
