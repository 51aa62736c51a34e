package lv.kopiena.institution;

import static lv.kopiena.jooq.Tables.ACTIVITY;
import static lv.kopiena.jooq.Tables.INITIATIVE;
import static lv.kopiena.jooq.Tables.INITIATIVE_FUNDER;
import static lv.kopiena.jooq.Tables.INITIATIVE_PARTNER;
import static lv.kopiena.jooq.Tables.INSTITUTION;
import static lv.kopiena.jooq.Tables.MUNICIPALITY;
import static lv.kopiena.jooq.Tables.PARTICIPANT;
import static lv.kopiena.jooq.Tables.USER_ACCOUNT;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lv.kopiena.base.PageRequest;
import lv.kopiena.base.ReferencedException.Reference;
import lv.kopiena.base.jooq.Records;
import lv.kopiena.base.jooq.Sorting;
import lv.kopiena.jooq.tables.Municipality;
import lv.kopiena.jooq.tables.records.InstitutionRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * The institution table. Lists are read in two steps so that deep pages stay fast on a large
 * table: the page's ids come from an index (name, (type, name) or (municipality, name)) without
 * touching the rows, then only those rows are read with their municipality.
 */
@Repository
class InstitutionRepository {

    private static final Municipality SUCCESSOR = MUNICIPALITY.as("successor");
    private static final Field<InstitutionType> TYPE = INSTITUTION.TYPE.convertFrom(InstitutionType::valueOf);
    private static final Map<String, Field<?>> SORTABLE = Map.of(
            "name", INSTITUTION.NAME,
            "type", INSTITUTION.TYPE,
            "municipality", MUNICIPALITY.NAME);

    private final DSLContext dsl;

    InstitutionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<Institution> find(InstitutionFilter filter, PageRequest page) {
        List<SortField<?>> order = Sorting.orderBy(page, SORTABLE, INSTITUTION.NAME.asc(), INSTITUTION.ID.asc());
        boolean byMunicipality = page.sort().stream().anyMatch(o -> o.property().equals("municipality"));
        Condition where = matches(filter);
        // Step 1: the ids of the page, read from an index; the municipality is joined only to sort by its name.
        Table<?> ids = (byMunicipality
                ? dsl.select(INSTITUTION.ID).from(INSTITUTION)
                        .join(MUNICIPALITY).on(MUNICIPALITY.ID.eq(INSTITUTION.MUNICIPALITY_ID))
                : dsl.select(INSTITUTION.ID).from(INSTITUTION))
                .where(where)
                .orderBy(order)
                .limit(page.offset(), page.limit())
                .asTable("page");
        // Step 2: the rows of those ids.
        return dsl.select(INSTITUTION.ID, INSTITUTION.NAME, TYPE, INSTITUTION.MUNICIPALITY_ID, MUNICIPALITY.NAME,
                        SUCCESSOR.NAME, INSTITUTION.CONTACT_NAME, INSTITUTION.CONTACT_EMAIL, INSTITUTION.CONTACT_PHONE)
                .from(ids)
                .join(INSTITUTION).on(INSTITUTION.ID.eq(ids.field(INSTITUTION.ID)))
                .join(MUNICIPALITY).on(MUNICIPALITY.ID.eq(INSTITUTION.MUNICIPALITY_ID))
                .leftJoin(SUCCESSOR).on(SUCCESSOR.ID.eq(MUNICIPALITY.SUCCESSOR_ID))
                .orderBy(order)
                .fetch(org.jooq.Records.mapping(Institution::new));
    }

    int count(InstitutionFilter filter) {
        return dsl.fetchCount(INSTITUTION, matches(filter));
    }

    /** Options by name for selection fields, with the same name matching as the list. */
    List<InstitutionOption> options(String search, int offset, int limit) {
        return selectOptions()
                .where(nameContains(search))
                .orderBy(INSTITUTION.NAME, INSTITUTION.ID)
                .limit(offset, limit)
                .fetch(org.jooq.Records.mapping(InstitutionOption::new));
    }

    List<InstitutionOption> options(Collection<Long> ids) {
        return selectOptions()
                .where(INSTITUTION.ID.in(ids))
                .orderBy(INSTITUTION.NAME, INSTITUTION.ID)
                .fetch(org.jooq.Records.mapping(InstitutionOption::new));
    }

    Optional<InstitutionOption> option(long id) {
        return selectOptions()
                .where(INSTITUTION.ID.eq(id))
                .fetchOptional(org.jooq.Records.mapping(InstitutionOption::new));
    }

    /**
     * A few institutions whose names contain some of the given word beginnings (the collation
     * ignores case and accents), those sharing the most first. Only these are scored in Java.
     */
    List<InstitutionOption> candidates(List<String> stems, String exactName, @Nullable Long exceptId, int limit) {
        Condition any = DSL.falseCondition();
        Field<Integer> shared = DSL.inline(0);
        for (String stem : stems) {
            Condition contains = INSTITUTION.NAME.contains(stem);
            any = any.or(contains);
            shared = shared.plus(DSL.when(contains, DSL.inline(1)).otherwise(DSL.inline(0)));
        }
        Condition where = stems.isEmpty() ? INSTITUTION.NAME.eq(exactName) : any;
        if (exceptId != null) {
            where = where.and(INSTITUTION.ID.ne(exceptId));
        }
        return selectOptions()
                .where(where)
                .orderBy(shared.desc(), INSTITUTION.NAME, INSTITUTION.ID)
                .limit(limit)
                .fetch(org.jooq.Records.mapping(InstitutionOption::new));
    }

    Optional<InstitutionRecord> findById(long id) {
        return dsl.selectFrom(INSTITUTION).where(INSTITUTION.ID.eq(id)).fetchOptional();
    }

    boolean municipalityExists(long id) {
        return dsl.fetchExists(MUNICIPALITY, MUNICIPALITY.ID.eq(id));
    }

    InstitutionRecord save(InstitutionRecord record) {
        return Records.store(dsl, record, "institution");
    }

    List<Reference> referencesTo(long id) {
        return List.of(
                new Reference("initiative.plural", dsl.fetchCount(INITIATIVE, INITIATIVE.LEAD_INSTITUTION_ID.eq(id))),
                new Reference("institution.ref.funded-initiatives",
                        dsl.fetchCount(INITIATIVE_FUNDER, INITIATIVE_FUNDER.INSTITUTION_ID.eq(id))),
                new Reference("institution.ref.partner-initiatives",
                        dsl.fetchCount(INITIATIVE_PARTNER, INITIATIVE_PARTNER.INSTITUTION_ID.eq(id))),
                new Reference("activity.plural", dsl.fetchCount(ACTIVITY, ACTIVITY.ORGANISER_INSTITUTION_ID.eq(id))),
                new Reference("participant.plural", dsl.fetchCount(PARTICIPANT, PARTICIPANT.INSTITUTION_ID.eq(id))),
                new Reference("user.plural", dsl.fetchCount(USER_ACCOUNT, USER_ACCOUNT.INSTITUTION_ID.eq(id))));
    }

    int delete(long id) {
        return dsl.deleteFrom(INSTITUTION).where(INSTITUTION.ID.eq(id)).execute();
    }

    private org.jooq.SelectOnConditionStep<org.jooq.Record6<Long, String, InstitutionType, Long, String, String>> selectOptions() {
        return dsl.select(INSTITUTION.ID, INSTITUTION.NAME, TYPE, INSTITUTION.MUNICIPALITY_ID, MUNICIPALITY.NAME,
                        SUCCESSOR.NAME)
                .from(INSTITUTION)
                .join(MUNICIPALITY).on(MUNICIPALITY.ID.eq(INSTITUTION.MUNICIPALITY_ID))
                .leftJoin(SUCCESSOR).on(SUCCESSOR.ID.eq(MUNICIPALITY.SUCCESSOR_ID));
    }

    private Condition matches(InstitutionFilter filter) {
        Condition condition = nameContains(filter.search());
        if (filter.type() != null) {
            condition = condition.and(INSTITUTION.TYPE.eq(filter.type().name()));
        }
        if (filter.municipalityId() != null) {
            condition = condition.and(INSTITUTION.MUNICIPALITY_ID.in(municipalityAndFormer(filter.municipalityId())));
        }
        return condition;
    }

    /**
     * The municipality itself and, if it is one of today's, the former ones merged into it. Read
     * first (a few ids) so that the list query can use the (municipality, name) index directly.
     */
    private List<Long> municipalityAndFormer(long municipalityId) {
        return dsl.select(MUNICIPALITY.ID).from(MUNICIPALITY)
                .where(MUNICIPALITY.ID.eq(municipalityId)
                        .or(MUNICIPALITY.SUCCESSOR_ID.eq(municipalityId)
                                .and(DSL.exists(DSL.selectOne().from(SUCCESSOR)
                                        .where(SUCCESSOR.ID.eq(municipalityId).and(SUCCESSOR.SUCCESSOR_ID.isNull()))))))
                .fetch(MUNICIPALITY.ID);
    }

    /** Part of the name, as typed: LIKE wildcards in the input are taken literally. */
    private static Condition nameContains(String search) {
        if (search.isBlank()) {
            return DSL.noCondition();
        }
        return INSTITUTION.NAME.contains(search.trim());
    }
}
