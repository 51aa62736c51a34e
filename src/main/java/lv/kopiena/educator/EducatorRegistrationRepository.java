package lv.kopiena.educator;

import static lv.kopiena.jooq.Tables.INSTITUTION;
import static lv.kopiena.jooq.Tables.PENDING_REGISTRATION;
import static lv.kopiena.jooq.Tables.USER_ACCOUNT;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import lv.kopiena.jooq.tables.records.PendingRegistrationRecord;
import lv.kopiena.security.Role;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Registrations waiting for their mailed link, and the educator accounts they become. */
@Repository
class EducatorRegistrationRepository {

    /** The owner of an address that has an account, to be told about a registration with it. */
    record ExistingAccount(long id, String username, String displayName, String locale) {
    }

    private final DSLContext dsl;

    EducatorRegistrationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The account whose user name or e-mail is this address (lower case; the columns' collation
     * ignores case too). The oldest one when several accounts share the address.
     */
    Optional<ExistingAccount> accountWith(String email) {
        return dsl.select(USER_ACCOUNT.ID, USER_ACCOUNT.USERNAME, USER_ACCOUNT.DISPLAY_NAME, USER_ACCOUNT.PREFERRED_LOCALE)
                .from(USER_ACCOUNT)
                .where(USER_ACCOUNT.USERNAME.eq(email).or(USER_ACCOUNT.EMAIL.eq(email)))
                .orderBy(USER_ACCOUNT.ID)
                .limit(1)
                .fetchOptional(r -> new ExistingAccount(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    @Nullable String institutionName(long id) {
        return dsl.select(INSTITUTION.NAME).from(INSTITUTION).where(INSTITUTION.ID.eq(id)).fetchOne(INSTITUTION.NAME);
    }

    long insertPending(String email, String name, String passwordHash, @Nullable Long institutionId, String locale,
                       LocalDateTime consentAt, String tokenHash, LocalDateTime now, LocalDateTime expiresAt,
                       String address) {
        return dsl.insertInto(PENDING_REGISTRATION)
                .set(PENDING_REGISTRATION.EMAIL, email)
                .set(PENDING_REGISTRATION.DISPLAY_NAME, name)
                .set(PENDING_REGISTRATION.PASSWORD_HASH, passwordHash)
                .set(PENDING_REGISTRATION.INSTITUTION_ID, institutionId)
                .set(PENDING_REGISTRATION.PREFERRED_LOCALE, locale)
                .set(PENDING_REGISTRATION.PRIVACY_CONSENT_AT, consentAt)
                .set(PENDING_REGISTRATION.TOKEN_HASH, tokenHash)
                .set(PENDING_REGISTRATION.CREATED_AT, now)
                .set(PENDING_REGISTRATION.EXPIRES_AT, expiresAt)
                .set(PENDING_REGISTRATION.ADDRESS, address)
                .returning(PENDING_REGISTRATION.ID)
                .fetchSingle(PENDING_REGISTRATION.ID);
    }

    Optional<PendingRegistrationRecord> findPending(String tokenHash) {
        return dsl.selectFrom(PENDING_REGISTRATION)
                .where(PENDING_REGISTRATION.TOKEN_HASH.eq(tokenHash))
                .fetchOptional();
    }

    /**
     * Every registration of an address, locked until the transaction ends, always in id order: two
     * links of one address opened at the same moment run one after the other instead of deadlocking.
     */
    List<PendingRegistrationRecord> lockPendingOf(String email) {
        return dsl.selectFrom(PENDING_REGISTRATION)
                .where(PENDING_REGISTRATION.EMAIL.eq(email))
                .orderBy(PENDING_REGISTRATION.ID)
                .forUpdate()
                .fetch();
    }

    int deletePendingOf(String email) {
        return dsl.deleteFrom(PENDING_REGISTRATION).where(PENDING_REGISTRATION.EMAIL.eq(email)).execute();
    }

    int deleteExpired(LocalDateTime now) {
        return dsl.deleteFrom(PENDING_REGISTRATION).where(PENDING_REGISTRATION.EXPIRES_AT.le(now)).execute();
    }

    /** The account of a registration; a taken user name fails on the unique key (DuplicateKeyException). */
    long insertEducator(PendingRegistrationRecord registration) {
        return dsl.insertInto(USER_ACCOUNT)
                .set(USER_ACCOUNT.USERNAME, registration.getEmail())
                .set(USER_ACCOUNT.EMAIL, registration.getEmail())
                .set(USER_ACCOUNT.PASSWORD_HASH, registration.getPasswordHash())
                .set(USER_ACCOUNT.DISPLAY_NAME, registration.getDisplayName())
                .set(USER_ACCOUNT.ROLE, Role.EDUCATOR.name())
                .set(USER_ACCOUNT.INSTITUTION_ID, registration.getInstitutionId())
                .set(USER_ACCOUNT.PREFERRED_LOCALE, registration.getPreferredLocale())
                .set(USER_ACCOUNT.PRIVACY_CONSENT_AT, registration.getPrivacyConsentAt())
                .returningResult(USER_ACCOUNT.ID)
                .fetchSingle(USER_ACCOUNT.ID);
    }
}
