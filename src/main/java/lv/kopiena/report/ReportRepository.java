package lv.kopiena.report;

import static lv.kopiena.jooq.Tables.ACTIVITY;
import static lv.kopiena.jooq.Tables.ACTIVITY_PRIORITY;
import static lv.kopiena.jooq.Tables.ACTIVITY_TARGET_GROUP;
import static lv.kopiena.jooq.Tables.ATTENDANCE;
import static lv.kopiena.jooq.Tables.ATTENDANCE_HEADCOUNT;
import static lv.kopiena.jooq.Tables.CENTRE;
import static lv.kopiena.jooq.Tables.INITIATIVE;
import static lv.kopiena.jooq.Tables.INITIATIVE_FUNDER;
import static lv.kopiena.jooq.Tables.INITIATIVE_PARTNER;
import static lv.kopiena.jooq.Tables.INITIATIVE_PHASE;
import static lv.kopiena.jooq.Tables.INSTITUTION;
import static lv.kopiena.jooq.Tables.MUNICIPALITY;
import static lv.kopiena.jooq.Tables.PARTICIPANT;
import static lv.kopiena.jooq.Tables.PRIORITY;
import static lv.kopiena.jooq.Tables.TARGET_GROUP;
import static lv.kopiena.jooq.Tables.WORKSHOP;
import static lv.kopiena.jooq.Tables.WORKSHOP_SIGNUP;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lv.kopiena.disclosure.CellKeys;
import lv.kopiena.jooq.tables.Municipality;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * The report's numbers, each table one aggregate query in the database. Every query starts from
 * the same condition on {@code activity}: the caller's scope and the filter (see {@link #activities}).
 */
@Repository
class ReportRepository {

    /** Participant categories in the order of the enum (and of the forms). */
    static final List<String> CATEGORIES = List.of("TEACHER", "CHILD", "YOUNG_PERSON", "PARENT", "SENIOR",
            "MUNICIPAL_STAFF", "NGO_MEMBER", "MEDIA", "OTHER");

    private final DSLContext dsl;

    ReportRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    // ---- the activities a report covers

    /**
     * The activities in scope and filter, as a condition on {@code ACTIVITY} that every query of a
     * report reuses (inside its own FROM activity).
     *
     * @param withPeriod false for "everything in scope up to the period's end", which the first-time
     *                   vs returning table compares against
     */
    static Condition activities(ReportScope scope, ReportFilter filter, boolean withPeriod) {
        Condition c = noCondition();
        if (scope.centreId() != null) {
            c = c.and(ACTIVITY.CENTRE_ID.eq(scope.centreId()));
        }
        if (scope.funderInstitutionId() != null) {
            c = c.and(ACTIVITY.INITIATIVE_ID.in(select(INITIATIVE_FUNDER.INITIATIVE_ID).from(INITIATIVE_FUNDER)
                    .where(INITIATIVE_FUNDER.INSTITUTION_ID.eq(scope.funderInstitutionId()))));
        }
        if (filter.centreId() != null) {
            c = c.and(ACTIVITY.CENTRE_ID.eq(filter.centreId()));
        }
        if (filter.initiativeId() != null) {
            c = c.and(ACTIVITY.INITIATIVE_ID.eq(filter.initiativeId()));
        }
        if (filter.phaseId() != null) {
            c = c.and(ACTIVITY.PHASE_ID.eq(filter.phaseId()));
        }
        if (filter.municipalityId() != null) {
            // today's municipality includes the former ones merged into it; a former one only itself
            c = c.and(ACTIVITY.CENTRE_ID.in(select(CENTRE.ID).from(CENTRE).join(MUNICIPALITY)
                    .on(MUNICIPALITY.ID.eq(CENTRE.MUNICIPALITY_ID))
                    .where(MUNICIPALITY.ID.eq(filter.municipalityId())
                            .or(MUNICIPALITY.SUCCESSOR_ID.eq(filter.municipalityId())))));
        }
        if (filter.priorityId() != null) {
            c = c.and(exists(selectOne().from(ACTIVITY_PRIORITY).where(ACTIVITY_PRIORITY.ACTIVITY_ID.eq(ACTIVITY.ID)
                    .and(ACTIVITY_PRIORITY.PRIORITY_ID.eq(filter.priorityId())))));
        }
        if (filter.targetGroupId() != null) {
            c = c.and(exists(selectOne().from(ACTIVITY_TARGET_GROUP)
                    .where(ACTIVITY_TARGET_GROUP.ACTIVITY_ID.eq(ACTIVITY.ID)
                            .and(ACTIVITY_TARGET_GROUP.TARGET_GROUP_ID.eq(filter.targetGroupId())))));
        }
        if (filter.to() != null) {
            c = c.and(ACTIVITY.STARTS_AT.lt(filter.to().plusDays(1).atStartOfDay()));
        }
        if (withPeriod && filter.from() != null) {
            c = c.and(ACTIVITY.STARTS_AT.ge(filter.from().atStartOfDay()));
        }
        return c;
    }

    // ---- key figures

    /**
     * The sum of the record keys of the rows counted, when the report is for a protected reader;
     * else a constant 0, so that exact reports (coordinators, admins) neither compute nor read keys.
     */
    private static Field<BigDecimal> keys(boolean keyed, Field<? extends Number> recordKeys) {
        return keyed ? CellKeys.sumOf(recordKeys) : inline(BigDecimal.ZERO);
    }

    private static Field<BigDecimal> keysWhen(boolean keyed, Condition counted, Field<? extends Number> recordKey) {
        return keyed ? CellKeys.sumWhen(counted, recordKey) : inline(BigDecimal.ZERO);
    }

    /** Everything the key figures need; each count with the cell key of what it counts. */
    record Figures(Cell activities, Cell hours, Cell partners, long initiatives, @Nullable Long onlyInitiative) {
    }

    /**
     * The key figures in one query over three one-row derived tables: the activities (with how many
     * initiatives they belong to), the hours of attended sign-ups, and the partner institutions.
     *
     * @param keyed whether to compute cell keys (for a funder)
     */
    Figures figures(Condition c, boolean keyed) {
        Table<?> acts = select(count().as("n"), keys(keyed, ACTIVITY.RECORD_KEY).as("k"),
                countDistinct(ACTIVITY.INITIATIVE_ID).as("initiatives"), min(ACTIVITY.INITIATIVE_ID).as("initiative"))
                .from(ACTIVITY).where(c).asTable("acts");
        Table<?> hours = select(coalesce(sum(WORKSHOP.PD_HOURS), BigDecimal.ZERO).as("h"),
                countDistinct(WORKSHOP_SIGNUP.USER_ACCOUNT_ID).as("p"), keys(keyed, WORKSHOP_SIGNUP.RECORD_KEY).as("k"))
                .from(WORKSHOP_SIGNUP)
                .join(WORKSHOP).on(WORKSHOP.ACTIVITY_ID.eq(WORKSHOP_SIGNUP.WORKSHOP_ID))
                .join(ACTIVITY).on(ACTIVITY.ID.eq(WORKSHOP.ACTIVITY_ID))
                .where(c.and(WORKSHOP_SIGNUP.ATTENDED.isTrue()))
                .asTable("hours");
        Table<?> partner = partners(c).asTable("partner", "id");
        Table<?> partners = keyed
                ? select(count().as("n"), keys(true, INSTITUTION.RECORD_KEY).as("k")).from(partner)
                        .join(INSTITUTION).on(INSTITUTION.ID.eq(partner.field("id", Long.class))).asTable("partners")
                : select(count().as("n"), inline(BigDecimal.ZERO).as("k")).from(partner).asTable("partners");
        var r = dsl.select(acts.field("n"), acts.field("k"), hours.field("h"), hours.field("p"), hours.field("k"),
                        partners.field("n"), partners.field("k"), acts.field("initiatives"), acts.field("initiative"))
                .from(acts).crossJoin(hours).crossJoin(partners)
                .fetchSingle();
        Object only = r.get(8);
        return new Figures(Cell.count(longOf(r.get(0)), CellKeys.of((Number) r.get(1))),
                Cell.hours(decimalOf(r.get(2)), longOf(r.get(3)), CellKeys.of((Number) r.get(4))),
                Cell.count(longOf(r.get(5)), CellKeys.of((Number) r.get(6))),
                longOf(r.get(7)), only == null ? null : ((Number) only).longValue());
    }

    /**
     * The partner institutions of a report: the partners of the initiatives its activities belong
     * to, and the activities' organisers; a UNION, so each institution once. Used as a derived
     * table: as {@code institution.id IN (...)} MariaDB ran it once per institution.
     */
    private static Select<Record1<Long>> partners(Condition c) {
        return select(INITIATIVE_PARTNER.INSTITUTION_ID).from(INITIATIVE_PARTNER)
                .where(INITIATIVE_PARTNER.INITIATIVE_ID.in(select(ACTIVITY.INITIATIVE_ID).from(ACTIVITY).where(c)))
                .union(select(ACTIVITY.ORGANISER_INSTITUTION_ID).from(ACTIVITY)
                        .where(c.and(ACTIVITY.ORGANISER_INSTITUTION_ID.isNotNull())));
    }

    // ---- tables; each row as (label, exact numbers with their cell keys)

    record Labelled(String label, List<Cell> cells) {
    }

    List<Labelled> activitiesByType(Condition c, boolean keyed) {
        return dsl.select(ACTIVITY.TYPE, count(), keys(keyed, ACTIVITY.RECORD_KEY)).from(ACTIVITY).where(c)
                .groupBy(ACTIVITY.TYPE).orderBy(count().desc(), ACTIVITY.TYPE)
                .fetch(r -> new Labelled(r.value1(), List.of(Cell.count(r.value2(), CellKeys.of(r.value3())))));
    }

    /**
     * Per month of the start: activities, and attendances (named + head counts). Each activity's
     * attendances come from a correlated subquery, which returns the count and (for a funder) the
     * keys packed in one value ({@link CellKeys#withKeys}), so its rows are read once.
     */
    List<Labelled> activitiesByMonth(Condition c, boolean keyed) {
        Field<String> month = field("date_format({0}, '%Y-%m')", String.class, ACTIVITY.STARTS_AT).as("month");
        Field<BigDecimal> named = field(select(CellKeys.withKeys(count(), keys(keyed, ATTENDANCE.RECORD_KEY)))
                .from(ATTENDANCE).where(ATTENDANCE.ACTIVITY_ID.eq(ACTIVITY.ID)));
        Field<BigDecimal> heads = field(select(CellKeys.withKeys(coalesce(sum(ATTENDANCE_HEADCOUNT.HEAD_COUNT), BigDecimal.ZERO),
                        keys(keyed, headKey())))
                .from(ATTENDANCE_HEADCOUNT).where(ATTENDANCE_HEADCOUNT.ACTIVITY_ID.eq(ACTIVITY.ID)));
        Field<Long> activityKey = keyed ? ACTIVITY.RECORD_KEY.coerce(Long.class) : inline(0L);
        Table<?> perActivity = select(month, named.plus(heads).as("people"), activityKey.as("activity_key"))
                .from(ACTIVITY).where(c).asTable("per_activity");
        Field<String> m = perActivity.field("month", String.class);
        Field<BigDecimal> people = perActivity.field("people", BigDecimal.class);
        return dsl.select(m, count(), sum(people), sum(perActivity.field("activity_key", Long.class)))
                .from(perActivity).groupBy(m).orderBy(m)
                .fetch(r -> {
                    CellKeys.Tally attendances = CellKeys.Tally.of(r.value3());
                    return new Labelled(r.value1(), List.of(Cell.count(r.value2(), CellKeys.of(r.value4())),
                            Cell.count(attendances.count(), attendances.key())));
                });
    }

    List<Labelled> activitiesByPriority(Condition c, Locale locale, boolean keyed) {
        Field<String> name = priorityName(locale);
        return dsl.select(name, count(), keys(keyed, ACTIVITY.RECORD_KEY)).from(ACTIVITY_PRIORITY)
                .join(PRIORITY).on(PRIORITY.ID.eq(ACTIVITY_PRIORITY.PRIORITY_ID))
                .join(ACTIVITY).on(ACTIVITY.ID.eq(ACTIVITY_PRIORITY.ACTIVITY_ID))
                .where(c)
                .groupBy(PRIORITY.ID, name, PRIORITY.SORT_ORDER).orderBy(PRIORITY.SORT_ORDER, PRIORITY.ID)
                .fetch(r -> new Labelled(r.value1(), List.of(Cell.count(r.value2(), CellKeys.of(r.value3())))));
    }

    /** A head-count row counts as head_count records with its key. */
    private static Field<Long> headKey() {
        return CellKeys.times(ATTENDANCE_HEADCOUNT.RECORD_KEY, ATTENDANCE_HEADCOUNT.HEAD_COUNT);
    }

    /** The people columns of {@link #people}, in this order, each with its cell key. */
    private static final List<String> PEOPLE_COLUMNS = List.of("people", "attendances", "refugees", "disabled",
            "first_timers", "returners");

    /**
     * Per participant category (and a rollup total with a null category): unique named
     * participants, attendances (named rows plus that category's head counts), refugees, people
     * with a disability, first-time and returning participants. One query for three tables and two
     * key figures: the attendances are grouped per participant first (one row per person, so the
     * per-category sums are unique counts, as each person has one category), then joined to the
     * participants, which is much cheaper than joining every attendance row. For a funder each count
     * comes with its cell key: the participants' keys (each person once), the attendance rows' keys
     * and the head-count rows' keys.
     *
     * @param upToEnd     the scope and filter without the period's start (for "first attendance")
     * @param inPeriod    the scope and filter with the whole period (for head counts)
     * @param periodStart the period's start, or null for none (everyone is then first-time)
     */
    List<PeopleRow> people(Condition upToEnd, Condition inPeriod, @Nullable LocalDate periodStart, boolean keyed) {
        LocalDateTime start = periodStart == null ? LocalDateTime.of(1, 1, 1, 0, 0) : periodStart.atStartOfDay();
        Condition attendedInPeriod = ACTIVITY.STARTS_AT.ge(start);
        Field<BigDecimal> inPeriodCount = sum(when(attendedInPeriod, 1).otherwise(0)).as("n");
        Table<?> perPerson = select(ATTENDANCE.PARTICIPANT_ID, inPeriodCount, min(ACTIVITY.STARTS_AT).as("first_at"),
                keysWhen(keyed, attendedInPeriod, ATTENDANCE.RECORD_KEY).as("attendance_keys"))
                .from(ATTENDANCE)
                .join(ACTIVITY).on(ACTIVITY.ID.eq(ATTENDANCE.ACTIVITY_ID))
                .where(upToEnd)
                .groupBy(ATTENDANCE.PARTICIPANT_ID)
                .having(inPeriodCount.gt(BigDecimal.ZERO))
                .asTable("per_person");
        Field<Long> person = perPerson.field(ATTENDANCE.PARTICIPANT_ID);
        Field<BigDecimal> n = perPerson.field("n", BigDecimal.class);
        Field<LocalDateTime> firstAt = perPerson.field("first_at", LocalDateTime.class);
        Field<Long> personKey = PARTICIPANT.RECORD_KEY.coerce(Long.class);
        var named = select(PARTICIPANT.CATEGORY.as("category"),
                count().coerce(BigDecimal.class).as("people"),
                sum(n).as("attendances"),
                sum(when(PARTICIPANT.REFUGEE.isTrue(), 1).otherwise(0)).as("refugees"),
                sum(when(PARTICIPANT.DISABILITY.isTrue(), 1).otherwise(0)).as("disabled"),
                sum(when(firstAt.ge(start), 1).otherwise(0)).as("first_timers"),
                sum(when(firstAt.lt(start), 1).otherwise(0)).as("returners"),
                keys(keyed, personKey).as("people_key"),
                keys(keyed, perPerson.field("attendance_keys", BigDecimal.class)).as("attendances_key"),
                keysWhen(keyed, PARTICIPANT.REFUGEE.isTrue(), personKey).as("refugees_key"),
                keysWhen(keyed, PARTICIPANT.DISABILITY.isTrue(), personKey).as("disabled_key"),
                keysWhen(keyed, firstAt.ge(start), personKey).as("first_timers_key"),
                keysWhen(keyed, firstAt.lt(start), personKey).as("returners_key"))
                .from(perPerson)
                .join(PARTICIPANT).on(PARTICIPANT.ID.eq(person))
                .groupBy(PARTICIPANT.CATEGORY);
        BigDecimal zero = BigDecimal.ZERO;
        var heads = select(ATTENDANCE_HEADCOUNT.CATEGORY, inline(zero), sum(ATTENDANCE_HEADCOUNT.HEAD_COUNT),
                inline(zero), inline(zero), inline(zero), inline(zero),
                inline(zero), keys(keyed, headKey()), inline(zero), inline(zero), inline(zero), inline(zero))
                .from(ATTENDANCE_HEADCOUNT)
                .join(ACTIVITY).on(ACTIVITY.ID.eq(ATTENDANCE_HEADCOUNT.ACTIVITY_ID))
                .where(inPeriod)
                .groupBy(ATTENDANCE_HEADCOUNT.CATEGORY);
        Table<?> both = named.unionAll(heads).asTable("per_source");
        Field<String> category = both.field("category", String.class);
        List<Field<?>> columns = new ArrayList<>();
        columns.add(category);
        for (String column : PEOPLE_COLUMNS) {
            columns.add(sum(both.field(column, BigDecimal.class)));
        }
        for (String column : PEOPLE_COLUMNS) {
            columns.add(sum(both.field(column + "_key", BigDecimal.class)));
        }
        int keyOffset = PEOPLE_COLUMNS.size();
        return dsl.select(columns)
                .from(both)
                .groupBy(DSL.rollup(category))
                .fetch(r -> {
                    List<Cell> cells = new ArrayList<>();
                    for (int i = 1; i <= PEOPLE_COLUMNS.size(); i++) {
                        cells.add(Cell.count(longOf(r.get(i)), CellKeys.of((Number) r.get(i + keyOffset))));
                    }
                    return new PeopleRow(r.get(0, String.class), cells.get(0), cells.get(1), cells.get(2),
                            cells.get(3), cells.get(4), cells.get(5));
                })
                .stream()
                .sorted(java.util.Comparator.comparingInt(p -> p.category() == null ? Integer.MAX_VALUE
                        : CATEGORIES.indexOf(p.category())))
                .toList();
    }

    /** One category's people (null category: all of them). */
    record PeopleRow(@Nullable String category, Cell people, Cell attendances, Cell refugees, Cell disabled,
                     Cell firstTime, Cell returning) {

        static PeopleRow none() {
            Cell zero = Cell.count(0, 0);
            return new PeopleRow(null, zero, zero, zero, zero, zero, zero);
        }
    }

    List<Labelled> partnersByType(Condition c, boolean keyed) {
        Table<?> partner = partners(c).asTable("partner", "id");
        return dsl.select(INSTITUTION.TYPE, count(), keys(keyed, INSTITUTION.RECORD_KEY)).from(partner)
                .join(INSTITUTION).on(INSTITUTION.ID.eq(partner.field("id", Long.class)))
                .groupBy(INSTITUTION.TYPE).orderBy(count().desc(), INSTITUTION.TYPE)
                .fetch(r -> new Labelled(r.value1(), List.of(Cell.count(r.value2(), CellKeys.of(r.value3())))));
    }

    /** Partners by the municipality they are registered in (a former one as it is), with its successor. */
    record MunicipalityCount(String name, @Nullable String successor, Cell institutions) {
    }

    List<MunicipalityCount> partnersByMunicipality(Condition c, boolean keyed) {
        Municipality successor = MUNICIPALITY.as("successor");
        Table<?> partner = partners(c).asTable("partner", "id");
        return dsl.select(MUNICIPALITY.NAME, successor.NAME, count(), keys(keyed, INSTITUTION.RECORD_KEY)).from(partner)
                .join(INSTITUTION).on(INSTITUTION.ID.eq(partner.field("id", Long.class)))
                .join(MUNICIPALITY).on(MUNICIPALITY.ID.eq(INSTITUTION.MUNICIPALITY_ID))
                .leftJoin(successor).on(successor.ID.eq(MUNICIPALITY.SUCCESSOR_ID))
                .groupBy(MUNICIPALITY.ID, MUNICIPALITY.NAME, successor.NAME)
                .orderBy(count().desc(), MUNICIPALITY.NAME)
                .fetch(r -> new MunicipalityCount(r.value1(), r.value2(), Cell.count(r.value3(), CellKeys.of(r.value4()))));
    }

    /** Per phase of an initiative: activities, unique participants, attendances, hours (with who earned them). */
    record PhaseNumbers(String name, Cell activities, Cell people, Cell attendances, Cell hours) {
    }

    /**
     * One row per phase of scalar subqueries; counts and their keys are packed into one value each
     * ({@link CellKeys#withKeys}), so a funder's keys read no row twice. Unique participants: for an
     * exact report a count of distinct ids; for a funder the participants themselves, whose keys
     * count each person once.
     */
    List<PhaseNumbers> phases(Condition c, long initiativeId, boolean keyed) {
        Condition inPhase = c.and(ACTIVITY.PHASE_ID.eq(INITIATIVE_PHASE.ID));
        Condition attendedInPhase = inPhase.and(WORKSHOP_SIGNUP.ATTENDED.isTrue());
        Field<BigDecimal> people = keyed
                ? field(select(CellKeys.withKeys(count(), CellKeys.sumOf(PARTICIPANT.RECORD_KEY))).from(PARTICIPANT)
                        .where(PARTICIPANT.ID.in(select(ATTENDANCE.PARTICIPANT_ID).from(ATTENDANCE).join(ACTIVITY)
                                .on(ACTIVITY.ID.eq(ATTENDANCE.ACTIVITY_ID)).where(inPhase))))
                : field(select(CellKeys.withKeys(countDistinct(ATTENDANCE.PARTICIPANT_ID), inline(BigDecimal.ZERO)))
                        .from(ATTENDANCE).join(ACTIVITY).on(ACTIVITY.ID.eq(ATTENDANCE.ACTIVITY_ID)).where(inPhase));
        return dsl.select(INITIATIVE_PHASE.NAME,
                        field(select(CellKeys.withKeys(count(), keys(keyed, ACTIVITY.RECORD_KEY))).from(ACTIVITY).where(inPhase)),
                        people,
                        field(select(CellKeys.withKeys(count(), keys(keyed, ATTENDANCE.RECORD_KEY))).from(ATTENDANCE)
                                .join(ACTIVITY).on(ACTIVITY.ID.eq(ATTENDANCE.ACTIVITY_ID)).where(inPhase)),
                        field(select(CellKeys.withKeys(coalesce(sum(ATTENDANCE_HEADCOUNT.HEAD_COUNT), BigDecimal.ZERO),
                                        keys(keyed, headKey()))).from(ATTENDANCE_HEADCOUNT)
                                .join(ACTIVITY).on(ACTIVITY.ID.eq(ATTENDANCE_HEADCOUNT.ACTIVITY_ID)).where(inPhase)),
                        // hours have a decimal part, so they and their keys stay apart
                        field(select(coalesce(sum(WORKSHOP.PD_HOURS), BigDecimal.ZERO)).from(WORKSHOP_SIGNUP)
                                .join(WORKSHOP).on(WORKSHOP.ACTIVITY_ID.eq(WORKSHOP_SIGNUP.WORKSHOP_ID))
                                .join(ACTIVITY).on(ACTIVITY.ID.eq(WORKSHOP.ACTIVITY_ID))
                                .where(attendedInPhase)),
                        field(select(countDistinct(WORKSHOP_SIGNUP.USER_ACCOUNT_ID)).from(WORKSHOP_SIGNUP)
                                .join(ACTIVITY).on(ACTIVITY.ID.eq(WORKSHOP_SIGNUP.WORKSHOP_ID))
                                .where(attendedInPhase)),
                        keyed ? field(select(CellKeys.sumOf(WORKSHOP_SIGNUP.RECORD_KEY)).from(WORKSHOP_SIGNUP)
                                .join(ACTIVITY).on(ACTIVITY.ID.eq(WORKSHOP_SIGNUP.WORKSHOP_ID))
                                .where(attendedInPhase)) : inline(BigDecimal.ZERO))
                .from(INITIATIVE_PHASE)
                .where(INITIATIVE_PHASE.INITIATIVE_ID.eq(initiativeId))
                .orderBy(INITIATIVE_PHASE.STARTS_ON, INITIATIVE_PHASE.ID)
                .fetch(r -> {
                    CellKeys.Tally activities = CellKeys.Tally.of(r.value2());
                    CellKeys.Tally participants = CellKeys.Tally.of(r.value3());
                    CellKeys.Tally named = CellKeys.Tally.of(r.value4());
                    CellKeys.Tally headCounts = CellKeys.Tally.of(r.value5());
                    return new PhaseNumbers(r.value1(), Cell.count(activities.count(), activities.key()),
                            Cell.count(participants.count(), participants.key()),
                            Cell.count(named.count() + headCounts.count(), CellKeys.combine(named.key(), headCounts.key())),
                            Cell.hours(decimalOf(r.value6()), longOf(r.value7()), CellKeys.of(r.value8())));
                });
    }

    // ---- access checks and names

    Optional<Long> initiativeCentre(long initiativeId) {
        return dsl.select(INITIATIVE.CENTRE_ID).from(INITIATIVE).where(INITIATIVE.ID.eq(initiativeId)).fetchOptional(INITIATIVE.CENTRE_ID);
    }

    Optional<Long> phaseInitiative(long phaseId) {
        return dsl.select(INITIATIVE_PHASE.INITIATIVE_ID).from(INITIATIVE_PHASE).where(INITIATIVE_PHASE.ID.eq(phaseId))
                .fetchOptional(INITIATIVE_PHASE.INITIATIVE_ID);
    }

    boolean funds(long institutionId, long initiativeId) {
        return dsl.fetchExists(INITIATIVE_FUNDER, INITIATIVE_FUNDER.INSTITUTION_ID.eq(institutionId)
                .and(INITIATIVE_FUNDER.INITIATIVE_ID.eq(initiativeId)));
    }

    Optional<String> centreName(long id) {
        return dsl.select(CENTRE.NAME).from(CENTRE).where(CENTRE.ID.eq(id)).fetchOptional(CENTRE.NAME);
    }

    Optional<String> initiativeTitle(long id) {
        return dsl.select(INITIATIVE.TITLE).from(INITIATIVE).where(INITIATIVE.ID.eq(id)).fetchOptional(INITIATIVE.TITLE);
    }

    Optional<String> phaseName(long id) {
        return dsl.select(INITIATIVE_PHASE.NAME).from(INITIATIVE_PHASE).where(INITIATIVE_PHASE.ID.eq(id))
                .fetchOptional(INITIATIVE_PHASE.NAME);
    }

    Optional<String> priorityName(long id, Locale locale) {
        Field<String> name = priorityName(locale);
        return dsl.select(name).from(PRIORITY).where(PRIORITY.ID.eq(id)).fetchOptional(name);
    }

    Optional<String> targetGroupName(long id, Locale locale) {
        Field<String> name = targetGroupName(locale);
        return dsl.select(name).from(TARGET_GROUP).where(TARGET_GROUP.ID.eq(id)).fetchOptional(name);
    }

    // ---- filter choices

    List<ReportOptions.Choice> centres(ReportScope scope) {
        Condition c = noCondition();
        if (scope.centreId() != null) {
            c = CENTRE.ID.eq(scope.centreId());
        }
        if (scope.funderInstitutionId() != null) {
            c = CENTRE.ID.in(select(INITIATIVE.CENTRE_ID).from(INITIATIVE).join(INITIATIVE_FUNDER)
                    .on(INITIATIVE_FUNDER.INITIATIVE_ID.eq(INITIATIVE.ID))
                    .where(INITIATIVE_FUNDER.INSTITUTION_ID.eq(scope.funderInstitutionId())));
        }
        return dsl.select(CENTRE.ID, CENTRE.NAME).from(CENTRE).where(c).orderBy(CENTRE.NAME)
                .fetch(r -> new ReportOptions.Choice(r.value1(), r.value2()));
    }

    List<ReportOptions.Choice> initiatives(ReportScope scope) {
        return dsl.select(INITIATIVE.ID, INITIATIVE.TITLE).from(INITIATIVE).where(initiativeScope(scope))
                .orderBy(INITIATIVE.TITLE, INITIATIVE.ID)
                .fetch(r -> new ReportOptions.Choice(r.value1(), r.value2()));
    }

    List<ReportOptions.PhaseChoice> phases(ReportScope scope) {
        return dsl.select(INITIATIVE_PHASE.ID, INITIATIVE_PHASE.INITIATIVE_ID, INITIATIVE_PHASE.NAME)
                .from(INITIATIVE_PHASE).join(INITIATIVE).on(INITIATIVE.ID.eq(INITIATIVE_PHASE.INITIATIVE_ID))
                .where(initiativeScope(scope))
                .orderBy(INITIATIVE_PHASE.INITIATIVE_ID, INITIATIVE_PHASE.STARTS_ON, INITIATIVE_PHASE.ID)
                .fetch(r -> new ReportOptions.PhaseChoice(r.value1(), r.value2(), r.value3()));
    }

    private static Condition initiativeScope(ReportScope scope) {
        Condition c = noCondition();
        if (scope.centreId() != null) {
            c = c.and(INITIATIVE.CENTRE_ID.eq(scope.centreId()));
        }
        if (scope.funderInstitutionId() != null) {
            c = c.and(INITIATIVE.ID.in(select(INITIATIVE_FUNDER.INITIATIVE_ID).from(INITIATIVE_FUNDER)
                    .where(INITIATIVE_FUNDER.INSTITUTION_ID.eq(scope.funderInstitutionId()))));
        }
        return c;
    }

    /** Municipalities with their successor's name (null for today's ones), by name. */
    record MunicipalityRow(long id, String name, @Nullable Long successorId, @Nullable String successorName) {
    }

    List<MunicipalityRow> municipalities() {
        Municipality successor = MUNICIPALITY.as("successor");
        return dsl.select(MUNICIPALITY.ID, MUNICIPALITY.NAME, MUNICIPALITY.SUCCESSOR_ID, successor.NAME)
                .from(MUNICIPALITY).leftJoin(successor).on(successor.ID.eq(MUNICIPALITY.SUCCESSOR_ID))
                .orderBy(MUNICIPALITY.NAME)
                .fetch(r -> new MunicipalityRow(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    Optional<MunicipalityRow> municipality(long id) {
        return municipalities().stream().filter(m -> m.id() == id).findFirst();
    }

    List<ReportOptions.Choice> priorities(Locale locale) {
        Field<String> name = priorityName(locale);
        return dsl.select(PRIORITY.ID, name).from(PRIORITY).orderBy(PRIORITY.SORT_ORDER, PRIORITY.ID)
                .fetch(r -> new ReportOptions.Choice(r.value1(), r.value2()));
    }

    List<ReportOptions.Choice> targetGroups(Locale locale) {
        Field<String> name = targetGroupName(locale);
        return dsl.select(TARGET_GROUP.ID, name).from(TARGET_GROUP).orderBy(TARGET_GROUP.SORT_ORDER, TARGET_GROUP.ID)
                .fetch(r -> new ReportOptions.Choice(r.value1(), r.value2()));
    }

    private static Field<String> priorityName(Locale locale) {
        return switch (locale.getLanguage()) {
            case "uk" -> PRIORITY.NAME_UK;
            case "en" -> PRIORITY.NAME_EN;
            default -> PRIORITY.NAME_LV;
        };
    }

    private static Field<String> targetGroupName(Locale locale) {
        return switch (locale.getLanguage()) {
            case "uk" -> TARGET_GROUP.NAME_UK;
            case "en" -> TARGET_GROUP.NAME_EN;
            default -> TARGET_GROUP.NAME_LV;
        };
    }

    private static long longOf(@Nullable Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal decimalOf(@Nullable Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
