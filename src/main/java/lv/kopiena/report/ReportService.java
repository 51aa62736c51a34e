package lv.kopiena.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lv.kopiena.i18n.TranslationProvider;
import lv.kopiena.report.ReportRepository.Labelled;
import lv.kopiena.report.ReportTable.Chart;
import lv.kopiena.security.CurrentUser;
import lv.kopiena.security.KopienaUser;
import org.jooq.Condition;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports of what initiatives achieved, in numbers: for a funder only the activities of the
 * initiatives its institution funds, for a coordinator its own centre, for an admin everything.
 * The scope comes from the logged-in account; a filter that names something outside it is refused,
 * not quietly narrowed, so that nobody mistakes an empty report for a real one. Every number is an
 * aggregate computed by the database; for a funder each one is protected here, before the
 * {@link Report} is built ({@link SmallCells}: "&lt;5" or rounded to a multiple of 5 by the cell key
 * of the records it counts, see {@code lv.kopiena.disclosure}), and the period is widened to whole
 * months, so that no exact count leaves this service and comparing two reports reveals no small one.
 */
@Service
@Transactional(readOnly = true)
public class ReportService {

    static final String ACTIVITIES_BY_TYPE = "activities-by-type";
    static final String ACTIVITIES_BY_MONTH = "activities-by-month";
    static final String ACTIVITIES_BY_PRIORITY = "activities-by-priority";
    static final String PARTICIPANTS_BY_CATEGORY = "participants-by-category";
    static final String PROTECTED_GROUPS = "protected-groups";
    static final String FIRST_TIME_RETURNING = "first-time-returning";
    static final String PARTNERS_BY_TYPE = "partners-by-type";
    static final String PARTNERS_BY_MUNICIPALITY = "partners-by-municipality";
    static final String PHASES = "phases";

    private static final String ACTIVITIES = "report.column.activities";
    private static final String PEOPLE = "report.column.unique-participants";
    private static final String ATTENDANCES = "report.column.attendances";
    private static final String HOURS = "report.column.hours";
    private static final String INSTITUTIONS = "report.column.institutions";
    private static final String TOTAL = "report.row.total";

    private final ReportRepository repository;
    private final CurrentUser currentUser;
    private final TranslationProvider translations;
    private final Clock clock;

    ReportService(ReportRepository repository, CurrentUser currentUser, TranslationProvider translations, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.translations = translations;
        this.clock = clock;
    }

    /**
     * The report for the caller's scope and the filter: exact for coordinators and admins,
     * protected for funders (counts from 1 to 4 as "&lt;5", the rest rounded to a multiple of 5 by
     * their cell keys, the period widened to whole months). The report carries the filter it was
     * made with, so a funder's page shows the widened period.
     *
     * @throws AccessDeniedException when the filter names a centre, initiative or phase outside the
     *                               caller's scope
     */
    @PreAuthorize("hasAnyRole('FUNDER', 'COORDINATOR', 'ADMIN')")
    public Report report(ReportFilter requested, Locale locale) {
        KopienaUser user = currentUser.require();
        ReportScope scope = scopeOf(user);
        checkFilter(scope, requested);
        ReportAudience audience = scope.funderInstitutionId() != null ? ReportAudience.PROTECTED : ReportAudience.EXACT;
        boolean protect = audience == ReportAudience.PROTECTED;
        // decided here, never by the page: a funder's periods are whole months, so that moving a date
        // by a day (14.12 vs 15.12) gives the very same report instead of a difference of one day
        ReportFilter filter = protect ? wholeMonths(requested) : requested;

        Condition activities = ReportRepository.activities(scope, filter, true);
        ReportRepository.Figures f = repository.figures(activities, protect);
        List<ReportRepository.PeopleRow> people = repository.people(ReportRepository.activities(scope, filter, false),
                activities, filter.from(), protect);
        ReportRepository.PeopleRow all = people.stream().filter(p -> p.category() == null).findFirst()
                .orElse(ReportRepository.PeopleRow.none());
        List<ReportRepository.PeopleRow> byCategory = people.stream().filter(p -> p.category() != null).toList();
        List<RawFigure> figures = List.of(
                new RawFigure("report.figure.activities", Measure.COUNT, f.activities()),
                new RawFigure("report.figure.unique-participants", Measure.COUNT, all.people()),
                new RawFigure("report.figure.attendances", Measure.COUNT, all.attendances()),
                new RawFigure("report.figure.hours", Measure.HOURS, f.hours()),
                new RawFigure("report.figure.partners", Measure.COUNT, f.partners()));

        List<Measure> one = List.of(Measure.COUNT);
        List<Measure> two = List.of(Measure.COUNT, Measure.COUNT);
        List<RawTable> tables = new ArrayList<>();
        tables.add(table(ACTIVITIES_BY_TYPE, List.of(ACTIVITIES), one, Chart.BAR,
                repository.activitiesByType(activities, protect), "activity.type.", null));
        tables.add(table(ACTIVITIES_BY_MONTH, List.of(ACTIVITIES, ATTENDANCES), two,
                Chart.LINE, repository.activitiesByMonth(activities, protect), null, null));
        tables.add(table(ACTIVITIES_BY_PRIORITY, List.of(ACTIVITIES), one, Chart.BAR,
                repository.activitiesByPriority(activities, locale, protect), null, null));
        tables.add(table(PARTICIPANTS_BY_CATEGORY, List.of(PEOPLE, ATTENDANCES), two,
                Chart.BAR, byCategory.stream().map(p -> new Labelled(p.category(), List.of(p.people(), p.attendances())))
                        .toList(), "participant.category.",
                List.of(all.people(), all.attendances())));
        tables.add(table(PROTECTED_GROUPS, List.of(PEOPLE), one, Chart.NONE,
                List.of(new Labelled("report.row.refugee", List.of(all.refugees())),
                        new Labelled("report.row.disability", List.of(all.disabled()))), "",
                List.of(all.people())));
        tables.add(table(FIRST_TIME_RETURNING, List.of(PEOPLE), one, Chart.NONE,
                List.of(new Labelled("report.row.first-time", List.of(all.firstTime())),
                        new Labelled("report.row.returning", List.of(all.returning()))), "",
                List.of(all.people())));
        tables.add(table(PARTNERS_BY_TYPE, List.of(INSTITUTIONS), one, Chart.BAR,
                repository.partnersByType(activities, protect), "institution.type.", null));
        tables.add(table(PARTNERS_BY_MUNICIPALITY, List.of(INSTITUTIONS), one, Chart.NONE,
                repository.partnersByMunicipality(activities, protect).stream()
                        .map(m -> new Labelled(municipalityLabel(m.name(), m.successor(), locale), List.of(m.institutions())))
                        .toList(), null, null));
        Long initiative = filter.initiativeId() != null ? filter.initiativeId()
                : filter.phaseId() != null ? repository.phaseInitiative(filter.phaseId()).orElse(null)
                : f.initiatives() == 1 ? f.onlyInitiative() : null;
        if (initiative != null) {
            tables.add(new RawTable(PHASES, "report.table." + PHASES, List.of(ACTIVITIES, PEOPLE, ATTENDANCES, HOURS),
                    List.of(Measure.COUNT, Measure.COUNT, Measure.COUNT, Measure.HOURS),
                    repository.phases(activities, initiative, protect).stream()
                            .map(p -> new RawTable.Row(p.name(), false, List.of(p.activities(), p.people(),
                                    p.attendances(), p.hours())))
                            .toList(), null, Chart.BAR));
        }

        List<Report.AppliedFilter> applied = applied(filter, locale);
        if (protect && filter.initiativeId() == null && filter.phaseId() == null) {
            // a funder's report covers the initiatives it funds: say which, on the page and in every export
            applied.add(0, new Report.AppliedFilter("report.filter.funded", String.join(", ",
                    repository.initiatives(scope).stream().map(ReportOptions.Choice::name).toList())));
        }
        return new Report(filter, applied, audience, LocalDateTime.now(clock),
                figures.stream().map(k -> new Report.KeyFigure(k.labelKey(),
                        protect ? SmallCells.protect(k) : k.cell().exact())).toList(),
                tables.stream().map(t -> protect ? SmallCells.protect(t) : SmallCells.exact(t)).toList());
    }

    /**
     * The filter with its period widened to whole calendar months: the start to the first day of
     * its month, the end to the last day of its month (an open end stays open).
     */
    private static ReportFilter wholeMonths(ReportFilter filter) {
        return new ReportFilter(filter.from() == null ? null : filter.from().withDayOfMonth(1),
                filter.to() == null ? null : filter.to().with(TemporalAdjusters.lastDayOfMonth()),
                filter.centreId(), filter.initiativeId(), filter.phaseId(), filter.municipalityId(),
                filter.priorityId(), filter.targetGroupId());
    }

    /** The choices of the filters, limited to the caller's scope, names in the given language. */
    @PreAuthorize("hasAnyRole('FUNDER', 'COORDINATOR', 'ADMIN')")
    public ReportOptions options(Locale locale) {
        ReportScope scope = scopeOf(currentUser.require());
        return new ReportOptions(repository.centres(scope), repository.initiatives(scope), repository.phases(scope),
                repository.municipalities().stream()
                        .map(m -> new ReportOptions.MunicipalityChoice(m.id(), m.name(), m.successorId(),
                                municipalityLabel(m.name(), m.successorName(), locale)))
                        .toList(),
                repository.priorities(locale), repository.targetGroups(locale));
    }

    /** Whether the caller's reports are protected (the page says which view it shows and why). */
    @PreAuthorize("hasAnyRole('FUNDER', 'COORDINATOR', 'ADMIN')")
    public ReportAudience audience() {
        return scopeOf(currentUser.require()).funderInstitutionId() != null ? ReportAudience.PROTECTED : ReportAudience.EXACT;
    }

    // ---- scope and access

    private static ReportScope scopeOf(KopienaUser user) {
        return switch (user.role()) {
            case ADMIN -> ReportScope.all();
            case COORDINATOR -> {
                if (user.centreId() == null) {
                    throw new AccessDeniedException("Coordinator without a centre");
                }
                yield ReportScope.centre(user.centreId());
            }
            case FUNDER -> {
                if (user.institutionId() == null) {
                    throw new AccessDeniedException("Funder without an institution");
                }
                yield ReportScope.funder(user.institutionId());
            }
            default -> throw new AccessDeniedException("No access to reports");
        };
    }

    /** Refuses a filter naming a centre, initiative or phase the caller may not report on. */
    private void checkFilter(ReportScope scope, ReportFilter filter) {
        if (scope.centreId() != null && filter.centreId() != null && !scope.centreId().equals(filter.centreId())) {
            throw new AccessDeniedException("Report of another centre");
        }
        List<Long> initiatives = new ArrayList<>();
        if (filter.initiativeId() != null) {
            initiatives.add(filter.initiativeId());
        }
        if (filter.phaseId() != null) {
            initiatives.add(repository.phaseInitiative(filter.phaseId())
                    .orElseThrow(() -> new AccessDeniedException("Unknown phase")));
        }
        for (long initiative : initiatives) {
            if (scope.centreId() != null
                    && !repository.initiativeCentre(initiative).map(scope.centreId()::equals).orElse(false)) {
                throw new AccessDeniedException("Initiative of another centre");
            }
            if (scope.funderInstitutionId() != null && !repository.funds(scope.funderInstitutionId(), initiative)) {
                throw new AccessDeniedException("Initiative not funded by the caller");
            }
        }
    }

    // ---- building blocks

    /**
     * A table from labelled rows.
     *
     * @param labelPrefix for enum codes: the translation key prefix ("" when the label is a key
     *                    already); null when labels are names shown as they are
     * @param total       the total row's cells, or null for a table without one
     */
    private static RawTable table(String id, List<String> columns, List<Measure> measures, Chart chart,
                                  List<Labelled> rows, @Nullable String labelPrefix, @Nullable List<Cell> total) {
        List<RawTable.Row> raw = rows.stream()
                .map(r -> new RawTable.Row(labelPrefix == null ? r.label() : labelPrefix + r.label(), labelPrefix != null,
                        r.cells()))
                .toList();
        return new RawTable(id, "report.table." + id, columns, measures, raw,
                total == null ? null : new RawTable.Row(TOTAL, true, total), chart);
    }

    private List<Report.AppliedFilter> applied(ReportFilter filter, Locale locale) {
        List<Report.AppliedFilter> applied = new ArrayList<>();
        if (filter.from() != null || filter.to() != null) {
            applied.add(new Report.AppliedFilter("report.filter.period", date(filter.from(), locale) + " – " + date(filter.to(), locale)));
        }
        if (filter.centreId() != null) {
            applied.add(new Report.AppliedFilter("report.filter.centre", repository.centreName(filter.centreId()).orElse("?")));
        }
        if (filter.initiativeId() != null) {
            applied.add(new Report.AppliedFilter("report.filter.initiative",
                    repository.initiativeTitle(filter.initiativeId()).orElse("?")));
        }
        if (filter.phaseId() != null) {
            applied.add(new Report.AppliedFilter("report.filter.phase", repository.phaseName(filter.phaseId()).orElse("?")));
        }
        if (filter.municipalityId() != null) {
            applied.add(new Report.AppliedFilter("report.filter.municipality", repository.municipality(filter.municipalityId())
                    .map(m -> municipalityLabel(m.name(), m.successorName(), locale)).orElse("?")));
        }
        if (filter.priorityId() != null) {
            applied.add(new Report.AppliedFilter("report.filter.priority",
                    repository.priorityName(filter.priorityId(), locale).orElse("?")));
        }
        if (filter.targetGroupId() != null) {
            applied.add(new Report.AppliedFilter("report.filter.target-group",
                    repository.targetGroupName(filter.targetGroupId(), locale).orElse("?")));
        }
        return applied;
    }

    private static String date(@Nullable LocalDate date, Locale locale) {
        return date == null ? "…" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(TranslationProvider.supported(locale)).format(date);
    }

    /** "Aglonas novads (now Preiļu novads)" for a former municipality, the name for today's. */
    private String municipalityLabel(String name, @Nullable String successor, Locale locale) {
        return successor == null ? name : translations.getTranslation("municipality.former", locale, name, successor);
    }
}
