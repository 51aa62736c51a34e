package lv.kopiena.user;

import static lv.kopiena.jooq.Tables.CENTRE;
import static lv.kopiena.jooq.Tables.INITIATIVE;
import static lv.kopiena.jooq.Tables.INSTITUTION;
import static lv.kopiena.jooq.Tables.PARTICIPANT;
import static lv.kopiena.jooq.Tables.USER_ACCOUNT;
import static lv.kopiena.jooq.Tables.WORKSHOP_SIGNUP;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import lv.kopiena.base.PageRequest;
import lv.kopiena.base.ReferencedException.Reference;
import lv.kopiena.base.jooq.Records;
import lv.kopiena.base.jooq.Sorting;
import lv.kopiena.jooq.tables.records.UserAccountRecord;
import lv.kopiena.security.Role;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.util.StringUtils;

@Repository
class UserRepository {

    private static final Map<String, Field<?>> SORTABLE = Map.of(
            "username", USER_ACCOUNT.USERNAME,
            "displayName", USER_ACCOUNT.DISPLAY_NAME,
            "role", USER_ACCOUNT.ROLE);

    private final DSLContext dsl;

    UserRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<UserAccount> find(UserFilter filter, PageRequest page) {
        return dsl.select(USER_ACCOUNT.ID, USER_ACCOUNT.USERNAME, USER_ACCOUNT.DISPLAY_NAME, USER_ACCOUNT.EMAIL,
                        USER_ACCOUNT.ROLE, CENTRE.NAME, INSTITUTION.NAME, USER_ACCOUNT.ENABLED)
                .from(USER_ACCOUNT)
                .leftJoin(CENTRE).on(CENTRE.ID.eq(USER_ACCOUNT.CENTRE_ID))
                .leftJoin(INSTITUTION).on(INSTITUTION.ID.eq(USER_ACCOUNT.INSTITUTION_ID))
                .where(matches(filter))
                .orderBy(Sorting.orderBy(page, SORTABLE, USER_ACCOUNT.USERNAME.asc()))
                .offset(page.offset())
                .limit(page.limit())
                .fetch(r -> new UserAccount(r.value1(), r.value2(), r.value3(), r.value4(), Role.valueOf(r.value5()),
                        r.value6(), r.value7(), Boolean.TRUE.equals(r.value8())));
    }

    int count(UserFilter filter) {
        return dsl.fetchCount(USER_ACCOUNT, matches(filter));
    }

    Optional<UserAccountRecord> findById(long id) {
        return dsl.selectFrom(USER_ACCOUNT).where(USER_ACCOUNT.ID.eq(id)).fetchOptional();
    }
    boolean usernameTaken(String username, @Nullable Long exceptId) {
        Condition same = USER_ACCOUNT.USERNAME.eq(username);
        return dsl.fetchExists(USER_ACCOUNT, exceptId == null ? same : same.and(USER_ACCOUNT.ID.ne(exceptId)));
    }

    /**
     * The enabled admins, locked until the transaction ends: two admins demoting each other at the
     * same moment must not leave nobody to manage the accounts.
     */
    List<Long> lockEnabledAdmins() {
        return dsl.select(USER_ACCOUNT.ID).from(USER_ACCOUNT)
                .where(USER_ACCOUNT.ROLE.eq(Role.ADMIN.name()).and(USER_ACCOUNT.ENABLED.isTrue()))
                .forUpdate()
                .fetch(USER_ACCOUNT.ID);
    }

    UserAccountRecord newRecord() {
        return dsl.newRecord(USER_ACCOUNT);
    }

    UserAccountRecord save(UserAccountRecord record) {
        return Records.store(dsl, record, "user account");
    }

    List<Reference> referencesTo(long id) {
        return List.of(new Reference("initiative.plural", dsl.fetchCount(INITIATIVE, INITIATIVE.COORDINATOR_ID.eq(id))),
                new Reference("user.workshop-signups",
                        dsl.fetchCount(WORKSHOP_SIGNUP, WORKSHOP_SIGNUP.USER_ACCOUNT_ID.eq(id))),
                new Reference("participant.plural", dsl.fetchCount(PARTICIPANT, PARTICIPANT.USER_ACCOUNT_ID.eq(id))));
    }

    void delete(long id) {
        dsl.deleteFrom(USER_ACCOUNT).where(USER_ACCOUNT.ID.eq(id)).execute();
    }

    private static Condition matches(UserFilter filter) {
        Condition condition = DSL.noCondition();
        if (StringUtils.hasText(filter.search())) {
            String text = filter.search().trim();
            condition = condition.and(USER_ACCOUNT.USERNAME.contains(text)
                    .or(USER_ACCOUNT.DISPLAY_NAME.contains(text))
                    .or(USER_ACCOUNT.EMAIL.contains(text)));
        }
        if (filter.role() != null) {
            condition = condition.and(USER_ACCOUNT.ROLE.eq(filter.role().name()));
        }
        if (filter.centreId() != null) {
            condition = condition.and(USER_ACCOUNT.CENTRE_ID.eq(filter.centreId()));
        }
        return condition;
    }
}
