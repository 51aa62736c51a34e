package lv.kopiena.account;

import static lv.kopiena.jooq.Tables.ACCOUNT_TOKEN;
import static lv.kopiena.jooq.Tables.USER_ACCOUNT;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import lv.kopiena.jooq.tables.records.AccountTokenRecord;
import lv.kopiena.jooq.tables.records.UserAccountRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Accounts' passwords and the single-use tokens of mailed links about accounts. */
@Repository
class AccountRepository {

    static final String PASSWORD_RESET = "PASSWORD_RESET";

    private final DSLContext dsl;

    AccountRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<Account> findById(long id) {
        return dsl.selectFrom(USER_ACCOUNT).where(USER_ACCOUNT.ID.eq(id)).fetchOptional(AccountRepository::toAccount);
    }

    /**
     * Enabled accounts with an e-mail address whose user name or e-mail is the given text (lower
     * case; the columns' collation ignores case too). An address may belong to several accounts.
     */
    List<Account> findEnabledWithEmail(String usernameOrEmail, int limit) {
        return dsl.selectFrom(USER_ACCOUNT)
                .where(USER_ACCOUNT.USERNAME.eq(usernameOrEmail).or(USER_ACCOUNT.EMAIL.eq(usernameOrEmail)))
                .and(USER_ACCOUNT.ENABLED.isTrue())
                .and(USER_ACCOUNT.EMAIL.isNotNull())
                .and(USER_ACCOUNT.EMAIL.ne(""))
                .orderBy(USER_ACCOUNT.ID)
                .limit(limit)
                .fetch(AccountRepository::toAccount);
    }

    void insertToken(String purpose, long accountId, String tokenHash, LocalDateTime now, LocalDateTime expiresAt,
                     String address) {
        dsl.insertInto(ACCOUNT_TOKEN)
                .set(ACCOUNT_TOKEN.PURPOSE, purpose)
                .set(ACCOUNT_TOKEN.USER_ACCOUNT_ID, accountId)
                .set(ACCOUNT_TOKEN.TOKEN_HASH, tokenHash)
                .set(ACCOUNT_TOKEN.CREATED_AT, now)
                .set(ACCOUNT_TOKEN.EXPIRES_AT, expiresAt)
                .set(ACCOUNT_TOKEN.ADDRESS, address)
                .execute();
    }

    Optional<AccountTokenRecord> findToken(String purpose, String tokenHash) {
        return dsl.selectFrom(ACCOUNT_TOKEN)
                .where(ACCOUNT_TOKEN.TOKEN_HASH.eq(tokenHash))
                .and(ACCOUNT_TOKEN.PURPOSE.eq(purpose))
                .fetchOptional();
    }

    /** The token's row, locked until the transaction ends: two uses of one link run one after the other. */
    Optional<AccountTokenRecord> lockToken(String purpose, String tokenHash) {
        return dsl.selectFrom(ACCOUNT_TOKEN)
                .where(ACCOUNT_TOKEN.TOKEN_HASH.eq(tokenHash))
                .and(ACCOUNT_TOKEN.PURPOSE.eq(purpose))
                .forUpdate()
                .fetchOptional();
    }

    /** Uses up every unused token of the purpose of an account (the one just used among them). */
    int useAll(String purpose, long accountId, LocalDateTime now) {
        return dsl.update(ACCOUNT_TOKEN)
                .set(ACCOUNT_TOKEN.USED_AT, now)
                .where(ACCOUNT_TOKEN.USER_ACCOUNT_ID.eq(accountId))
                .and(ACCOUNT_TOKEN.PURPOSE.eq(purpose))
                .and(ACCOUNT_TOKEN.USED_AT.isNull())
                .execute();
    }

    /** Tokens that expired before {@code before} (used or not): no link can use them any more. */
    int deleteExpired(LocalDateTime before) {
        return dsl.deleteFrom(ACCOUNT_TOKEN).where(ACCOUNT_TOKEN.EXPIRES_AT.lt(before)).execute();
    }

    private static Account toAccount(UserAccountRecord r) {
        return new Account(r.getId(), r.getUsername(), r.getEmail(), r.getDisplayName(), r.getPreferredLocale(),
                Boolean.TRUE.equals(r.getEnabled()), r.getPasswordHash());
    }
}
