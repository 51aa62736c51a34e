package lv.kopiena.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import lv.kopiena.security.KopienaUser;
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
 * The remaining risk of the funders' protection, measured: an averaging attacker. Rounding by cell
 * keys makes one comparison of two reports useless, but many <em>different</em> comparisons that
 * isolate the same group give independent noisy estimates of it. For a month m and a count that
 * adds up over activities (activities, of a type or priority; attendances, of a participant
 * category), the group "that count in month m" is isolated by [a..m] minus
 * [a..m-1] for every earlier start month a, by [m..b] minus [m+1..b] for every later end month b,
 * and by [m..m] itself. The attacker collects all of them as a funder, and estimates the count:
 * <ul>
 *   <li><b>mean</b>: the average of the differences ("&lt;5" read as 2.5), rounded;</li>
 *   <li><b>intervals</b>: each difference allows an interval of true values (the published method:
 *       "&lt;5" is 1-4, a multiple of 5 n is max(5, n-4)..n+4); their intersection always holds the
 *       truth, and when it is one value the attacker is certain. Otherwise the mean clamped into it.</li>
 * </ul>
 * It prints how often each recovers the exact count, for the hidden ones (1 to 4, shown as "&lt;5")
 * and for all, over several draws of the record keys ({@code -Dattack.rounds}, default 5), next to
 * a blind guess of the commonest value; and the same for periods snapped to quarters instead of
 * months, as a what-if. The exact counts come from an admin's report of the same activities. It
 * draws new record keys between rounds: run it on a database of its own (the demo test database, or
 * the large region), never on one whose funders read reports. Not part of the build (surefire
 * skips *Benchmark). On the demo data (its own test database):
 * <pre>
 * ./mvnw test -Dtest=AveragingAttackBenchmark
 * </pre>
 * and on the large region (one of the funder's initiatives, the last 24 months; see ReportBenchmark):
 * <pre>
 * ./mvnw test -Dtest=AveragingAttackBenchmark -Dkopiena.embedded.dir=target/large-region -Dkopiena.embedded.fresh=false
 * </pre>
 */
@SpringBootTest
@ActiveProfiles("test")
class AveragingAttackBenchmark {

    private static final Locale EN = Locale.ENGLISH;
    /** The counts that add up over activities, so that every difference isolates the same group. */
    private static final Map<String, Integer> ADDITIVE = Map.of(
            ReportService.ACTIVITIES_BY_TYPE, 0,
            ReportService.ACTIVITIES_BY_PRIORITY, 0,
            ReportService.PARTICIPANTS_BY_CATEGORY, 1);

    @Autowired
    ReportService reports;
    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext dsl;
    @Value("${attack.months:24}")
    int monthLimit;
    /** Draws of the record keys to average the figures over. */
    @Value("${attack.rounds:5}")
    int rounds;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void how_often_averaging_many_differences_recovers_a_hidden_count() {
        login("funder");
        ReportOptions options = reports.options(EN);
        // the funder's last initiative: its whole report on the demo data, a fast slice of the large region
        long initiative = options.initiatives().getLast().id();
        List<YearMonth> months = months(initiative);
        System.out.printf("[averaging] initiative %s, %d months %s..%s%n", options.initiatives().getLast().name(),
                months.size(), months.getFirst(), months.getLast());

        int n = months.size();
        Map<String, int[]> byMonth = new TreeMap<>();
        Map<String, Map<Long, Integer>> byMonthTruths = new HashMap<>();
        Map<String, int[]> byQuarter = new TreeMap<>();
        Map<String, Map<Long, Integer>> byQuarterTruths = new HashMap<>();
        List<String> examples = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            if (round > 0) {
                // another draw of every record key: the figures below are over several draws, not one
                for (String table : List.of("activity", "participant", "attendance", "attendance_headcount",
                        "workshop_signup", "institution")) {
                    dsl.execute("UPDATE " + table + " SET record_key = CONV(HEX(RANDOM_BYTES(4)), 16, 10)");
                }
            }
            login("funder");
            long start = System.nanoTime();
            Map<String, String>[][] shown = cellsOf(n);
            for (int a = 0; a < n; a++) {
                for (int b = a; b < n; b++) {
                    shown[a][b] = cells(reports.report(filter(months.get(a), months.get(b), initiative), EN));
                }
            }
            System.out.printf("[averaging] round %d: %d funder reports in %.1f s%n", round + 1, n * (n + 1) / 2,
                    (System.nanoTime() - start) / 1e9);
            login("admin");
            List<Map<String, String>> exact = new ArrayList<>();
            for (YearMonth m : months) {
                exact.add(cells(reports.report(filter(m, m, initiative), EN)));
            }
            List<Integer> monthly = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                monthly.add(i);
            }
            attack(true, shown, exact, monthly, n, byMonth, byMonthTruths, examples);
            // what-if: periods snapped to quarters (only reports that start and end on quarter boundaries)
            List<Integer> quarterStarts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if ((months.get(i).getMonthValue() - 1) % 3 == 0 && i + 2 < n) {
                    quarterStarts.add(i);
                }
            }
            attack(false, shown, quarterExact(exact, quarterStarts), quarterStarts, n, byQuarter, byQuarterTruths,
                    new ArrayList<>());
        }
        print("months", byMonth, byMonthTruths);
        examples.forEach(e -> System.out.println("[averaging]   e.g. " + e));
        print("quarters (what-if)", byQuarter, byQuarterTruths);
    }

    private static void print(String what, Map<String, int[]> tally, Map<String, Map<Long, Integer>> truths) {
        System.out.printf("[averaging] periods as %s: targets; recovered by the mean, by intervals+mean; pinned by "
                + "intervals; a blind guess of the commonest value%n", what);
        tally.forEach((k, t) -> System.out.printf(
                "[averaging]   %-45s %5d   mean %5.1f %%   intervals %5.1f %%   certain %5.1f %%   guess %5.1f %%%n",
                k, t[0], 100.0 * t[1] / t[0], 100.0 * t[2] / t[0], 100.0 * t[3] / t[0],
                100.0 * truths.get(k).values().stream().mapToInt(Integer::intValue).max().orElse(0) / t[0]));
    }

    /**
     * Runs both estimators over every target (a period unit and an additive cell) and counts how
     * often they recover the exact count.
     *
     * @param units the index of the first month of each period unit (a month, or a quarter's first)
     */
    private static void attack(boolean months, Map<String, String>[][] shown, List<Map<String, String>> exact,
                               List<Integer> units, int n, Map<String, int[]> tally, Map<String, Map<Long, Integer>> truths,
                               List<String> examples) {
        for (int u = 0; u < units.size(); u++) {
            int first = units.get(u);
            int last = u + 1 < units.size() ? units.get(u + 1) - 1 : (months ? first : first + 2);
            for (Map.Entry<String, String> target : exact.get(u).entrySet()) {
                long truth = Long.parseLong(target.getValue());
                String cell = target.getKey();
                List<long[]> samples = new ArrayList<>();
                // [a..last] minus [a..first-1] for every earlier unit start a, and the unit itself
                for (int v = 0; v <= u; v++) {
                    int a = units.get(v);
                    samples.add(v == u ? difference(shown[a][last], null, cell)
                            : difference(shown[a][last], shown[a][first - 1], cell));
                }
                // [first..b] minus [last+1..b] for every later unit end b
                for (int v = u + 1; v < units.size(); v++) {
                    int b = v + 1 < units.size() ? units.get(v + 1) - 1 : Math.min(n - 1, units.get(v) + 2);
                    samples.add(difference(shown[first][b], shown[last + 1][b], cell));
                }
                double mean = samples.stream().mapToDouble(s -> s[2] / 2.0).average().orElse(0);
                long lo = 0;
                long hi = Long.MAX_VALUE;
                for (long[] s : samples) {
                    lo = Math.max(lo, s[0]);
                    hi = Math.min(hi, s[1]);
                }
                long byMean = Math.round(mean);
                long byIntervals = Math.min(hi, Math.max(lo, byMean));
                String kind = (truth >= 1 && truth <= 4 ? "hidden (1-4)" : "all") + " " + cell.substring(0, cell.indexOf('|'));
                for (String k : List.of(kind, truth >= 1 && truth <= 4 ? "hidden (1-4) ALL" : "all ALL")) {
                    int[] t = tally.computeIfAbsent(k, x -> new int[4]);
                    t[0]++;
                    t[1] += byMean == truth ? 1 : 0;
                    t[2] += byIntervals == truth ? 1 : 0;
                    t[3] += lo == hi ? 1 : 0;
                    truths.computeIfAbsent(k, x -> new HashMap<>()).merge(truth, 1, Integer::sum);
                }
                if (truth >= 1 && truth <= 4 && byIntervals == truth && examples.size() < 3) {
                    examples.add(String.format("%s unit %d: %d differences, mean %.2f, interval %d..%d, truth %d", cell, u,
                            samples.size(), mean, lo, hi, truth));
                }
            }
        }
    }

    /**
     * A difference as the attacker reads it: {low, high, twice the point estimate} of bigger minus
     * smaller (a null smaller is nothing: 0).
     */
    private static long[] difference(Map<String, String> bigger, Map<String, String> smaller, String cell) {
        long[] b = read(bigger.getOrDefault(cell, "0"));
        long[] s = smaller == null ? new long[] {0, 0, 0} : read(smaller.getOrDefault(cell, "0"));
        return new long[] {Math.max(0, b[0] - s[1]), b[1] - s[0], b[2] - s[2]};
    }

    /** {low, high, twice the point estimate} of a shown figure. */
    private static long[] read(String text) {
        if (text.equals("<5")) {
            return new long[] {1, 4, 5};
        }
        long v = Long.parseLong(text);
        return v > 0 && v % 5 == 0 ? new long[] {Math.max(5, v - 4), v + 4, 2 * v} : new long[] {v, v, 2 * v};
    }

    /** The exact counts of each quarter: the sums of its months' exact counts. */
    private static List<Map<String, String>> quarterExact(List<Map<String, String>> exact, List<Integer> starts) {
        List<Map<String, String>> quarters = new ArrayList<>();
        for (int start : starts) {
            Map<String, Long> sum = new HashMap<>();
            for (int i = start; i < start + 3; i++) {
                exact.get(i).forEach((cell, v) -> sum.merge(cell, Long.parseLong(v), Long::sum));
            }
            Map<String, String> q = new LinkedHashMap<>();
            sum.forEach((cell, v) -> q.put(cell, String.valueOf(v)));
            quarters.add(q);
        }
        return quarters;
    }

    /**
     * The additive cells of a report, by "table|row|column", as shown, with the activities and
     * attendances key figures. (A month's row of the by-month table is the same records in every
     * period that holds the month, so it always shows the same number: nothing to average there.)
     */
    private static Map<String, String> cells(Report report) {
        Map<String, String> cells = new HashMap<>();
        for (ReportTable t : report.tables()) {
            Integer column = ADDITIVE.get(t.id());
            if (column != null) {
                t.rows().forEach(row -> cells.put(t.id() + "|" + row.label() + "|" + column, row.values().get(column).text()));
            }
        }
        report.keyFigures().stream().filter(k -> k.labelKey().equals("report.figure.activities")
                        || k.labelKey().equals("report.figure.attendances"))
                .forEach(k -> cells.put("figure|" + k.labelKey() + "|0", k.value().text()));
        return cells;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String>[][] cellsOf(int n) {
        return new Map[n][n];
    }

    private List<YearMonth> months(long initiative) {
        var range = dsl.resultQuery("SELECT MIN(starts_at), MAX(starts_at) FROM activity WHERE initiative_id = ?", initiative)
                .fetchSingle();
        YearMonth first = YearMonth.from(range.get(0, java.time.LocalDateTime.class));
        YearMonth last = YearMonth.from(range.get(1, java.time.LocalDateTime.class));
        if (first.plusMonths(monthLimit - 1).isBefore(last)) {
            first = last.minusMonths(monthLimit - 1);
        }
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    private static ReportFilter filter(YearMonth from, YearMonth to, long initiative) {
        return new ReportFilter(from.atDay(1), to.atEndOfMonth(), null, initiative, null, null, null, null);
    }

    private void login(String username) {
        KopienaUser user = (KopienaUser) users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
