package lv.kopiena.educator;

import static lv.kopiena.jooq.Tables.ACTIVITY;
import static lv.kopiena.jooq.Tables.ACTIVITY_PRIORITY;
import static lv.kopiena.jooq.Tables.CENTRE;
import static lv.kopiena.jooq.Tables.MUNICIPALITY;
import static lv.kopiena.jooq.Tables.PRIORITY;
import static lv.kopiena.jooq.Tables.WORKSHOP;
import static lv.kopiena.jooq.Tables.WORKSHOP_SIGNUP;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import lv.kopiena.base.PageRequest;
import lv.kopiena.base.jooq.Sorting;
import lv.kopiena.jooq.tables.WorkshopSignup;
import lv.kopiena.workshop.SignupStatus;
import lv.kopiena.workshop.WorkshopStatus;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Reads workshops for the public catalogue and an educator's own sign-ups. The catalogue walks
 * {@code activity} by its start-time index (V007's ix_activity_start, or ix_activity_centre_start
 * with a centre filter) and joins each workshop by its key, so a page costs the same however many
 * workshops exist.
 */
@Repository
class WorkshopCatalogueRepository {

    private static final Map<String, Field<?>> SORTABLE = Map.of("startsAt", ACTIVITY.STARTS_AT);

    private final DSLContext dsl;

    WorkshopCatalogueRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<WorkshopCard> find(CatalogueFilter filter, PageRequest page, Locale reader, LocalDateTime now) {
        Field<List<String>> priorities = priorityNames(reader);
        return dsl.select(cardFields(priorities))
                .from(ACTIVITY)
                .join(WORKSHOP).on(WORKSHOP.ACTIVITY_ID.eq(ACTIVITY.ID))
                .join(CENTRE).on(CENTRE.ID.eq(ACTIVITY.CENTRE_ID))
                .join(MUNICIPALITY).on(MUNICIPALITY.ID.eq(CENTRE.MUNICIPALITY_ID))
                .where(upcomingOpen(now)).and(matches(filter))
                .orderBy(Sorting.orderBy(page, SORTABLE, ACTIVITY.STARTS_AT.asc(), ACTIVITY.ID.asc()))
                .offset(page.offset())
                .limit(page.limit())
                .fetch(r -> card(r, priorities, now));
    }

    int count(CatalogueFilter filter, LocalDateTime now) {
        return dsl.fetchCount(dsl.selectOne()
                .from(ACTIVITY)
                .join(WORKSHOP).on(WORKSHOP.ACTIVITY_ID.eq(ACTIVITY.ID))
                .where(upcomingOpen(now)).and(matches(filter)));
    }

    /** Any workshop, also a past or cancelled one (a sign-up's link leads there). */
    Optional<WorkshopDetail> find(long id, Locale reader, LocalDateTime now) {
        Field<List<String>> priorities = priorityNames(reader);
        List<SelectField<?>> fields = new ArrayList<>(cardFields(priorities));
        fields.add(ACTIVITY.DESCRIPTION);
        fields.add(WORKSHOP.CANCEL_REASON);
        return dsl.select(fields)
                .from(ACTIVITY)
                .join(WORKSHOP).on(WORKSHOP.ACTIVITY_ID.eq(ACTIVITY.ID))
                .join(CENTRE).on(CENTRE.ID.eq(ACTIVITY.CENTRE_ID))
                .join(MUNICIPALITY).on(MUNICIPALITY.ID.eq(CENTRE.MUNICIPALITY_ID))
                .where(ACTIVITY.ID.eq(id))
                .fetchOptional(r -> new WorkshopDetail(card(r, priorities, now), r.get(ACTIVITY.DESCRIPTION),
                        r.get(WORKSHOP.STATUS).equals(WorkshopStatus.CANCELLED.name())
                                ? r.get(WORKSHOP.CANCEL_REASON) : null));
    }

    /** Centres that have an upcoming open workshop, by name. */
    List<CentreOption> centresWithUpcoming(LocalDateTime now) {
        return dsl.select(CENTRE.ID, CENTRE.NAME, MUNICIPALITY.NAME)
                .from(CENTRE)
                .join(MUNICIPALITY).on(MUNICIPALITY.ID.eq(CENTRE.MUNICIPALITY_ID))
                .whereExists(dsl.selectOne().from(ACTIVITY)
                        .join(WORKSHOP).on(WORKSHOP.ACTIVITY_ID.eq(ACTIVITY.ID))
                        .where(ACTIVITY.CENTRE_ID.eq(CENTRE.ID)).and(upcomingOpen(now)))
                .orderBy(CENTRE.NAME, CENTRE.ID)
                .fetch(org.jooq.Records.mapping(CentreOption::new));
    }

    List<PriorityOption> activePriorities() {
        return dsl.select(PRIORITY.ID, PRIORITY.NAME_LV, PRIORITY.NAME_UK, PRIORITY.NAME_EN)
                .from(PRIORITY)
                .where(PRIORITY.ACTIVE.isTrue())
                .orderBy(PRIORITY.SORT_ORDER, PRIORITY.ID)
                .fetch(org.jooq.Records.mapping(PriorityOption::new));
    }

    /** The account's sign-ups: upcoming ones first (soonest first), then past ones (latest first). */
    List<MySignup> signupsOf(long accountId, LocalDateTime now) {
        return signups(WORKSHOP_SIGNUP.USER_ACCOUNT_ID.eq(accountId), now);
    }

    Optional<MySignup> signupOf(long accountId, long workshopId, LocalDateTime now) {
        return signups(WORKSHOP_SIGNUP.USER_ACCOUNT_ID.eq(accountId).and(WORKSHOP_SIGNUP.WORKSHOP_ID.eq(workshopId)),
                now).stream().findFirst();
    }

    private List<MySignup> signups(Condition which, LocalDateTime now) {
        WorkshopSignup ahead = WORKSHOP_SIGNUP.as("ahead");
        Field<Integer> position = DSL.when(WORKSHOP_SIGNUP.STATUS.eq(SignupStatus.WAITING.name()),
                        DSL.field(DSL.selectCount().from(ahead)
                                .where(ahead.WORKSHOP_ID.eq(WORKSHOP_SIGNUP.WORKSHOP_ID))
                                .and(ahead.STATUS.eq(SignupStatus.WAITING.name()))
                                .and(ahead.QUEUE_NO.le(WORKSHOP_SIGNUP.QUEUE_NO))))
                .otherwise(DSL.inline(0))
                .as("waiting_position");
        Condition cancelled = WORKSHOP.STATUS.eq(WorkshopStatus.CANCELLED.name());
        Field<String> link = DSL.when(WORKSHOP_SIGNUP.STATUS.eq(SignupStatus.CONFIRMED.name()).and(cancelled.not()),
                WORKSHOP.ONLINE_LINK).as("link");
        Field<Boolean> upcoming = DSL.field(ACTIVITY.STARTS_AT.gt(now)).as("upcoming");
        return dsl.select(ACTIVITY.ID, ACTIVITY.TITLE, ACTIVITY.STARTS_AT, ACTIVITY.ENDS_AT, ACTIVITY.PLACE,
                        CENTRE.NAME, WORKSHOP.PD_HOURS, WORKSHOP_SIGNUP.STATUS, position, WORKSHOP_SIGNUP.ATTENDED,
                        WORKSHOP.STATUS, WORKSHOP.CANCEL_REASON, link, upcoming)
                .from(WORKSHOP_SIGNUP)
                .join(WORKSHOP).on(WORKSHOP.ACTIVITY_ID.eq(WORKSHOP_SIGNUP.WORKSHOP_ID))
                .join(ACTIVITY).on(ACTIVITY.ID.eq(WORKSHOP.ACTIVITY_ID))
                .join(CENTRE).on(CENTRE.ID.eq(ACTIVITY.CENTRE_ID))
                .where(which)
                .orderBy(DSL.when(ACTIVITY.STARTS_AT.gt(now), DSL.inline(0)).otherwise(DSL.inline(1)),
                        DSL.when(ACTIVITY.STARTS_AT.gt(now), ACTIVITY.STARTS_AT).asc(),
                        ACTIVITY.STARTS_AT.desc(), ACTIVITY.ID)
                .fetch(r -> {
                    boolean workshopCancelled = r.get(WORKSHOP.STATUS).equals(WorkshopStatus.CANCELLED.name());
                    return new MySignup(r.get(ACTIVITY.ID), r.get(ACTIVITY.TITLE), r.get(ACTIVITY.STARTS_AT),
                            r.get(ACTIVITY.ENDS_AT), r.get(ACTIVITY.PLACE), r.get(CENTRE.NAME),
                            r.get(WORKSHOP.PD_HOURS), SignupStatus.valueOf(r.get(WORKSHOP_SIGNUP.STATUS)),
                            r.get(position), Boolean.TRUE.equals(r.get(WORKSHOP_SIGNUP.ATTENDED)),
                            workshopCancelled, workshopCancelled ? r.get(WORKSHOP.CANCEL_REASON) : null,
                            r.get(link), Boolean.TRUE.equals(r.get(upcoming)));
                });
    }

    private static List<SelectField<?>> cardFields(Field<List<String>> priorities) {
        return List.of(ACTIVITY.ID, ACTIVITY.TITLE, ACTIVITY.STARTS_AT, ACTIVITY.ENDS_AT, ACTIVITY.PLACE,
                WORKSHOP.ONLINE_LINK.isNotNull().as("online"), CENTRE.NAME, MUNICIPALITY.NAME, WORKSHOP.LANGUAGE,
                WORKSHOP.PD_HOURS, WORKSHOP.AUDIENCE, priorities, WORKSHOP.CAPACITY,
                WORKSHOP.CONFIRMED_COUNT, WORKSHOP.WAITING_LIST, WORKSHOP.STATUS, WORKSHOP.SIGNUP_OPENS_AT,
                WORKSHOP.SIGNUP_CLOSES_AT);
    }

    private static WorkshopCard card(Record r, Field<List<String>> priorities, LocalDateTime now) {
        boolean cancelled = r.get(WORKSHOP.STATUS).equals(WorkshopStatus.CANCELLED.name());
        int capacity = r.get(WORKSHOP.CAPACITY);
        return new WorkshopCard(r.get(ACTIVITY.ID), r.get(ACTIVITY.TITLE), r.get(ACTIVITY.STARTS_AT),
                r.get(ACTIVITY.ENDS_AT), r.get(ACTIVITY.PLACE), Boolean.TRUE.equals(r.get("online", Boolean.class)),
                r.get(CENTRE.NAME), r.get(MUNICIPALITY.NAME), r.get(WORKSHOP.LANGUAGE), r.get(WORKSHOP.PD_HOURS),
                r.get(WORKSHOP.AUDIENCE), r.get(priorities), capacity,
                Math.max(0, capacity - r.get(WORKSHOP.CONFIRMED_COUNT)), Boolean.TRUE.equals(r.get(WORKSHOP.WAITING_LIST)),
                SignupState.of(cancelled, r.get(ACTIVITY.STARTS_AT), r.get(WORKSHOP.SIGNUP_OPENS_AT),
                        r.get(WORKSHOP.SIGNUP_CLOSES_AT), now),
                r.get(WORKSHOP.SIGNUP_OPENS_AT), r.get(WORKSHOP.SIGNUP_CLOSES_AT));
    }

    /** Between the names in the aggregate: a control character that no name contains. */
    private static final String SEPARATOR = "\u001f";

    /**
     * The workshop's priorities in the reader's language, in their programme order: a subquery in
     * the same statement, not a query per row.
     */
    private static Field<List<String>> priorityNames(Locale reader) {
        Field<String> name = switch (reader.getLanguage()) {
            case "uk" -> PRIORITY.NAME_UK;
            case "en" -> PRIORITY.NAME_EN;
            default -> PRIORITY.NAME_LV;
        };
        return DSL.field(DSL.select(DSL.groupConcat(name).orderBy(PRIORITY.SORT_ORDER, PRIORITY.ID).separator(SEPARATOR))
                        .from(ACTIVITY_PRIORITY)
                        .join(PRIORITY).on(PRIORITY.ID.eq(ACTIVITY_PRIORITY.PRIORITY_ID))
                        .where(ACTIVITY_PRIORITY.ACTIVITY_ID.eq(ACTIVITY.ID)))
                .as("priorities")
                .convertFrom(joined -> joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(SEPARATOR)));
    }

    private static Condition upcomingOpen(LocalDateTime now) {
        return WORKSHOP.STATUS.eq(WorkshopStatus.OPEN.name()).and(ACTIVITY.STARTS_AT.gt(now));
    }

    private static Condition matches(CatalogueFilter filter) {
        Condition c = DSL.noCondition();
        if (filter.centreId() != null) {
            c = c.and(ACTIVITY.CENTRE_ID.eq(filter.centreId()));
        }
        if (filter.from() != null) {
            c = c.and(ACTIVITY.STARTS_AT.ge(filter.from().atStartOfDay()));
        }
        if (filter.to() != null) {
            c = c.and(ACTIVITY.STARTS_AT.lt(filter.to().plusDays(1).atStartOfDay()));
        }
        if (filter.language() != null) {
            c = c.and(WORKSHOP.LANGUAGE.eq(filter.language()));
        }
        if (filter.priorityId() != null) {
            c = c.and(DSL.exists(DSL.selectOne().from(ACTIVITY_PRIORITY)
                    .where(ACTIVITY_PRIORITY.ACTIVITY_ID.eq(ACTIVITY.ID))
                    .and(ACTIVITY_PRIORITY.PRIORITY_ID.eq(filter.priorityId()))));
        }
        return c;
    }
}
