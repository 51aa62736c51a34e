package lv.kopiena.priority;

import static lv.kopiena.jooq.Tables.ACTIVITY_PRIORITY;
import static lv.kopiena.jooq.Tables.ACTIVITY_TARGET_GROUP;
import static lv.kopiena.jooq.Tables.INITIATIVE_PRIORITY;
import static lv.kopiena.jooq.Tables.INITIATIVE_TARGET_GROUP;
import static lv.kopiena.jooq.Tables.PRIORITY;
import static lv.kopiena.jooq.Tables.TARGET_GROUP;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lv.kopiena.base.ConcurrentEditException;
import lv.kopiena.base.NotFoundException;
import lv.kopiena.base.PageRequest;
import lv.kopiena.base.ReferencedException.Reference;
import lv.kopiena.base.jooq.Records;
import lv.kopiena.base.jooq.Sorting;
import lv.kopiena.jooq.tables.records.PriorityRecord;
import lv.kopiena.jooq.tables.records.TargetGroupRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record7;
import org.jooq.SelectSelectStep;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.UpdatableRecord;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.util.StringUtils;

/**
 * Both lists live in tables of the same shape (priority, target_group); each query is written
 * once against {@link Columns} and run on the table of the list asked for.
 */
@Repository
class PriorityRepository {

    /** The columns of one of the two tables. */
    private record Columns<R extends UpdatableRecord<R>>(Table<R> table, TableField<R, Long> id,
                                                         TableField<R, String> code, TableField<R, String> nameLv,
                                                         TableField<R, String> nameUk, TableField<R, String> nameEn,
                                                         TableField<R, Integer> sortOrder,
                                                         TableField<R, Boolean> active,
                                                         TableField<R, Integer> version) {

        Map<String, Field<?>> sortable() {
            return Map.of("sortOrder", sortOrder, "code", code, "nameLv", nameLv, "nameUk", nameUk,
                    "nameEn", nameEn, "active", active);
        }
    }

    private static final Columns<PriorityRecord> PRIORITIES = new Columns<>(PRIORITY, PRIORITY.ID, PRIORITY.CODE,
            PRIORITY.NAME_LV, PRIORITY.NAME_UK, PRIORITY.NAME_EN, PRIORITY.SORT_ORDER, PRIORITY.ACTIVE,
            PRIORITY.VERSION);
    private static final Columns<TargetGroupRecord> TARGET_GROUPS = new Columns<>(TARGET_GROUP, TARGET_GROUP.ID,
            TARGET_GROUP.CODE, TARGET_GROUP.NAME_LV, TARGET_GROUP.NAME_UK, TARGET_GROUP.NAME_EN,
            TARGET_GROUP.SORT_ORDER, TARGET_GROUP.ACTIVE, TARGET_GROUP.VERSION);

    private final DSLContext dsl;

    PriorityRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<Tag> find(TagKind kind, TagFilter filter, PageRequest page) {
        Columns<?> c = columns(kind);
        return selectTags(c).from(c.table())
                .where(matches(c, filter))
                .orderBy(Sorting.orderBy(page, c.sortable(), c.sortOrder().asc(), c.id().asc()))
                .offset(page.offset())
                .limit(page.limit())
                .fetch(org.jooq.Records.mapping(Tag::new));
    }

    int count(TagKind kind, TagFilter filter) {
        Columns<?> c = columns(kind);
        return dsl.fetchCount(c.table(), matches(c, filter));
    }

    /** The active entries, plus those of {@code alsoIds} whether active or not, in list order. */
    List<Tag> choices(TagKind kind, Collection<Long> alsoIds) {
        Columns<?> c = columns(kind);
        Condition offered = alsoIds.isEmpty() ? c.active().isTrue() : c.active().isTrue().or(c.id().in(alsoIds));
        return selectTags(c).from(c.table())
                .where(offered)
                .orderBy(c.sortOrder(), c.id())
                .fetch(org.jooq.Records.mapping(Tag::new));
    }

    List<Tag> byIds(TagKind kind, Collection<Long> ids) {
        Columns<?> c = columns(kind);
        return selectTags(c).from(c.table())
                .where(c.id().in(ids))
                .orderBy(c.sortOrder(), c.id())
                .fetch(org.jooq.Records.mapping(Tag::new));
    }

    Optional<TagDraft> findDraft(TagKind kind, long id) {
        Columns<?> c = columns(kind);
        return dsl.select(c.id(), c.version(), c.code(), c.nameLv(), c.nameUk(), c.nameEn(), c.sortOrder(), c.active())
                .from(c.table())
                .where(c.id().eq(id))
                .fetchOptional(r -> {
                    TagDraft draft = new TagDraft(kind, r.value1(), r.value2());
                    draft.setCode(r.value3());
                    draft.setNameLv(r.value4());
                    draft.setNameUk(r.value5());
                    draft.setNameEn(r.value6());
                    draft.setSortOrder(r.value7());
                    draft.setActive(r.value8());
                    return draft;
                });
    }

    /** A sort order that puts a new entry at the end of its list. */
    int nextSortOrder(TagKind kind) {
        Columns<?> c = columns(kind);
        Integer max = dsl.select(DSL.max(c.sortOrder())).from(c.table()).fetchOne(0, Integer.class);
        return max == null ? 10 : max + 10;
    }

    boolean codeTaken(TagKind kind, String code, @Nullable Long exceptId) {
        Columns<?> c = columns(kind);
        Condition sameCode = c.code().eq(code);
        return dsl.fetchExists(c.table(), exceptId == null ? sameCode : sameCode.and(c.id().ne(exceptId)));
    }

    /**
     * Inserts a new entry or updates the names, order and state of an existing one (the code of an
     * existing entry is kept: other records and the demo data know entries by it).
     *
     * @return the id
     * @throws ConcurrentEditException when the entry changed since the draft was read
     */
    long save(TagDraft draft) {
        return save(columns(draft.getKind()), draft);
    }

    private <R extends UpdatableRecord<R>> long save(Columns<R> c, TagDraft draft) {
        String what = c.table().getName();
        R record;
        if (draft.getId() == null) {
            record = dsl.newRecord(c.table());
            record.set(c.code(), draft.getCode());
        } else {
            long id = draft.getId();
            record = dsl.selectFrom(c.table()).where(c.id().eq(id)).fetchOptional()
                    .orElseThrow(() -> new NotFoundException(what, id));
            // The draft may have been read long before this transaction: compare with what it saw.
            // Records.store then also guards against a change between this read and the update.
            if (record.get(c.version()) != draft.getVersion()) {
                throw new ConcurrentEditException(what, null);
            }
        }
        record.set(c.nameLv(), draft.getNameLv());
        record.set(c.nameUk(), draft.getNameUk());
        record.set(c.nameEn(), draft.getNameEn());
        record.set(c.sortOrder(), draft.getSortOrder());
        record.set(c.active(), draft.isActive());
        Records.store(dsl, record, what);
        return record.get(c.id());
    }

    List<Reference> referencesTo(TagKind kind, long id) {
        return switch (kind) {
            case PRIORITY -> List.of(
                    new Reference("initiative.plural", dsl.fetchCount(INITIATIVE_PRIORITY, INITIATIVE_PRIORITY.PRIORITY_ID.eq(id))),
                    new Reference("activity.plural", dsl.fetchCount(ACTIVITY_PRIORITY, ACTIVITY_PRIORITY.PRIORITY_ID.eq(id))));
            case TARGET_GROUP -> List.of(
                    new Reference("initiative.plural", dsl.fetchCount(INITIATIVE_TARGET_GROUP,
                            INITIATIVE_TARGET_GROUP.TARGET_GROUP_ID.eq(id))),
                    new Reference("activity.plural", dsl.fetchCount(ACTIVITY_TARGET_GROUP,
                            ACTIVITY_TARGET_GROUP.TARGET_GROUP_ID.eq(id))));
        };
    }

    void delete(TagKind kind, long id) {
        Columns<?> c = columns(kind);
        dsl.deleteFrom(c.table()).where(c.id().eq(id)).execute();
    }

    private SelectSelectStep<Record7<Long, String, String, String, String, Integer, Boolean>> selectTags(Columns<?> c) {
        return dsl.select(c.id(), c.code(), c.nameLv(), c.nameUk(), c.nameEn(), c.sortOrder(), c.active());
    }

    private static Columns<?> columns(TagKind kind) {
        return switch (kind) {
            case PRIORITY -> PRIORITIES;
            case TARGET_GROUP -> TARGET_GROUPS;
        };
    }

    private static Condition matches(Columns<?> c, TagFilter filter) {
        Condition condition = DSL.noCondition();
        if (filter.active() != null) {
            condition = condition.and(c.active().eq(filter.active()));
        }
        if (StringUtils.hasText(filter.search())) {
            String text = filter.search().trim();
            condition = condition.and(c.code().contains(text).or(c.nameLv().contains(text))
                    .or(c.nameUk().contains(text)).or(c.nameEn().contains(text)));
        }
        return condition;
    }
}
