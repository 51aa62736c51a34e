package lv.kopiena.activity;

import static lv.kopiena.jooq.Tables.ACTIVITY;
import static lv.kopiena.jooq.Tables.ACTIVITY_PRIORITY;
import static lv.kopiena.jooq.Tables.ACTIVITY_TARGET_GROUP;
import static lv.kopiena.jooq.Tables.ATTENDANCE;
import static lv.kopiena.jooq.Tables.ATTENDANCE_HEADCOUNT;
import static lv.kopiena.jooq.Tables.CENTRE;
import static lv.kopiena.jooq.Tables.INITIATIVE;
import static lv.kopiena.jooq.Tables.INITIATIVE_PHASE;
import static lv.kopiena.jooq.Tables.INSTITUTION;
import static lv.kopiena.jooq.Tables.PRIORITY;
import static lv.kopiena.jooq.Tables.TARGET_GROUP;
import static lv.kopiena.jooq.Tables.WORKSHOP;
import static lv.kopiena.jooq.Tables.WORKSHOP_SIGNUP;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lv.kopiena.base.PageRequest;
import lv.kopiena.base.ReferencedException;
import lv.kopiena.base.jooq.Records;
import lv.kopiena.base.jooq.Sorting;
import lv.kopiena.jooq.tables.records.ActivityRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Activities with their tags, and the lookups an activity's form needs (initiatives, phases, ...). */
@Repository
class ActivityRepository {

    /** Each is the head of an index: (centre_id, starts_at), (centre_id, title), (centre_id, type, starts_at) and the same without centre_id. */
    private static final Map<String, Field<?>> SORTABLE = Map.of(
            "start", ACTIVITY.STARTS_AT,
            "title", ACTIVITY.TITLE,
            "type", ACTIVITY.TYPE);

    /** Named attendances of the row's activity: a count over the attendance primary key. */
    private static final Field<Integer> NAMED = DSL.field(DSL.selectCount().from(ATTENDANCE)
            .where(ATTENDANCE.ACTIVITY_ID.eq(ACTIVITY.ID))).as("named_count");
    /** People counted by head at the row's activity (0 when none). */
    private static final Field<BigDecimal> HEADS = DSL.field(DSL.select(DSL.coalesce(
                    DSL.sum(ATTENDANCE_HEADCOUNT.HEAD_COUNT), BigDecimal.ZERO))
            .from(ATTENDANCE_HEADCOUNT)
            .where(ATTENDANCE_HEADCOUNT.ACTIVITY_ID.eq(ACTIVITY.ID))).as("head_count");

    private final DSLContext dsl;

    ActivityRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * A page of the list. The page's ids are found first from an index alone (a deep page skips
     * index entries, not whole rows), then only those rows are joined and their attendance summed.
     *
     * @param centreId the one centre to list, or null for all (an admin without a centre filter)
     */
    List<ActivityRow> find(ActivityFilter filter, @Nullable Long centreId, PageRequest page) {
        List<SortField<?>> order = order(page);
        var ids = dsl.select(ACTIVITY.ID)
                .from(ACTIVITY)
                .where(matches(filter, centreId))
                .orderBy(order)
                .offset(page.offset())
                .limit(page.limit())
                .asTable("page_ids");
        return dsl.select(ACTIVITY.ID, ACTIVITY.CENTRE_ID, CENTRE.NAME, ACTIVITY.TYPE, ACTIVITY.TITLE,
                        ACTIVITY.STARTS_AT, ACTIVITY.ENDS_AT, ACTIVITY.PLACE, ACTIVITY.INITIATIVE_ID, INITIATIVE.TITLE,
                        NAMED, HEADS)
                .from(ids)
                .join(ACTIVITY).on(ACTIVITY.ID.eq(ids.field(ACTIVITY.ID)))
                .join(CENTRE).on(CENTRE.ID.eq(ACTIVITY.CENTRE_ID))
                .leftJoin(INITIATIVE).on(INITIATIVE.ID.eq(ACTIVITY.INITIATIVE_ID))
                .orderBy(order)
                .fetch(r -> new ActivityRow(r.get(ACTIVITY.ID), r.get(ACTIVITY.CENTRE_ID), r.get(CENTRE.NAME),
                        ActivityType.valueOf(r.get(ACTIVITY.TYPE)), r.get(ACTIVITY.TITLE), r.get(ACTIVITY.STARTS_AT),
                        r.get(ACTIVITY.ENDS_AT), r.get(ACTIVITY.PLACE), r.get(ACTIVITY.INITIATIVE_ID),
                        r.get(INITIATIVE.TITLE), r.get(NAMED), r.get(HEADS).intValue()));
    }

    /**
     * Newest first unless asked otherwise. The tie-breakers follow the direction of the requested
     * order and the index behind it, (centre_id, title) + id or (centre_id, type, starts_at) + id,
     * so that the index gives the whole order and a page needs no sort of all rows.
     */
    private static List<SortField<?>> order(PageRequest page) {
        if (page.sort().isEmpty()) {
            return List.of(ACTIVITY.STARTS_AT.desc(), ACTIVITY.ID.desc());
        }
        List<SortField<?>> order = new ArrayList<>(Sorting.orderBy(page, SORTABLE));
        boolean ascending = page.sort().getFirst().ascending();
        if (page.sort().getFirst().property().equals("type")) {
            order.add(ascending ? ACTIVITY.STARTS_AT.asc() : ACTIVITY.STARTS_AT.desc());
        }
        order.add(ascending ? ACTIVITY.ID.asc() : ACTIVITY.ID.desc());
        return order;
    }

    int count(ActivityFilter filter, @Nullable Long centreId) {
        return dsl.fetchCount(ACTIVITY, matches(filter, centreId));
    }

    Optional<ActivityRecord> findById(long id) {
        return dsl.selectFrom(ACTIVITY).where(ACTIVITY.ID.eq(id)).fetchOptional();
    }

    Optional<Long> centreOf(long id) {
        return dsl.select(ACTIVITY.CENTRE_ID).from(ACTIVITY).where(ACTIVITY.ID.eq(id)).fetchOptional(ACTIVITY.CENTRE_ID);
    }

    Optional<ActivityDetail> detail(long id) {
        var organiser = INSTITUTION.as("organiser");
        return dsl.select(ACTIVITY.ID, ACTIVITY.VERSION, ACTIVITY.CENTRE_ID, CENTRE.NAME, ACTIVITY.TYPE, ACTIVITY.TITLE,
                        ACTIVITY.STARTS_AT, ACTIVITY.ENDS_AT, ACTIVITY.PLACE, ACTIVITY.INITIATIVE_ID, INITIATIVE.TITLE,
                        INITIATIVE_PHASE.NAME, organiser.NAME, ACTIVITY.ORGANISER_PERSON, ACTIVITY.DESCRIPTION)
                .from(ACTIVITY)
                .join(CENTRE).on(CENTRE.ID.eq(ACTIVITY.CENTRE_ID))
                .leftJoin(INITIATIVE).on(INITIATIVE.ID.eq(ACTIVITY.INITIATIVE_ID))
                .leftJoin(INITIATIVE_PHASE).on(INITIATIVE_PHASE.ID.eq(ACTIVITY.PHASE_ID))
                .leftJoin(organiser).on(organiser.ID.eq(ACTIVITY.ORGANISER_INSTITUTION_ID))
                .where(ACTIVITY.ID.eq(id))
                .fetchOptional(r -> new ActivityDetail(r.get(ACTIVITY.ID), r.get(ACTIVITY.VERSION), r.get(ACTIVITY.CENTRE_ID),
                        r.get(CENTRE.NAME), ActivityType.valueOf(r.get(ACTIVITY.TYPE)), r.get(ACTIVITY.TITLE),
                        r.get(ACTIVITY.STARTS_AT), r.get(ACTIVITY.ENDS_AT), r.get(ACTIVITY.PLACE),
                        r.get(ACTIVITY.INITIATIVE_ID), r.get(INITIATIVE.TITLE), r.get(INITIATIVE_PHASE.NAME),
                        r.get(organiser.NAME), r.get(ACTIVITY.ORGANISER_PERSON), r.get(ACTIVITY.DESCRIPTION),
                        linkedPriorities(id), linkedTargetGroups(id)));
    }

    ActivityRecord save(ActivityRecord record) {
        return Records.store(dsl, record, "activity");
    }

    /**
     * What keeps the activity from being deleted: sign-ups of its workshop (of any status: they carry
     * the people's mails and certificates). Attendance and tags go with the activity. The workshop
     * row is locked first, as a sign-up locks it, so no one signs up between this count and the delete.
     */
    List<ReferencedException.Reference> referencesTo(long id) {
        dsl.select(WORKSHOP.ACTIVITY_ID).from(WORKSHOP).where(WORKSHOP.ACTIVITY_ID.eq(id)).forUpdate().fetch();
        return List.of(new ReferencedException.Reference("workshop.signups",
                dsl.fetchCount(WORKSHOP_SIGNUP, WORKSHOP_SIGNUP.WORKSHOP_ID.eq(id))));
    }

    /** Deletes the activity if it still has the version read; its tags and attendance go with it. */
    boolean delete(long id, int version) {
        return dsl.deleteFrom(ACTIVITY).where(ACTIVITY.ID.eq(id), ACTIVITY.VERSION.eq(version)).execute() == 1;
    }

    ActivityLinks links(long id) {
        Set<Long> priorities = Set.copyOf(dsl.select(ACTIVITY_PRIORITY.PRIORITY_ID).from(ACTIVITY_PRIORITY)
                .where(ACTIVITY_PRIORITY.ACTIVITY_ID.eq(id)).fetch(ACTIVITY_PRIORITY.PRIORITY_ID));
        Set<Long> groups = Set.copyOf(dsl.select(ACTIVITY_TARGET_GROUP.TARGET_GROUP_ID).from(ACTIVITY_TARGET_GROUP)
                .where(ACTIVITY_TARGET_GROUP.ACTIVITY_ID.eq(id)).fetch(ACTIVITY_TARGET_GROUP.TARGET_GROUP_ID));
        return new ActivityLinks(priorities, groups);
    }

    /** Makes the tags exactly the given ones (call inside the transaction that saved the activity). */
    void replaceLinks(long id, ActivityLinks links) {
        dsl.deleteFrom(ACTIVITY_PRIORITY).where(ACTIVITY_PRIORITY.ACTIVITY_ID.eq(id)).execute();
        dsl.deleteFrom(ACTIVITY_TARGET_GROUP).where(ACTIVITY_TARGET_GROUP.ACTIVITY_ID.eq(id)).execute();
        if (!links.priorityIds().isEmpty()) {
            var insert = dsl.insertInto(ACTIVITY_PRIORITY, ACTIVITY_PRIORITY.ACTIVITY_ID, ACTIVITY_PRIORITY.PRIORITY_ID);
            for (Long priority : links.priorityIds()) {
                insert = insert.values(id, priority);
            }
            insert.execute();
        }
        if (!links.targetGroupIds().isEmpty()) {
            var insert = dsl.insertInto(ACTIVITY_TARGET_GROUP, ACTIVITY_TARGET_GROUP.ACTIVITY_ID,
                    ACTIVITY_TARGET_GROUP.TARGET_GROUP_ID);
            for (Long group : links.targetGroupIds()) {
                insert = insert.values(id, group);
            }
            insert.execute();
        }
    }

    /** How many of the given priorities / target groups exist (to refuse unknown ids with a message). */
    int existingPriorities(Set<Long> ids) {
        return ids.isEmpty() ? 0 : dsl.fetchCount(PRIORITY, PRIORITY.ID.in(ids));
    }

    int existingTargetGroups(Set<Long> ids) {
        return ids.isEmpty() ? 0 : dsl.fetchCount(TARGET_GROUP, TARGET_GROUP.ID.in(ids));
    }

    // ---- lookups for the form and the filters

    /** @param centreId one centre's initiatives, or null for all */
    List<InitiativeOption> initiatives(@Nullable Long centreId) {
        return dsl.select(INITIATIVE.ID, INITIATIVE.CENTRE_ID, INITIATIVE.TITLE, INITIATIVE.STARTS_ON, INITIATIVE.ENDS_ON)
                .from(INITIATIVE)
                .where(centreId == null ? DSL.noCondition() : INITIATIVE.CENTRE_ID.eq(centreId))
                .orderBy(INITIATIVE.STARTS_ON.desc(), INITIATIVE.TITLE, INITIATIVE.ID)
                .fetch(org.jooq.Records.mapping(InitiativeOption::new));
    }

    Optional<Long> centreOfInitiative(long initiativeId) {
        return dsl.select(INITIATIVE.CENTRE_ID).from(INITIATIVE).where(INITIATIVE.ID.eq(initiativeId))
                .fetchOptional(INITIATIVE.CENTRE_ID);
    }

    List<PhaseOption> phases(long initiativeId) {
        return dsl.select(INITIATIVE_PHASE.ID, INITIATIVE_PHASE.INITIATIVE_ID, INITIATIVE_PHASE.NAME,
                        INITIATIVE_PHASE.STARTS_ON, INITIATIVE_PHASE.ENDS_ON)
                .from(INITIATIVE_PHASE)
                .where(INITIATIVE_PHASE.INITIATIVE_ID.eq(initiativeId))
                .orderBy(INITIATIVE_PHASE.STARTS_ON, INITIATIVE_PHASE.ID)
                .fetch(org.jooq.Records.mapping(PhaseOption::new));
    }

    Optional<Long> initiativeOfPhase(long phaseId) {
        return dsl.select(INITIATIVE_PHASE.INITIATIVE_ID).from(INITIATIVE_PHASE).where(INITIATIVE_PHASE.ID.eq(phaseId))
                .fetchOptional(INITIATIVE_PHASE.INITIATIVE_ID);
    }
    /** Active priorities, plus inactive ones the activity already has (so editing does not drop them). */
    List<TagOption> priorities(@Nullable Long activityId) {
        Condition linked = activityId == null ? DSL.falseCondition() : PRIORITY.ID.in(
                DSL.select(ACTIVITY_PRIORITY.PRIORITY_ID).from(ACTIVITY_PRIORITY).where(ACTIVITY_PRIORITY.ACTIVITY_ID.eq(activityId)));
        return dsl.select(PRIORITY.ID, PRIORITY.NAME_LV, PRIORITY.NAME_UK, PRIORITY.NAME_EN)
                .from(PRIORITY)
                .where(PRIORITY.ACTIVE.isTrue().or(linked))
                .orderBy(PRIORITY.SORT_ORDER, PRIORITY.ID)
                .fetch(org.jooq.Records.mapping(TagOption::new));
    }

    List<TagOption> targetGroups(@Nullable Long activityId) {
        Condition linked = activityId == null ? DSL.falseCondition() : TARGET_GROUP.ID.in(
                DSL.select(ACTIVITY_TARGET_GROUP.TARGET_GROUP_ID).from(ACTIVITY_TARGET_GROUP)
                        .where(ACTIVITY_TARGET_GROUP.ACTIVITY_ID.eq(activityId)));
        return dsl.select(TARGET_GROUP.ID, TARGET_GROUP.NAME_LV, TARGET_GROUP.NAME_UK, TARGET_GROUP.NAME_EN)
                .from(TARGET_GROUP)
                .where(TARGET_GROUP.ACTIVE.isTrue().or(linked))
                .orderBy(TARGET_GROUP.SORT_ORDER, TARGET_GROUP.ID)
                .fetch(org.jooq.Records.mapping(TagOption::new));
    }

    private List<TagOption> linkedPriorities(long activityId) {
        return dsl.select(PRIORITY.ID, PRIORITY.NAME_LV, PRIORITY.NAME_UK, PRIORITY.NAME_EN)
                .from(ACTIVITY_PRIORITY)
                .join(PRIORITY).on(PRIORITY.ID.eq(ACTIVITY_PRIORITY.PRIORITY_ID))
                .where(ACTIVITY_PRIORITY.ACTIVITY_ID.eq(activityId))
                .orderBy(PRIORITY.SORT_ORDER, PRIORITY.ID)
                .fetch(org.jooq.Records.mapping(TagOption::new));
    }

    private List<TagOption> linkedTargetGroups(long activityId) {
        return dsl.select(TARGET_GROUP.ID, TARGET_GROUP.NAME_LV, TARGET_GROUP.NAME_UK, TARGET_GROUP.NAME_EN)
                .from(ACTIVITY_TARGET_GROUP)
                .join(TARGET_GROUP).on(TARGET_GROUP.ID.eq(ACTIVITY_TARGET_GROUP.TARGET_GROUP_ID))
                .where(ACTIVITY_TARGET_GROUP.ACTIVITY_ID.eq(activityId))
                .orderBy(TARGET_GROUP.SORT_ORDER, TARGET_GROUP.ID)
                .fetch(org.jooq.Records.mapping(TagOption::new));
    }

    private static Condition matches(ActivityFilter filter, @Nullable Long centreId) {
        List<Condition> conditions = new ArrayList<>();
        if (centreId != null) {
            conditions.add(ACTIVITY.CENTRE_ID.eq(centreId));
        }
        if (!filter.search().isEmpty()) {
            conditions.add(ACTIVITY.TITLE.contains(filter.search()).or(ACTIVITY.PLACE.contains(filter.search())));
        }
        if (filter.type() != null) {
            conditions.add(ACTIVITY.TYPE.eq(filter.type().name()));
        }
        if (filter.initiativeId() != null) {
            conditions.add(ACTIVITY.INITIATIVE_ID.eq(filter.initiativeId()));
        }
        if (filter.from() != null) {
            conditions.add(ACTIVITY.STARTS_AT.ge(filter.from().atStartOfDay()));
        }
        if (filter.to() != null) {
            conditions.add(ACTIVITY.STARTS_AT.lt(filter.to().plusDays(1).atStartOfDay()));
        }
        return DSL.and(conditions);
    }
}
