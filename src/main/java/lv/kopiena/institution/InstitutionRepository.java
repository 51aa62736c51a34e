package lv.kopiena.institution;

import static lv.kopiena.jooq.Tables.ACTIVITY;
import static lv.kopiena.jooq.Tables.INITIATIVE;
import static lv.kopiena.jooq.Tables.INITIATIVE_FUNDER;
import static lv.kopiena.jooq.Tables.INITIATIVE_PARTNER;
import static lv.kopiena.jooq.Tables.INSTITUTION;
import static lv.kopiena.jooq.Tables.MUNICIPALITY;
import static lv.kopiena.jooq.Tables.PARTICIPANT;
import static lv.kopiena.jooq.Tables.USER_ACCOUNT;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * The institution table. Lists are read in two steps so that deep pages stay fast on a large
 * table (100,000 rows): the page's ids come from an index ((name), (type, name) or
 * (municipality, name)) without touching the rows, then only those rows are read with their
 * municipality. {@code InstitutionPagingBenchmark} prints the figures.
 */
@Repository
class InstitutionRepository {

    private static final Municipality SUCCESSOR = MUNICIPALITY.as("successor");
    private static final Field<InstitutionType> TYPE = INSTITUTION.TYPE.convertFrom(InstitutionType::valueOf);
    private static final String MUNICIPALITY_SORT = "municipality";
    private static final Map<String, Field<?>> SORTABLE = Map.of(
            "name", INSTITUTION.NAME,
            "type", INSTITUTION.TYPE,
            MUNICIPALITY_SORT, MUNICIPALITY.NAME);
    /** After the requested orders, so that pages never overlap: (name, id) is in every index. */
    private static final SortField<?>[] TIEBREAKERS = {INSTITUTION.NAME.asc(), INSTITUTION.ID.asc()};

    private final DSLContext dsl;

    InstitutionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<Institution> find(InstitutionFilter filter, PageRequest page) {
        Condition where = matches(filter);
        List<PageRequest.SortOrder> sort = page.sort();
        List<Long> ids = !sort.isEmpty() && sort.getFirst().property().equals(MUNICIPALITY_SORT)
                ? idsByMunicipality(where, page)
                : idsOfPage(where, page);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Institution> rows = dsl.select(INSTITUTION.ID, INSTITUTION.NAME, TYPE, INSTITUTION.MUNICIPALITY_ID,
                        MUNICIPALITY.NAME, SUCCESSOR.NAME, INSTITUTION.CONTACT_NAME, INSTITUTION.CONTACT_EMAIL,
                        INSTITUTION.CONTACT_PHONE)
                .from(INSTITUTION)
                .join(MUNICIPALITY).on(MUNICIPALITY.ID.eq(INSTITUTION.MUNICIPALITY_ID))
                .leftJoin(SUCCESSOR).on(SUCCESSOR.ID.eq(MUNICIPALITY.SUCCESSOR_ID))
                .where(INSTITUTION.ID.in(ids))
                .fetchMap(INSTITUTION.ID, org.jooq.Records.mapping(Institution::new));
        return ids.stream().map(rows::get).filter(Objects::nonNull).toList();
    }

    /** The ids of a page sorted by name or type: read from the (name) or (type, name) index alone. */
    private List<Long> idsOfPage(Condition where, PageRequest page) {
        boolean joinMunicipality = page.sort().stream().anyMatch(o -> o.property().equals(MUNICIPALITY_SORT));
        var from = joinMunicipality
                ? dsl.select(INSTITUTION.ID).from(INSTITUTION).join(MUNICIPALITY).on(MUNICIPALITY.ID.eq(INSTITUTION.MUNICIPALITY_ID))
                : dsl.select(INSTITUTION.ID).from(INSTITUTION);
        return from.where(where)
                .orderBy(Sorting.orderBy(page, SORTABLE, TIEBREAKERS))
                .limit(page.offset(), page.limit())
                .fetch(INSTITUTION.ID);
    }

    /**
     * The ids of a page sorted by municipality name. Sorting a join by the other table's column
     * would sort the whole table for every page; instead the municipalities (a few dozen) are
     * walked in name order, the page's offset is found from per-municipality counts, and each
     * municipality's part is read from the (municipality, name) index. Same order as the join.
     */
    private List<Long> idsByMunicipality(Condition where, PageRequest page) {
        boolean ascending = page.sort().getFirst().ascending();
        PageRequest within = new PageRequest(page.offset(), page.limit(), page.sort().subList(1, page.sort().size()));
        List<SortField<?>> order = Sorting.orderBy(within, SORTABLE, TIEBREAKERS);
        List<Long> municipalities = dsl.select(MUNICIPALITY.ID).from(MUNICIPALITY)
                .orderBy(ascending ? MUNICIPALITY.NAME.asc() : MUNICIPALITY.NAME.desc())
                .fetch(MUNICIPALITY.ID);
        Map<Long, Integer> counts = dsl.select(INSTITUTION.MUNICIPALITY_ID, DSL.count()).from(INSTITUTION)
                .where(where)
                .groupBy(INSTITUTION.MUNICIPALITY_ID)
                .fetchMap(INSTITUTION.MUNICIPALITY_ID, DSL.count());
        List<Long> ids = new ArrayList<>();
        int skip = page.offset();
        for (long municipality : municipalities) {
            int inIt = counts.getOrDefault(municipality, 0);
            if (skip >= inIt) {
                skip -= inIt;
                continue;
            }
            ids.addAll(dsl.select(INSTITUTION.ID).from(INSTITUTION)
                    .where(where.and(INSTITUTION.MUNICIPALITY_ID.eq(municipality)))
                    .orderBy(order)
                    .limit(skip, page.limit() - ids.size())
                    .fetch(INSTITUTION.ID));
            skip = 0;
            if (ids.size() >= page.limit()) {
                break;
            }
        }
        return ids;
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

    List<InstitutionOption> options(String search, Set<InstitutionType> types, int offset, int limit) {
        return selectOptions()
                .where(nameContains(search))
                .and(INSTITUTION.TYPE.in(types.stream().map(Enum::name).toList()))
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
     * A few institutions whose names contain some of the given stems (the collation ignores case
     * and accents): those sharing the most stems first, then those closest in length. Only these
     * are scored in Java; the table is never read whole into memory.
     */
    List<InstitutionOption> candidates(List<String> stems, String name, @Nullable Long exceptId, int limit) {
        Condition except = exceptId == null ? DSL.noCondition() : INSTITUTION.ID.ne(exceptId);
        List<Long> ids;
        if (stems.isEmpty()) {
            ids = dsl.select(INSTITUTION.ID).from(INSTITUTION).where(INSTITUTION.NAME.eq(name).and(except))
                    .limit(limit).fetch(INSTITUTION.ID);
        } else {
            Field<Integer> shared = DSL.inline(0);
            for (String stem : stems) {
                shared = shared.plus(DSL.when(INSTITUTION.NAME.contains(stem), DSL.inline(1)).otherwise(DSL.inline(0)));
            }
            // each LIKE runs once per row: the sum is named and filtered after (HAVING), not repeated in WHERE
            Field<Integer> sharedStems = DSL.field(DSL.name("shared_stems"), Integer.class);
            ids = dsl.select(INSTITUTION.ID, shared.as(sharedStems.getUnqualifiedName()))
                    .from(INSTITUTION)
                    .where(except)
                    .having(sharedStems.gt(0))
                    .orderBy(sharedStems.desc(),
                            DSL.abs(DSL.charLength(INSTITUTION.NAME).minus(DSL.inline(name.length()))),
                            INSTITUTION.NAME, INSTITUTION.ID)
                    .limit(limit)
                    .fetch(INSTITUTION.ID);
        }
        // municipalities only for the few chosen
        return ids.isEmpty() ? List.of() : options(ids);
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
