package lv.kopiena.initiative;

import static lv.kopiena.jooq.Tables.ACTIVITY;
import static lv.kopiena.jooq.Tables.CENTRE;
import static lv.kopiena.jooq.Tables.INITIATIVE;
import static lv.kopiena.jooq.Tables.INITIATIVE_FUNDER;
import static lv.kopiena.jooq.Tables.INITIATIVE_PARTNER;
import static lv.kopiena.jooq.Tables.INITIATIVE_PHASE;
import static lv.kopiena.jooq.Tables.INITIATIVE_PRIORITY;
import static lv.kopiena.jooq.Tables.INITIATIVE_TARGET_GROUP;
import static lv.kopiena.jooq.Tables.INSTITUTION;
import static lv.kopiena.jooq.Tables.USER_ACCOUNT;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lv.kopiena.base.PageRequest;
import lv.kopiena.base.ReferencedException.Reference;
import lv.kopiena.base.jooq.Records;
import lv.kopiena.base.jooq.Sorting;
import lv.kopiena.jooq.tables.records.InitiativePhaseRecord;
import lv.kopiena.jooq.tables.records.InitiativeRecord;
import lv.kopiena.security.Role;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.util.StringUtils;

@Repository
class InitiativeRepository {

    private static final Map<String, Field<?>> SORTABLE = Map.of(
            "title", INITIATIVE.TITLE,
            "start", INITIATIVE.STARTS_ON,
            "status", INITIATIVE.STATUS);
    private static final Map<String, Field<?>> PHASE_SORTABLE = Map.of(
            "name", INITIATIVE_PHASE.NAME,
            "start", INITIATIVE_PHASE.STARTS_ON);

    private final DSLContext dsl;

    InitiativeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * One page of the list. The page's ids are found first on the initiative table alone (an index
     * delivers them in order, also deep into 100,000 rows); only those rows are then joined with
     * their centre and lead organisation and get their phases counted.
     */
    List<InitiativeRow> find(InitiativeFilter filter, Optional<Long> centreScope, PageRequest page) {
        List<SortField<?>> order = order(page);
        Table<Record1<Long>> pageIds = dsl.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .where(matches(filter, centreScope))
                .orderBy(order)
                .offset(page.offset())
                .limit(page.limit())
                .asTable("page_ids");
        Field<Integer> phaseCount = DSL.field(DSL.selectCount().from(INITIATIVE_PHASE)
                .where(INITIATIVE_PHASE.INITIATIVE_ID.eq(INITIATIVE.ID)));
        return dsl.select(INITIATIVE.ID, INITIATIVE.TITLE, INITIATIVE.CENTRE_ID, CENTRE.NAME, INITIATIVE.STARTS_ON,
                        INITIATIVE.ENDS_ON, INITIATIVE.STATUS, INSTITUTION.NAME, phaseCount)
                .from(pageIds)
                .join(INITIATIVE).on(INITIATIVE.ID.eq(pageIds.field(INITIATIVE.ID)))
                .join(CENTRE).on(CENTRE.ID.eq(INITIATIVE.CENTRE_ID))
                .leftJoin(INSTITUTION).on(INSTITUTION.ID.eq(INITIATIVE.LEAD_INSTITUTION_ID))
                .orderBy(order)
                .fetch(r -> new InitiativeRow(r.value1(), r.value2(), r.value3(), r.value4(),
                        new Period(r.value5(), r.value6()), InitiativeStatus.valueOf(r.value7()), r.value8(),
                        r.value9()));
    }

    int count(InitiativeFilter filter, Optional<Long> centreScope) {
        return dsl.fetchCount(INITIATIVE, matches(filter, centreScope));
    }

    Optional<InitiativeRecord> findById(long id) {
        return dsl.selectFrom(INITIATIVE).where(INITIATIVE.ID.eq(id)).fetchOptional();
    }

    Optional<String> centreName(long centreId) {
        return dsl.select(CENTRE.NAME).from(CENTRE).where(CENTRE.ID.eq(centreId)).fetchOptional(CENTRE.NAME);
    }

    List<InstitutionOption> funders(long initiativeId) {
        return linkedInstitutions(INITIATIVE_FUNDER, INITIATIVE_FUNDER.INITIATIVE_ID, INITIATIVE_FUNDER.INSTITUTION_ID,
                initiativeId);
    }

    List<InstitutionOption> partners(long initiativeId) {
        return linkedInstitutions(INITIATIVE_PARTNER, INITIATIVE_PARTNER.INITIATIVE_ID,
                INITIATIVE_PARTNER.INSTITUTION_ID, initiativeId);
    }

    Set<Long> funderIds(long initiativeId) {
        return new HashSet<>(dsl.select(INITIATIVE_FUNDER.INSTITUTION_ID).from(INITIATIVE_FUNDER)
                .where(INITIATIVE_FUNDER.INITIATIVE_ID.eq(initiativeId)).fetch(INITIATIVE_FUNDER.INSTITUTION_ID));
    }

    Set<Long> partnerIds(long initiativeId) {
        return new HashSet<>(dsl.select(INITIATIVE_PARTNER.INSTITUTION_ID).from(INITIATIVE_PARTNER)
                .where(INITIATIVE_PARTNER.INITIATIVE_ID.eq(initiativeId)).fetch(INITIATIVE_PARTNER.INSTITUTION_ID));
    }

    Set<Long> priorityIds(long initiativeId) {
        return new HashSet<>(dsl.select(INITIATIVE_PRIORITY.PRIORITY_ID).from(INITIATIVE_PRIORITY)
                .where(INITIATIVE_PRIORITY.INITIATIVE_ID.eq(initiativeId)).fetch(INITIATIVE_PRIORITY.PRIORITY_ID));
    }

    Set<Long> targetGroupIds(long initiativeId) {
        return new HashSet<>(dsl.select(INITIATIVE_TARGET_GROUP.TARGET_GROUP_ID).from(INITIATIVE_TARGET_GROUP)
                .where(INITIATIVE_TARGET_GROUP.INITIATIVE_ID.eq(initiativeId))
                .fetch(INITIATIVE_TARGET_GROUP.TARGET_GROUP_ID));
    }

    Optional<CoordinatorOption> coordinator(long userId) {
        return dsl.select(USER_ACCOUNT.ID, USER_ACCOUNT.DISPLAY_NAME).from(USER_ACCOUNT)
                .where(USER_ACCOUNT.ID.eq(userId))
                .fetchOptional(org.jooq.Records.mapping(CoordinatorOption::new));
    }

    /** The enabled coordinator accounts of a centre, by name. */
    List<CoordinatorOption> coordinators(long centreId) {
        return dsl.select(USER_ACCOUNT.ID, USER_ACCOUNT.DISPLAY_NAME).from(USER_ACCOUNT)
                .where(USER_ACCOUNT.CENTRE_ID.eq(centreId))
                .and(USER_ACCOUNT.ROLE.eq(Role.COORDINATOR.name()))
                .and(USER_ACCOUNT.ENABLED.isTrue())
                .orderBy(USER_ACCOUNT.DISPLAY_NAME, USER_ACCOUNT.ID)
                .fetch(org.jooq.Records.mapping(CoordinatorOption::new));
    }

    boolean isCoordinatorOf(long userId, long centreId) {
        return dsl.fetchExists(USER_ACCOUNT, USER_ACCOUNT.ID.eq(userId)
                .and(USER_ACCOUNT.CENTRE_ID.eq(centreId))
                .and(USER_ACCOUNT.ROLE.eq(Role.COORDINATOR.name())));
    }

    List<InitiativeOption> options(String search, Optional<Long> centreScope, int limit) {
        return dsl.select(INITIATIVE.ID, INITIATIVE.TITLE, INITIATIVE.CENTRE_ID)
                .from(INITIATIVE)
                .where(matches(new InitiativeFilter(search, null, null), centreScope))
                .orderBy(INITIATIVE.TITLE, INITIATIVE.ID)
                .limit(limit)
                .fetch(org.jooq.Records.mapping(InitiativeOption::new));
    }

    /**
     * Inserts or updates the initiative. An update always writes (and so checks and raises the
     * version), also when only the links changed: they are part of the initiative, and a lost
     * update of them must be caught like any other.
     */
    InitiativeRecord save(InitiativeRecord record) {
        if (record.getId() != null) {
            record.changed(INITIATIVE.TITLE, true);
        }
        return Records.store(dsl, record, "initiative");
    }

    void replaceLinks(long initiativeId, InitiativeLinks links) {
        replace(INITIATIVE_FUNDER, INITIATIVE_FUNDER.INITIATIVE_ID, INITIATIVE_FUNDER.INSTITUTION_ID, initiativeId,
                links.funderIds());
        replace(INITIATIVE_PARTNER, INITIATIVE_PARTNER.INITIATIVE_ID, INITIATIVE_PARTNER.INSTITUTION_ID, initiativeId,
                links.partnerIds());
        replace(INITIATIVE_PRIORITY, INITIATIVE_PRIORITY.INITIATIVE_ID, INITIATIVE_PRIORITY.PRIORITY_ID, initiativeId,
                links.priorityIds());
        replace(INITIATIVE_TARGET_GROUP, INITIATIVE_TARGET_GROUP.INITIATIVE_ID,
                INITIATIVE_TARGET_GROUP.TARGET_GROUP_ID, initiativeId, links.targetGroupIds());
    }

    List<Reference> referencesTo(long initiativeId) {
        return List.of(new Reference("activity.plural",
                dsl.fetchCount(ACTIVITY, ACTIVITY.INITIATIVE_ID.eq(initiativeId))));
    }

    /** Deletes the initiative; its phases and links go with it (ON DELETE CASCADE). */
    void delete(long id) {
        dsl.deleteFrom(INITIATIVE).where(INITIATIVE.ID.eq(id)).execute();
    }

    // --- phases ---

    List<Phase> phases(long initiativeId) {
        return dsl.select(INITIATIVE_PHASE.ID, INITIATIVE_PHASE.NAME, INITIATIVE_PHASE.STARTS_ON, INITIATIVE_PHASE.ENDS_ON)
                .from(INITIATIVE_PHASE)
                .where(INITIATIVE_PHASE.INITIATIVE_ID.eq(initiativeId))
                .orderBy(INITIATIVE_PHASE.STARTS_ON, INITIATIVE_PHASE.ID)
                .fetch(r -> new Phase(r.value1(), r.value2(), new Period(r.value3(), r.value4())));
    }

    List<PhaseRow> phaseRows(long initiativeId, PageRequest page) {
        Field<Integer> activities = DSL.field(DSL.selectCount().from(ACTIVITY)
                .where(ACTIVITY.PHASE_ID.eq(INITIATIVE_PHASE.ID)));
        Field<Boolean> summarised = DSL.field(INITIATIVE_PHASE.CLOSING_SUMMARY.isNotNull()
                .and(DSL.trim(INITIATIVE_PHASE.CLOSING_SUMMARY).ne("")));
        return dsl.select(INITIATIVE_PHASE.ID, INITIATIVE_PHASE.NAME, INITIATIVE_PHASE.STARTS_ON,
                        INITIATIVE_PHASE.ENDS_ON, summarised, activities)
                .from(INITIATIVE_PHASE)
                .where(INITIATIVE_PHASE.INITIATIVE_ID.eq(initiativeId))
                .orderBy(Sorting.orderBy(page, PHASE_SORTABLE, INITIATIVE_PHASE.STARTS_ON.asc(), INITIATIVE_PHASE.ID.asc()))
                .offset(page.offset())
                .limit(page.limit())
                .fetch(r -> new PhaseRow(r.value1(), r.value2(), new Period(r.value3(), r.value4()),
                        Boolean.TRUE.equals(r.value5()), r.value6()));
    }

    int phaseCount(long initiativeId) {
        return dsl.fetchCount(INITIATIVE_PHASE, INITIATIVE_PHASE.INITIATIVE_ID.eq(initiativeId));
    }

    Optional<InitiativePhaseRecord> findPhase(long id) {
        return dsl.selectFrom(INITIATIVE_PHASE).where(INITIATIVE_PHASE.ID.eq(id)).fetchOptional();
    }

    Optional<Long> initiativeOfPhase(long phaseId) {
        return dsl.select(INITIATIVE_PHASE.INITIATIVE_ID).from(INITIATIVE_PHASE)
                .where(INITIATIVE_PHASE.ID.eq(phaseId)).fetchOptional(INITIATIVE_PHASE.INITIATIVE_ID);
    }

    InitiativePhaseRecord savePhase(InitiativePhaseRecord record) {
        return Records.store(dsl, record, "initiative_phase");
    }

    List<Reference> referencesToPhase(long phaseId) {
        return List.of(new Reference("activity.plural", dsl.fetchCount(ACTIVITY, ACTIVITY.PHASE_ID.eq(phaseId))));
    }

    void deletePhase(long id) {
        dsl.deleteFrom(INITIATIVE_PHASE).where(INITIATIVE_PHASE.ID.eq(id)).execute();
    }

    // --- helpers ---

    private List<InstitutionOption> linkedInstitutions(Table<?> link, TableField<?, Long> initiativeColumn,
                                                       TableField<?, Long> institutionColumn, long initiativeId) {
        return dsl.select(INSTITUTION.ID, INSTITUTION.NAME)
                .from(link)
                .join(INSTITUTION).on(INSTITUTION.ID.eq(institutionColumn))
                .where(initiativeColumn.eq(initiativeId))
                .orderBy(INSTITUTION.NAME, INSTITUTION.ID)
                .fetch(org.jooq.Records.mapping(InstitutionOption::new));
    }

    private void replace(Table<?> link, TableField<?, Long> initiativeColumn, TableField<?, Long> otherColumn,
                         long initiativeId, Collection<Long> ids) {
        dsl.deleteFrom(link).where(initiativeColumn.eq(initiativeId)).execute();
        if (ids.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(link, initiativeColumn, otherColumn);
        for (Long id : ids) {
            insert = insert.values(initiativeId, id);
        }
        insert.execute();
    }

    /**
     * Sorted as asked, newest first by default. Within one status the list goes by title, and the
     * id breaks ties in the direction of the first order: so that one index delivers each order.
     */
    private static List<SortField<?>> order(PageRequest page) {
        if (page.sort().isEmpty()) {
            return List.of(INITIATIVE.STARTS_ON.desc(), INITIATIVE.ID.desc());
        }
        PageRequest.SortOrder first = page.sort().getFirst();
        List<SortField<?>> order = new ArrayList<>(Sorting.orderBy(page, SORTABLE));
        if (first.property().equals("status")) {
            order.add(first.ascending() ? INITIATIVE.TITLE.asc() : INITIATIVE.TITLE.desc());
        }
        order.add(first.ascending() ? INITIATIVE.ID.asc() : INITIATIVE.ID.desc());
        return order;
    }

    private static Condition matches(InitiativeFilter filter, Optional<Long> centreScope) {
        Condition condition = DSL.noCondition();
        if (centreScope.isPresent()) {
            condition = condition.and(INITIATIVE.CENTRE_ID.eq(centreScope.get()));
        }
        if (filter.centreId() != null) {
            condition = condition.and(INITIATIVE.CENTRE_ID.eq(filter.centreId()));
        }
        if (filter.status() != null) {
            condition = condition.and(INITIATIVE.STATUS.eq(filter.status().name()));
        }
        if (StringUtils.hasText(filter.search())) {
            condition = condition.and(INITIATIVE.TITLE.contains(filter.search().trim()));
        }
        return condition;
    }
}
