package lv.kopiena.certificate;

import static lv.kopiena.jooq.Tables.ACTIVITY;
import static lv.kopiena.jooq.Tables.CENTRE;
import static lv.kopiena.jooq.Tables.CERTIFICATE;
import static lv.kopiena.jooq.Tables.USER_ACCOUNT;
import static lv.kopiena.jooq.Tables.WORKSHOP;
import static lv.kopiena.jooq.Tables.WORKSHOP_SIGNUP;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

@Repository
class CertificateRepository {

    /** The only attendance that earns hours: marked, on a confirmed place. */
    private static final Condition ATTENDED =
            WORKSHOP_SIGNUP.ATTENDED.isTrue().and(WORKSHOP_SIGNUP.STATUS.eq("CONFIRMED"));
    private static final Field<LocalDate> DATE = DSL.cast(ACTIVITY.STARTS_AT, LocalDate.class);

    private final DSLContext dsl;

    CertificateRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** One query for the whole ledger, newest first (ix_workshop_signup_account finds the rows). */
    List<LedgerEntry> attendedBy(long accountId) {
        return dsl.select(WORKSHOP_SIGNUP.ID, ACTIVITY.TITLE, DATE, CENTRE.NAME, WORKSHOP.PD_HOURS, CERTIFICATE.CODE)
                .from(WORKSHOP_SIGNUP)
                .join(WORKSHOP).on(WORKSHOP.ACTIVITY_ID.eq(WORKSHOP_SIGNUP.WORKSHOP_ID))
                .join(ACTIVITY).on(ACTIVITY.ID.eq(WORKSHOP.ACTIVITY_ID))
                .join(CENTRE).on(CENTRE.ID.eq(ACTIVITY.CENTRE_ID))
                .leftJoin(CERTIFICATE).on(CERTIFICATE.SIGNUP_ID.eq(WORKSHOP_SIGNUP.ID))
                .where(WORKSHOP_SIGNUP.USER_ACCOUNT_ID.eq(accountId)).and(ATTENDED)
                .orderBy(ACTIVITY.STARTS_AT.desc(), WORKSHOP_SIGNUP.ID.desc())
                .fetch(r -> new LedgerEntry(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        Optional.ofNullable(r.value6())));
    }

    Optional<SignupFacts> signup(long signupId) {
        return dsl.select(WORKSHOP_SIGNUP.ID, WORKSHOP_SIGNUP.USER_ACCOUNT_ID, ACTIVITY.CENTRE_ID,
                        DSL.field(ATTENDED), USER_ACCOUNT.DISPLAY_NAME, ACTIVITY.TITLE, DATE, WORKSHOP.PD_HOURS,
                        CENTRE.NAME)
                .from(WORKSHOP_SIGNUP)
                .join(WORKSHOP).on(WORKSHOP.ACTIVITY_ID.eq(WORKSHOP_SIGNUP.WORKSHOP_ID))
                .join(ACTIVITY).on(ACTIVITY.ID.eq(WORKSHOP.ACTIVITY_ID))
                .join(CENTRE).on(CENTRE.ID.eq(ACTIVITY.CENTRE_ID))
                .join(USER_ACCOUNT).on(USER_ACCOUNT.ID.eq(WORKSHOP_SIGNUP.USER_ACCOUNT_ID))
                .where(WORKSHOP_SIGNUP.ID.eq(signupId))
                .fetchOptional(org.jooq.Records.mapping(SignupFacts::new));
    }

    /**
     * The certificate of a sign-up. A locking read sees rows that other transactions committed after
     * this one began (a plain read would not, under REPEATABLE READ), which is what a request that
     * lost the race to issue needs.
     */
    Optional<IssuedCertificate> certificateOf(long signupId, boolean latestCommitted) {
        // an erased holder's certificate has no name (lv.kopiena.privacy); its PDF then prints none
        var query = dsl.select(CERTIFICATE.SIGNUP_ID, CERTIFICATE.CODE, CERTIFICATE.ISSUED_AT,
                        DSL.coalesce(CERTIFICATE.HOLDER_NAME, DSL.inline("")),
                        CERTIFICATE.WORKSHOP_TITLE, CERTIFICATE.WORKSHOP_DATE, CERTIFICATE.HOURS, CERTIFICATE.CENTRE_NAME)
                .from(CERTIFICATE)
                .where(CERTIFICATE.SIGNUP_ID.eq(signupId));
        return (latestCommitted ? query.forShare() : query)
                .fetchOptional(org.jooq.Records.mapping(IssuedCertificate::new));
    }

    /** Stores a new certificate; false when its sign-up or its code already has one (a unique key). */
    boolean insert(IssuedCertificate certificate) {
        try {
            dsl.insertInto(CERTIFICATE)
                    .set(CERTIFICATE.SIGNUP_ID, certificate.signupId())
                    .set(CERTIFICATE.CODE, certificate.code())
                    .set(CERTIFICATE.ISSUED_AT, certificate.issuedAt())
                    .set(CERTIFICATE.HOLDER_NAME, certificate.holderName())
                    .set(CERTIFICATE.WORKSHOP_TITLE, certificate.workshopTitle())
                    .set(CERTIFICATE.WORKSHOP_DATE, certificate.workshopDate())
                    .set(CERTIFICATE.HOURS, certificate.hours())
                    .set(CERTIFICATE.CENTRE_NAME, certificate.centreName())
                    .execute();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** The public check: the snapshot, and whether the attendance it was issued for still stands. */
    Optional<CertificateCheck> check(String code) {
        return dsl.select(CERTIFICATE.CODE, CERTIFICATE.HOLDER_NAME, CERTIFICATE.WORKSHOP_TITLE,
                        CERTIFICATE.WORKSHOP_DATE, CERTIFICATE.HOURS, CERTIFICATE.CENTRE_NAME,
                        DSL.cast(CERTIFICATE.ISSUED_AT, LocalDate.class), DSL.field(ATTENDED))
                .from(CERTIFICATE)
                .join(WORKSHOP_SIGNUP).on(WORKSHOP_SIGNUP.ID.eq(CERTIFICATE.SIGNUP_ID))
                .where(CERTIFICATE.CODE.eq(code))
                .fetchOptional(org.jooq.Records.mapping(CertificateCheck::new));
    }
}
