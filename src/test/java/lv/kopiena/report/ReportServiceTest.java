package lv.kopiena.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import lv.kopiena.IntegrationTest;
import lv.kopiena.i18n.TranslationProvider;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * The report's numbers against the demo data, each expected value computed here with plain SQL of
 * its own (not with the report's repository).
 */
class ReportServiceTest extends IntegrationTest {

    private static final Locale EN = Locale.ENGLISH;

    @Autowired
    ReportService reports;
    @Autowired
    DSLContext dsl;
    @Autowired
    Clock clock;

    // ---- plain SQL helpers

    private long sql(String query, Object... args) {
        Object value = dsl.fetchValue(query, args);
        return value == null ? 0 : ((Number) value).longValue();
    }

    private long id(String query, Object... args) {
        return sql(query, args);
    }

    private long preili() {
        return id("SELECT id FROM centre WHERE name LIKE 'Preiļu%'");
    }

    private long ludza() {
        return id("SELECT id FROM centre WHERE name LIKE 'Ludzas%'");
    }

    private long activeCommunities() {
        return id("SELECT id FROM initiative WHERE title = 'Aktīvās kopienas'");
    }

    private long ludzaInitiative() {
        return id("SELECT id FROM initiative WHERE centre_id = ? LIMIT 1", ludza());
    }

    /** Key figures and first columns as plain numbers, for comparisons. */
    private static Map<String, String> figures(Report report) {
        return report.keyFigures().stream().collect(Collectors.toMap(Report.KeyFigure::labelKey, k -> k.value().text()));
    }

    private static ReportTable table(Report report, String id) {
        return report.tables().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private static Map<String, String> column(ReportTable table, int column) {
        return table.rows().stream().collect(Collectors.toMap(ReportRow::label, r -> r.values().get(column).text()));
    }

    /** Every number of a report in a fixed order: key figures, then each table's rows and total. */
    private static List<Count> counts(Report report) {
        List<Count> all = new ArrayList<>();
        report.keyFigures().forEach(k -> all.add(k.value()));
        report.tables().forEach(t -> {
            t.rows().forEach(r -> all.addAll(r.values()));
            if (t.total() != null) {
                all.addAll(t.total().values());
            }
        });
        return all;
    }

    /** A funder's figure: 0 for 0, "<5" for 1 to 4, else a multiple of 5 less than 5 away. */
    private static void assertProtected(String shown, long exact) {
        if (exact == 0) {
            assertThat(shown).isEqualTo("0");
        } else if (exact < 5) {
            assertThat(shown).isEqualTo("<5");
        } else {
            long value = Long.parseLong(shown);
            assertThat(value % 5).isZero();
            assertThat(Math.abs(value - exact)).as("%s shown for %s", shown, exact).isLessThan(5);
        }
    }

    private static ReportFilter initiative(long id) {
        return new ReportFilter(null, null, null, id, null, null, null, null);
    }

    // ---- scope and audience

    @Test
    void a_coordinator_sees_exact_numbers_of_its_own_centre_equal_to_the_database() {
        login("coordinator");
        long centre = preili();
        Report report = reports.report(ReportFilter.none(), EN);

        assertThat(report.audience()).isEqualTo(ReportAudience.EXACT);
        String act = "SELECT id FROM activity WHERE centre_id = " + centre;
        assertThat(figures(report)).containsEntry("report.figure.activities",
                        String.valueOf(sql("SELECT COUNT(*) FROM activity WHERE centre_id = ?", centre)))
                .containsEntry("report.figure.unique-participants",
                        String.valueOf(sql("SELECT COUNT(DISTINCT participant_id) FROM attendance WHERE activity_id IN (" + act + ")")))
                .containsEntry("report.figure.attendances",
                        String.valueOf(sql("SELECT COUNT(*) FROM attendance WHERE activity_id IN (" + act + ")")
                                + sql("SELECT COALESCE(SUM(head_count), 0) FROM attendance_headcount WHERE activity_id IN (" + act + ")")))
                .containsEntry("report.figure.partners", String.valueOf(sql("""
                        SELECT COUNT(*) FROM (
                          SELECT institution_id FROM initiative_partner WHERE initiative_id IN (SELECT initiative_id FROM activity WHERE centre_id = ?)
                          UNION SELECT organiser_institution_id FROM activity WHERE centre_id = ? AND organiser_institution_id IS NOT NULL) x
                        """, centre, centre)));
        BigDecimal hours = new BigDecimal(String.valueOf(dsl.fetchValue("""
                SELECT COALESCE(SUM(w.pd_hours), 0) FROM workshop_signup s JOIN workshop w ON w.activity_id = s.workshop_id
                JOIN activity a ON a.id = w.activity_id WHERE s.attended AND a.centre_id = ?""", centre)));
        assertThat(new BigDecimal(figures(report).get("report.figure.hours"))).isEqualByComparingTo(hours);

        Map<String, String> byType = column(table(report, "activities-by-type"), 0);
        dsl.resultQuery("SELECT type, COUNT(*) FROM activity WHERE centre_id = ? GROUP BY type", centre)
                .forEach(r -> assertThat(byType).containsEntry("activity.type." + r.get(0), String.valueOf(r.get(1))));
        assertThat(byType).hasSize((int) sql("SELECT COUNT(DISTINCT type) FROM activity WHERE centre_id = ?", centre));

        ReportTable categories = table(report, "participants-by-category");
        Map<String, String> people = column(categories, 0);
        Map<String, String> attendances = column(categories, 1);
        dsl.resultQuery("""
                SELECT p.category, COUNT(DISTINCT p.id), COUNT(*) FROM attendance t JOIN participant p ON p.id = t.participant_id
                JOIN activity a ON a.id = t.activity_id WHERE a.centre_id = ? GROUP BY p.category""", centre)
                .forEach(r -> {
                    String key = "participant.category." + r.get(0);
                    long heads = sql("""
                            SELECT COALESCE(SUM(h.head_count), 0) FROM attendance_headcount h JOIN activity a ON a.id = h.activity_id
                            WHERE a.centre_id = ? AND h.category = ?""", centre, r.get(0));
                    assertThat(people).containsEntry(key, String.valueOf(r.get(1)));
                    assertThat(attendances).containsEntry(key, String.valueOf(((Number) r.get(2)).longValue() + heads));
                });
        assertThat(categories.total().values().get(0).text()).isEqualTo(figures(report).get("report.figure.unique-participants"));

        Map<String, String> groups = column(table(report, "protected-groups"), 0);
        assertThat(groups).containsEntry("report.row.refugee", String.valueOf(sql("""
                SELECT COUNT(DISTINCT p.id) FROM attendance t JOIN participant p ON p.id = t.participant_id
                JOIN activity a ON a.id = t.activity_id WHERE a.centre_id = ? AND p.refugee""", centre)));
        assertThat(report.tables()).extracting(ReportTable::id).contains("activities-by-month", "activities-by-priority",
                "first-time-returning", "partners-by-type", "partners-by-municipality");
    }

    @Test
    void the_ludza_coordinator_sees_only_ludza() {
        login("coordinator-ludza");
        Report report = reports.report(ReportFilter.none(), EN);
        assertThat(figures(report)).containsEntry("report.figure.activities",
                String.valueOf(sql("SELECT COUNT(*) FROM activity WHERE centre_id = ?", ludza())));
        assertThat(figures(report).get("report.figure.unique-participants")).isEqualTo(String.valueOf(sql("""
                SELECT COUNT(DISTINCT t.participant_id) FROM attendance t JOIN activity a ON a.id = t.activity_id
                WHERE a.centre_id = ?""", ludza())));
    }

    @Test
    void an_admin_sees_every_centre() {
        login("admin");
        Report report = reports.report(ReportFilter.none(), EN);
        assertThat(report.audience()).isEqualTo(ReportAudience.EXACT);
        assertThat(figures(report)).containsEntry("report.figure.activities", String.valueOf(sql("SELECT COUNT(*) FROM activity")))
                .containsEntry("report.figure.unique-participants",
                        String.valueOf(sql("SELECT COUNT(DISTINCT participant_id) FROM attendance")));
    }

    @Test
    void a_funder_sees_only_the_initiative_it_funds_with_protected_counts() {
        login("funder");
        Report report = reports.report(ReportFilter.none(), EN);

        assertThat(report.audience()).isEqualTo(ReportAudience.PROTECTED);
        long funded = sql("SELECT COUNT(*) FROM activity WHERE initiative_id = ?", activeCommunities());
        assertThat(funded).isLessThan(sql("SELECT COUNT(*) FROM activity"));
        assertProtected(figures(report).get("report.figure.activities"), funded);
        assertProtected(figures(report).get("report.figure.unique-participants"), sql("""
                SELECT COUNT(DISTINCT t.participant_id) FROM attendance t JOIN activity a ON a.id = t.activity_id
                WHERE a.initiative_id = ?""", activeCommunities()));
        assertThat(report.applied()).first().isEqualTo(
                new Report.AppliedFilter("report.filter.funded", "Aktīvās kopienas"));
        // the demo initiative is the funder's only one: its phases are compared
        assertThat(report.tables()).extracting(ReportTable::id).contains("phases");
        assertThat(counts(report)).extracting(Count::text).contains("<5");
    }

    @Test
    void every_number_a_funder_sees_is_zero_under_five_or_a_multiple_of_five_next_to_the_exact_one() {
        login("admin");
        Report exact = reports.report(initiative(activeCommunities()), EN);
        login("funder");
        Report funder = reports.report(initiative(activeCommunities()), EN);

        List<Count> shown = counts(funder);
        List<Count> truth = counts(exact);
        assertThat(shown).hasSameSizeAs(truth).hasSizeGreaterThan(60);
        int small = 0;
        int moved = 0;
        for (int i = 0; i < shown.size(); i++) {
            Count s = shown.get(i);
            double t = truth.get(i).value().doubleValue();
            if (!s.shown()) {
                small++;
                continue;
            }
            double v = s.value().doubleValue();
            if (t == 0) {
                assertThat(v).isZero();
            } else {
                assertThat(v % 5).as("a multiple of 5 for %s", t).isZero();
                assertThat(Math.abs(v - t)).as("%s shown for %s", v, t).isLessThan(5);
                assertThat(v).isGreaterThanOrEqualTo(5);
                moved += v == t ? 0 : 1;
            }
        }
        assertThat(small).as("small counts are hidden").isPositive();
        assertThat(moved).as("numbers that are not multiples of 5 are rounded").isPositive();
        // the exact small counts of that report are 1 to 4 where the funder sees "<5" (hours aside)
        for (ReportTable t : funder.tables()) {
            ReportTable e = table(exact, t.id());
            for (int r = 0; r < t.rows().size(); r++) {
                for (int c = 0; c < t.columnKeys().size(); c++) {
                    if (!t.rows().get(r).values().get(c).shown() && !t.columnKeys().get(c).equals("report.column.hours")) {
                        assertThat(e.rows().get(r).values().get(c).value().longValue()).isBetween(1L, 4L);
                    }
                }
            }
        }
    }

    @Test
    void the_same_records_asked_for_in_different_ways_show_the_same_figures() {
        login("funder");
        // the funder funds one initiative: naming it changes the question, not the activities
        Report all = reports.report(ReportFilter.none(), EN);
        Report named = reports.report(initiative(activeCommunities()), EN);
        Report again = reports.report(ReportFilter.none(), EN);

        assertThat(counts(named)).isEqualTo(counts(all));
        assertThat(counts(again)).isEqualTo(counts(all));
        // the category table's total and the protected-group tables' totals count the same people as
        // the key figure: the same records, the same key, the same shown number
        String people = figures(all).get("report.figure.unique-participants");
        assertThat(table(all, "participants-by-category").total().values().get(0).text()).isEqualTo(people);
        assertThat(table(all, "protected-groups").total().values().get(0).text()).isEqualTo(people);
        assertThat(table(all, "participants-by-category").total().values().get(1).text())
                .isEqualTo(figures(all).get("report.figure.attendances"));
    }

    @Test
    void a_funders_period_is_widened_to_whole_months_so_a_day_more_changes_nothing() {
        login("funder");
        LocalDate month = LocalDate.now(clock).minusMonths(6);
        LocalDate start = LocalDate.now(clock).minusYears(3);
        Report to14 = reports.report(new ReportFilter(start.withDayOfMonth(9), month.withDayOfMonth(14), null, null, null,
                null, null, null), EN);
        Report to15 = reports.report(new ReportFilter(start.withDayOfMonth(20), month.withDayOfMonth(15), null, null, null,
                null, null, null), EN);

        LocalDate first = start.withDayOfMonth(1);
        LocalDate last = month.withDayOfMonth(month.lengthOfMonth());
        assertThat(to14.filter().from()).isEqualTo(first);
        assertThat(to14.filter().to()).isEqualTo(last);
        assertThat(counts(to15)).isEqualTo(counts(to14));
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(TranslationProvider.supported(EN));
        assertThat(to14.applied()).contains(new Report.AppliedFilter("report.filter.period",
                date.format(first) + " – " + date.format(last)));
        // the activities counted are those of the whole months, as plain SQL counts them
        long activities = sql("SELECT COUNT(*) FROM activity WHERE initiative_id = ? AND starts_at >= ? AND starts_at < ?",
                activeCommunities(), first.atStartOfDay(), last.plusDays(1).atStartOfDay());
        assertProtected(figures(to14).get("report.figure.activities"), activities);

        login("coordinator");
        Report exact = reports.report(new ReportFilter(start.withDayOfMonth(9), month.withDayOfMonth(14), null, null, null,
                null, null, null), EN);
        assertThat(exact.filter().to()).as("exact reports keep the days asked for").isEqualTo(month.withDayOfMonth(14));
    }

    @Test
    void no_names_or_e_mails_appear_in_any_report() {
        List<String> personal = new ArrayList<>();
        dsl.resultQuery("SELECT CONCAT(first_name, ' ', last_name), email, guardian_name FROM participant").forEach(r -> {
            for (int i = 0; i < 3; i++) {
                if (r.get(i) != null) {
                    personal.add((String) r.get(i));
                }
            }
        });
        dsl.resultQuery("SELECT display_name, email FROM user_account").forEach(r -> {
            for (int i = 0; i < 2; i++) {
                if (r.get(i) != null) {
                    personal.add((String) r.get(i));
                }
            }
        });
        dsl.resultQuery("SELECT contact_name, contact_email FROM institution UNION ALL SELECT contact_name, contact_email FROM centre")
                .forEach(r -> {
                    for (int i = 0; i < 2; i++) {
                        if (r.get(i) != null) {
                            personal.add((String) r.get(i));
                        }
                    }
                });
        assertThat(personal).hasSizeGreaterThan(200);
        for (String user : List.of("admin", "coordinator", "coordinator-ludza", "funder")) {
            login(user);
            String text = reports.report(ReportFilter.none(), EN).toString();
            assertThat(personal).as(user).noneMatch(text::contains);
        }
    }

    // ---- filters

    @Test
    void a_period_limits_the_numbers_to_activities_starting_in_it() {
        login("coordinator");
        LocalDate from = LocalDate.now(clock).minusMonths(6);
        LocalDate to = LocalDate.now(clock);
        Report report = reports.report(new ReportFilter(from, to, null, null, null, null, null, null), EN);
        String in = "SELECT id FROM activity WHERE centre_id = ? AND starts_at >= ? AND starts_at < ?";
        long activities = sql("SELECT COUNT(*) FROM (" + in + ") x", preili(), from.atStartOfDay(), to.plusDays(1).atStartOfDay());
        long people = sql("SELECT COUNT(DISTINCT participant_id) FROM attendance WHERE activity_id IN (" + in + ")",
                preili(), from.atStartOfDay(), to.plusDays(1).atStartOfDay());
        assertThat(activities).isLessThan(sql("SELECT COUNT(*) FROM activity WHERE centre_id = ?", preili()));
        assertThat(figures(report)).containsEntry("report.figure.activities", String.valueOf(activities))
                .containsEntry("report.figure.unique-participants", String.valueOf(people));

        long returning = sql("""
                SELECT COUNT(*) FROM (SELECT DISTINCT t.participant_id FROM attendance t JOIN activity a ON a.id = t.activity_id
                  WHERE a.centre_id = ? AND a.starts_at >= ? AND a.starts_at < ?) p
                WHERE EXISTS (SELECT 1 FROM attendance t2 JOIN activity a2 ON a2.id = t2.activity_id
                  WHERE t2.participant_id = p.participant_id AND a2.centre_id = ? AND a2.starts_at < ?)""",
                preili(), from.atStartOfDay(), to.plusDays(1).atStartOfDay(), preili(), from.atStartOfDay());
        Map<String, String> firstTime = column(table(report, "first-time-returning"), 0);
        assertThat(returning).isPositive();
        assertThat(firstTime).containsEntry("report.row.returning", String.valueOf(returning))
                .containsEntry("report.row.first-time", String.valueOf(people - returning));
        assertThat(report.applied()).extracting(Report.AppliedFilter::labelKey).containsExactly("report.filter.period");
    }

    @Test
    void todays_municipality_includes_centres_registered_under_a_former_one() {
        long zilupe = id("SELECT id FROM municipality WHERE name = 'Zilupes novads'");
        long ludzasNovads = id("SELECT id FROM municipality WHERE name = 'Ludzas novads'");
        long preiluNovads = id("SELECT id FROM municipality WHERE name = 'Preiļu novads'");
        dsl.execute("UPDATE centre SET municipality_id = ? WHERE id = ?", zilupe, ludza());
        long ludzaActivities = sql("SELECT COUNT(*) FROM activity WHERE centre_id = ?", ludza());
        login("admin");

        assertThat(figures(reports.report(new ReportFilter(null, null, null, null, null, ludzasNovads, null, null), EN)))
                .containsEntry("report.figure.activities", String.valueOf(ludzaActivities));
        Report former = reports.report(new ReportFilter(null, null, null, null, null, zilupe, null, null), EN);
        assertThat(figures(former)).containsEntry("report.figure.activities", String.valueOf(ludzaActivities));
        assertThat(former.applied().getFirst().value()).isEqualTo("Zilupes novads (now Ludzas novads)");
        assertThat(figures(reports.report(new ReportFilter(null, null, null, null, null, preiluNovads, null, null), EN)))
                .containsEntry("report.figure.activities",
                        String.valueOf(sql("SELECT COUNT(*) FROM activity WHERE centre_id = ?", preili())));
    }

    @Test
    void a_priority_or_target_group_keeps_the_activities_tagged_with_it() {
        login("admin");
        long priority = id("SELECT id FROM priority WHERE code = 'UKRAINIAN_REFUGEES'");
        long group = id("SELECT id FROM target_group WHERE code = 'TEACHERS'");
        Report byPriority = reports.report(new ReportFilter(null, null, null, null, null, null, priority, null), EN);
        assertThat(figures(byPriority)).containsEntry("report.figure.activities",
                String.valueOf(sql("SELECT COUNT(*) FROM activity_priority WHERE priority_id = ?", priority)));
        assertThat(byPriority.applied().getFirst().value()).isEqualTo("Inclusion of Ukrainian refugees");
        Report byGroup = reports.report(new ReportFilter(null, null, null, null, null, null, null, group), EN);
        assertThat(figures(byGroup)).containsEntry("report.figure.attendances", String.valueOf(
                sql("SELECT COUNT(*) FROM attendance WHERE activity_id IN (SELECT activity_id FROM activity_target_group WHERE target_group_id = ?)", group)
                        + sql("SELECT COALESCE(SUM(head_count), 0) FROM attendance_headcount WHERE activity_id IN (SELECT activity_id FROM activity_target_group WHERE target_group_id = ?)", group)));
    }

    @Test
    void a_phase_limits_the_report_and_the_phases_table_compares_them() {
        login("coordinator");
        long phase = id("SELECT MIN(id) FROM initiative_phase WHERE initiative_id = ?", activeCommunities());
        Report report = reports.report(new ReportFilter(null, null, null, null, phase, null, null, null), EN);
        assertThat(figures(report)).containsEntry("report.figure.activities",
                String.valueOf(sql("SELECT COUNT(*) FROM activity WHERE phase_id = ?", phase)));

        Report whole = reports.report(initiative(activeCommunities()), EN);
        ReportTable phases = table(whole, "phases");
        assertThat(phases.columnKeys()).containsExactly("report.column.activities", "report.column.unique-participants",
                "report.column.attendances", "report.column.hours");
        List<String> expected = new ArrayList<>();
        dsl.resultQuery("""
                SELECT ph.name, (SELECT COUNT(*) FROM activity a WHERE a.phase_id = ph.id),
                       (SELECT COUNT(DISTINCT t.participant_id) FROM attendance t JOIN activity a ON a.id = t.activity_id WHERE a.phase_id = ph.id)
                FROM initiative_phase ph WHERE ph.initiative_id = ? ORDER BY ph.starts_on""", activeCommunities())
                .forEach(r -> expected.add(r.get(0) + "=" + r.get(1) + "/" + r.get(2)));
        assertThat(phases.rows()).extracting(r -> r.label() + "=" + r.values().get(0).text() + "/" + r.values().get(1).text())
                .containsExactlyElementsOf(expected);
    }

    // ---- access

    @Test
    void educators_and_anonymous_callers_get_no_report() {
        login("educator");
        assertThatThrownBy(() -> reports.report(ReportFilter.none(), EN)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.options(EN)).isInstanceOf(AccessDeniedException.class);
        logout();
        assertThatThrownBy(() -> reports.report(ReportFilter.none(), EN))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void a_funder_naming_an_initiative_or_phase_it_does_not_fund_is_refused() {
        login("funder");
        assertThatThrownBy(() -> reports.report(initiative(ludzaInitiative()), EN)).isInstanceOf(AccessDeniedException.class);
        long otherPhase = ((Number) dsl.fetchValue("""
                INSERT INTO initiative_phase (initiative_id, name, starts_on) VALUES (?, 'Cits posms', CURRENT_DATE) RETURNING id""",
                ludzaInitiative())).longValue();
        assertThatThrownBy(() -> reports.report(new ReportFilter(null, null, null, null, otherPhase, null, null, null), EN))
                .isInstanceOf(AccessDeniedException.class);
        // naming its own initiative is fine
        assertThat(reports.report(initiative(activeCommunities()), EN).audience()).isEqualTo(ReportAudience.PROTECTED);
    }

    @Test
    void a_coordinator_naming_another_centre_or_its_initiative_is_refused() {
        login("coordinator");
        assertThatThrownBy(() -> reports.report(new ReportFilter(null, null, ludza(), null, null, null, null, null), EN))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.report(initiative(ludzaInitiative()), EN)).isInstanceOf(AccessDeniedException.class);
        assertThat(figures(reports.report(new ReportFilter(null, null, preili(), null, null, null, null, null), EN)))
                .containsEntry("report.figure.activities", String.valueOf(sql("SELECT COUNT(*) FROM activity WHERE centre_id = ?", preili())));
    }

    // ---- options

    @Test
    void the_filter_choices_follow_the_callers_scope() {
        login("funder");
        ReportOptions funder = reports.options(Locale.of("uk"));
        assertThat(funder.initiatives()).extracting(ReportOptions.Choice::name).containsExactly("Aktīvās kopienas");
        assertThat(funder.phases()).hasSize(2).allMatch(p -> p.initiativeId() == activeCommunities());
        assertThat(funder.centres()).extracting(ReportOptions.Choice::id).containsExactly(preili());
        assertThat(funder.priorities()).extracting(ReportOptions.Choice::name).contains("Сталість");
        assertThat(funder.municipalities()).anySatisfy(m -> {
            assertThat(m.name()).isEqualTo("Aglonas novads");
            assertThat(m.former()).isTrue();
            assertThat(m.label()).isEqualTo("Aglonas novads (тепер Preiļu novads)");
        });

        login("coordinator-ludza");
        ReportOptions ludza = reports.options(EN);
        assertThat(ludza.centres()).extracting(ReportOptions.Choice::id).containsExactly(ludza());
        assertThat(ludza.initiatives()).extracting(ReportOptions.Choice::id).containsExactly(ludzaInitiative());
        assertThat(ludza.targetGroups()).extracting(ReportOptions.Choice::name).contains("Teachers");

        login("admin");
        assertThat(reports.options(EN).centres()).hasSize((int) sql("SELECT COUNT(*) FROM centre"));
    }
}
