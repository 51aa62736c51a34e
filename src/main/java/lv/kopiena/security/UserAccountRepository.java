package lv.kopiena.security;

import static lv.kopiena.jooq.Tables.USER_ACCOUNT;

import java.util.Optional;
import lv.kopiena.jooq.tables.records.UserAccountRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Reads accounts for login and keeps the remembered language; the users admin has its own. */
@Repository
public class UserAccountRepository {

    private final DSLContext dsl;

    UserAccountRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<KopienaUser> findByUsername(String username) {
        return dsl.selectFrom(USER_ACCOUNT)
                .where(USER_ACCOUNT.USERNAME.eq(username))
                .fetchOptional()
                .map(UserAccountRepository::toUser);
    }

    public boolean anyAdminExists() {
        return dsl.fetchExists(USER_ACCOUNT, USER_ACCOUNT.ROLE.eq(Role.ADMIN.name()));
    }

    public void insertAdmin(String username, String passwordHash) {
        dsl.insertInto(USER_ACCOUNT)
                .set(USER_ACCOUNT.USERNAME, username)
                .set(USER_ACCOUNT.PASSWORD_HASH, passwordHash)
                .set(USER_ACCOUNT.DISPLAY_NAME, username)
                .set(USER_ACCOUNT.ROLE, Role.ADMIN.name())
                .execute();
    }

    public void updatePreferredLocale(long userId, String locale) {
        dsl.update(USER_ACCOUNT)
                .set(USER_ACCOUNT.PREFERRED_LOCALE, locale)
                .where(USER_ACCOUNT.ID.eq(userId))
                .execute();
    }

    /** A new hash of the same password (an old algorithm's hash replaced at login). */
    public void updatePasswordHash(long userId, String passwordHash) {
        dsl.update(USER_ACCOUNT)
                .set(USER_ACCOUNT.PASSWORD_HASH, passwordHash)
                .where(USER_ACCOUNT.ID.eq(userId))
                .execute();
    }

    static KopienaUser toUser(UserAccountRecord r) {
        return new KopienaUser(r.getId(), r.getUsername(), r.getPasswordHash(), r.getDisplayName(),
                Role.valueOf(r.getRole()), r.getCentreId(), r.getInstitutionId(), r.getPreferredLocale(),
                Boolean.TRUE.equals(r.getEnabled()));
    }
}
