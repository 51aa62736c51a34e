package lv.kopiena.centre;

import static lv.kopiena.jooq.Tables.ACTIVITY;
import static lv.kopiena.jooq.Tables.CENTRE;
import static lv.kopiena.jooq.Tables.INITIATIVE;
import static lv.kopiena.jooq.Tables.MUNICIPALITY;
import static lv.kopiena.jooq.Tables.PARTICIPANT;
import static lv.kopiena.jooq.Tables.USER_ACCOUNT;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import lv.kopiena.base.PageRequest;
import lv.kopiena.base.ReferencedException.Reference;
import lv.kopiena.base.jooq.Records;
import lv.kopiena.base.jooq.Sorting;
import lv.kopiena.jooq.tables.records.CentreRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.util.StringUtils;

@Repository
class CentreRepository {

    private static final Map<String, Field<?>> SORTABLE = Map.of(
            "name", CENTRE.NAME,
            "municipality", MUNICIPALITY.NAME,
            "address", CENTRE.ADDRESS,
            "contactName", CENTRE.CONTACT_NAME);

    private final DSLContext dsl;

    CentreRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<Centre> find(String search, PageRequest page) {
        return dsl.select(CENTRE.ID, CENTRE.NAME, CENTRE.MUNICIPALITY_ID, MUNICIPALITY.NAME, CENTRE.ADDRESS,
                        CENTRE.PREMISES, CENTRE.CONTACT_NAME, CENTRE.CONTACT_EMAIL, CENTRE.CONTACT_PHONE)
                .from(CENTRE)
                .join(MUNICIPALITY).on(MUNICIPALITY.ID.eq(CENTRE.MUNICIPALITY_ID))
                .where(matches(search))
                .orderBy(Sorting.orderBy(page, SORTABLE, CENTRE.NAME.asc(), CENTRE.ID.asc()))
                .offset(page.offset())
                .limit(page.limit())
                .fetch(org.jooq.Records.mapping(Centre::new));
    }

    int count(String search) {
        return dsl.fetchCount(CENTRE.join(MUNICIPALITY).on(MUNICIPALITY.ID.eq(CENTRE.MUNICIPALITY_ID)), matches(search));
    }

    Optional<CentreRecord> findById(long id) {
        return dsl.selectFrom(CENTRE).where(CENTRE.ID.eq(id)).fetchOptional();
    }

    boolean nameTaken(String name, Long exceptId) {
        Condition sameName = CENTRE.NAME.eq(name);
        return dsl.fetchExists(CENTRE, exceptId == null ? sameName : sameName.and(CENTRE.ID.ne(exceptId)));
    }

    CentreRecord save(CentreRecord record) {
        return Records.store(dsl, record, "centre");
    }

    List<Reference> referencesTo(long id) {
        return List.of(
                new Reference("user.plural", dsl.fetchCount(USER_ACCOUNT, USER_ACCOUNT.CENTRE_ID.eq(id))),
                new Reference("initiative.plural", dsl.fetchCount(INITIATIVE, INITIATIVE.CENTRE_ID.eq(id))),
                new Reference("activity.plural", dsl.fetchCount(ACTIVITY, ACTIVITY.CENTRE_ID.eq(id))),
                new Reference("participant.plural", dsl.fetchCount(PARTICIPANT, PARTICIPANT.CENTRE_ID.eq(id))));
    }

    void delete(long id) {
        dsl.deleteFrom(CENTRE).where(CENTRE.ID.eq(id)).execute();
    }

    private static Condition matches(String search) {
        if (!StringUtils.hasText(search)) {
            return DSL.noCondition();
        }
        String like = "%" + search.trim() + "%";
        return CENTRE.NAME.like(like).or(MUNICIPALITY.NAME.like(like)).or(CENTRE.ADDRESS.like(like));
    }
}
