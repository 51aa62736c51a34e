package lv.kopiena.privacy;

import static lv.kopiena.jooq.Tables.AUDIT_EVENT;
import static lv.kopiena.jooq.Tables.ACCOUNT_TOKEN;
import static lv.kopiena.jooq.Tables.ACTIVITY;
import static lv.kopiena.jooq.Tables.ATTEMPT_COUNTER;
import static lv.kopiena.jooq.Tables.ATTENDANCE;
import static lv.kopiena.jooq.Tables.CENTRE;
import static lv.kopiena.jooq.Tables.CERTIFICATE;
import static lv.kopiena.jooq.Tables.INSTITUTION;
import static lv.kopiena.jooq.Tables.LOGIN_EVENT;
import static lv.kopiena.jooq.Tables.LOGIN_SESSION;
import static lv.kopiena.jooq.Tables.MAIL_OUTBOX;
import static lv.kopiena.jooq.Tables.PARTICIPANT;
import static lv.kopiena.jooq.Tables.PENDING_REGISTRATION;
import static lv.kopiena.jooq.Tables.USER_ACCOUNT;
import static lv.kopiena.jooq.Tables.WORKSHOP;
import static lv.kopiena.jooq.Tables.WORKSHOP_SIGNUP;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * Everything Kopiena holds about one person, read for an export and cleared for an erasure, across
 * the tables of several features: a person's data is spread over participants, attendance,
 * accounts, sign-ups, certificates, mails, registrations, links and login records. Erasures are
 * plain SQL updates (the service writes one audit entry per person, with ids only).
 */
@Repository
class PrivacyRepository {

    /** What an erased participant's names become: a neutral mark, the same for everyone. */
    static final String ERASED_NAME = "—";
    /** What an erased account's display name becomes. */
    static final String ERASED_DISPLAY_NAME = "—";
    /** Stands for the address of a login record whose person was erased (the columns are NOT NULL). */
    static final String ERASED_ADDRESS = "-";
    /** Not a hash any encoder produces: nobody can log in with it. */
    static final String UNUSABLE_HASH = "{erased}";

    private final DSLContext dsl;

    PrivacyRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** What the service needs to know about a participant before exporting or erasing it. */
    record ParticipantFacts(long id, long centreId, @Nullable Long accountId, boolean erased) {
    }

    /** What the service needs to know about an account before exporting or erasing it. */
    record AccountFacts(long id, String username, @Nullable String email, String role, String passwordHash,
                        boolean erased) {
    }

    /** The participant, its row locked until the transaction ends. */
    Optional<ParticipantFacts> lockParticipant(long id) {
        return dsl.select(PARTICIPANT.ID, PARTICIPANT.CENTRE_ID, PARTICIPANT.USER_ACCOUNT_ID, PARTICIPANT.ERASED_AT)
                .from(PARTICIPANT).where(PARTICIPANT.ID.eq(id)).forUpdate()
                .fetchOptional(r -> new ParticipantFacts(r.value1(), r.value2(), r.value3(), r.value4() != null));
    }

    Optional<AccountFacts> lockAccount(long id) {
        return dsl.select(USER_ACCOUNT.ID, USER_ACCOUNT.USERNAME, USER_ACCOUNT.EMAIL, USER_ACCOUNT.ROLE,
                        USER_ACCOUNT.PASSWORD_HASH, USER_ACCOUNT.ERASED_AT)
                .from(USER_ACCOUNT).where(USER_ACCOUNT.ID.eq(id)).forUpdate()
                .fetchOptional(r -> new AccountFacts(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6() != null));
    }

    /** The participant records made for an account (one per centre where the educator attended). */
    List<Long> participantsOfAccount(long accountId) {
        return dsl.select(PARTICIPANT.ID).from(PARTICIPANT)
                .where(PARTICIPANT.USER_ACCOUNT_ID.eq(accountId), PARTICIPANT.ERASED_AT.isNull())
                .orderBy(PARTICIPANT.ID).fetch(PARTICIPANT.ID);
    }

    // ---------------------------------------------------------------- export

    /** The participant record as it is stored, with the names of its centre and institution. */
    List<Map<String, @Nullable Object>> participant(long id) {
        return rows(dsl.select(PARTICIPANT.ID.as("id"), CENTRE.NAME.as("centre"),
                        PARTICIPANT.FIRST_NAME.as("first_name"), PARTICIPANT.LAST_NAME.as("last_name"),
                        PARTICIPANT.CATEGORY.as("category"), PARTICIPANT.BIRTH_YEAR.as("birth_year"),
                        PARTICIPANT.EMAIL.as("email"), PARTICIPANT.PHONE.as("phone"),
                        INSTITUTION.NAME.as("institution"), PARTICIPANT.LANGUAGE.as("language"),
                        PARTICIPANT.REFUGEE.as("refugee"), PARTICIPANT.DISABILITY.as("disability"),
                        PARTICIPANT.CONSENT_GIVEN.as("consent_given"), PARTICIPANT.CONSENT_DATE.as("consent_date"),
                        PARTICIPANT.GUARDIAN_CONSENT.as("guardian_consent"),
                        PARTICIPANT.GUARDIAN_NAME.as("guardian_name"),
                        PARTICIPANT.GUARDIAN_CONSENT_DATE.as("guardian_consent_date"),
                        PARTICIPANT.CONSENT_WITHDRAWN_AT.as("consent_withdrawn_at"),
                        PARTICIPANT.NOTES.as("notes"), PARTICIPANT.CREATED_AT.as("created_at"))
                .from(PARTICIPANT)
                .join(CENTRE).on(CENTRE.ID.eq(PARTICIPANT.CENTRE_ID))
                .leftJoin(INSTITUTION).on(INSTITUTION.ID.eq(PARTICIPANT.INSTITUTION_ID))
                .where(PARTICIPANT.ID.eq(id))
                .fetch());
    }

    /** The activities the participant is recorded at, newest first. */
    List<Map<String, @Nullable Object>> attendance(long participantId) {
        return rows(dsl.select(ACTIVITY.TITLE.as("activity"), ACTIVITY.STARTS_AT.as("starts_at"),
                        CENTRE.NAME.as("centre"))
                .from(ATTENDANCE)
                .join(ACTIVITY).on(ACTIVITY.ID.eq(ATTENDANCE.ACTIVITY_ID))
                .join(CENTRE).on(CENTRE.ID.eq(ACTIVITY.CENTRE_ID))
                .where(ATTENDANCE.PARTICIPANT_ID.eq(participantId))
                .orderBy(ACTIVITY.STARTS_AT.desc(), ACTIVITY.ID)
                .fetch());
    }

    /** The account without its password hash. */
    List<Map<String, @Nullable Object>> account(long id) {
        return rows(dsl.select(USER_ACCOUNT.ID.as("id"), USER_ACCOUNT.USERNAME.as("username"),
                        USER_ACCOUNT.DISPLAY_NAME.as("display_name"), USER_ACCOUNT.EMAIL.as("email"),
                        USER_ACCOUNT.ROLE.as("role"), CENTRE.NAME.as("centre"), INSTITUTION.NAME.as("institution"),
                        USER_ACCOUNT.PREFERRED_LOCALE.as("preferred_locale"), USER_ACCOUNT.ENABLED.as("enabled"),
                        USER_ACCOUNT.PRIVACY_CONSENT_AT.as("privacy_consent_at"),
                        USER_ACCOUNT.CREATED_AT.as("created_at"))
                .from(USER_ACCOUNT)
                .leftJoin(CENTRE).on(CENTRE.ID.eq(USER_ACCOUNT.CENTRE_ID))
                .leftJoin(INSTITUTION).on(INSTITUTION.ID.eq(USER_ACCOUNT.INSTITUTION_ID))
                .where(USER_ACCOUNT.ID.eq(id))
                .fetch());
    }

    List<Map<String, @Nullable Object>> signups(long accountId) {
        return rows(dsl.select(ACTIVITY.TITLE.as("workshop"), ACTIVITY.STARTS_AT.as("starts_at"),
                        CENTRE.NAME.as("centre"), WORKSHOP_SIGNUP.STATUS.as("status"),
                        WORKSHOP_SIGNUP.SIGNED_UP_AT.as("signed_up_at"), WORKSHOP_SIGNUP.ATTENDED.as("attended"),
                        WORKSHOP.PD_HOURS.as("hours"))
                .from(WORKSHOP_SIGNUP)
                .join(WORKSHOP).on(WORKSHOP.ACTIVITY_ID.eq(WORKSHOP_SIGNUP.WORKSHOP_ID))
                .join(ACTIVITY).on(ACTIVITY.ID.eq(WORKSHOP_SIGNUP.WORKSHOP_ID))
                .join(CENTRE).on(CENTRE.ID.eq(ACTIVITY.CENTRE_ID))
                .where(WORKSHOP_SIGNUP.USER_ACCOUNT_ID.eq(accountId))
                .orderBy(ACTIVITY.STARTS_AT.desc(), WORKSHOP_SIGNUP.ID)
                .fetch());
    }

    List<Map<String, @Nullable Object>> certificates(long accountId) {
        return rows(dsl.select(CERTIFICATE.CODE.as("code"), CERTIFICATE.ISSUED_AT.as("issued_at"),
                        CERTIFICATE.HOLDER_NAME.as("holder_name"), CERTIFICATE.WORKSHOP_TITLE.as("workshop"),
                        CERTIFICATE.WORKSHOP_DATE.as("workshop_date"), CERTIFICATE.HOURS.as("hours"),
                        CERTIFICATE.CENTRE_NAME.as("centre"))
                .from(CERTIFICATE)
                .join(WORKSHOP_SIGNUP).on(WORKSHOP_SIGNUP.ID.eq(CERTIFICATE.SIGNUP_ID))
                .where(WORKSHOP_SIGNUP.USER_ACCOUNT_ID.eq(accountId))
                .orderBy(CERTIFICATE.ISSUED_AT.desc(), CERTIFICATE.ID)
                .fetch());
    }

    List<Map<String, @Nullable Object>> sessions(long accountId) {
        return rows(dsl.select(LOGIN_SESSION.STARTED_AT.as("started_at"), LOGIN_SESSION.LAST_SEEN_AT.as("last_seen_at"),
                        LOGIN_SESSION.ENDED_AT.as("ended_at"), LOGIN_SESSION.ADDRESS.as("address"),
                        LOGIN_SESSION.USER_AGENT.as("user_agent"))
                .from(LOGIN_SESSION)
                .where(LOGIN_SESSION.USER_ACCOUNT_ID.eq(accountId))
                .orderBy(LOGIN_SESSION.STARTED_AT.desc(), LOGIN_SESSION.ID)
                .fetch());
    }

    /**
     * What the audit trail says happened to the record: when, what, by which role (not by whom:
     * the staff member is another person), and which fields changed (names only).
     */
    List<Map<String, @Nullable Object>> history(String recordType, long recordId) {
        List<Map<String, @Nullable Object>> rows = new ArrayList<>();
        for (var r : dsl.select(AUDIT_EVENT.OCCURRED_AT, AUDIT_EVENT.ACTION, AUDIT_EVENT.ACTOR_ROLE, AUDIT_EVENT.CHANGES)
                .from(AUDIT_EVENT)
                .where(AUDIT_EVENT.RECORD_TYPE.eq(recordType).and(AUDIT_EVENT.RECORD_ID.eq(recordId)))
                .orderBy(AUDIT_EVENT.OCCURRED_AT.desc(), AUDIT_EVENT.ID.desc())
                .fetch()) {
            Map<String, @Nullable Object> row = new LinkedHashMap<>();
            row.put("occurred_at", r.value1());
            row.put("action", r.value2());
            row.put("role", r.value3());
            List<String> fields = lv.kopiena.audit.AuditLog.changedFields(r.value4());
            row.put("changed_fields", fields.isEmpty() ? null : String.join(", ", fields));
            rows.add(row);
        }
        return rows;
    }

    List<Map<String, @Nullable Object>> logins(long accountId) {
        return rows(dsl.select(LOGIN_EVENT.OCCURRED_AT.as("occurred_at"), LOGIN_EVENT.OUTCOME.as("outcome"),
                        LOGIN_EVENT.ADDRESS.as("address"))
                .from(LOGIN_EVENT)
                .where(LOGIN_EVENT.USER_ACCOUNT_ID.eq(accountId))
                .orderBy(LOGIN_EVENT.OCCURRED_AT.desc(), LOGIN_EVENT.ID)
                .fetch());
    }

    private static List<Map<String, @Nullable Object>> rows(org.jooq.Result<? extends Record> result) {
        List<Map<String, @Nullable Object>> rows = new ArrayList<>();
        for (Record r : result) {
            Map<String, @Nullable Object> row = new LinkedHashMap<>();
            for (Field<?> f : r.fields()) {
                row.put(f.getName(), r.get(f));
            }
            rows.add(row);
        }
        return rows;
    }

    // ---------------------------------------------------------------- consent

    /** @return false when the participant is erased or gone */
    boolean withdrawConsent(long participantId, LocalDateTime now) {
        return dsl.update(PARTICIPANT)
                .set(PARTICIPANT.CONSENT_GIVEN, false)
                .set(PARTICIPANT.GUARDIAN_CONSENT, false)
                .set(PARTICIPANT.CONSENT_WITHDRAWN_AT, now)
                .set(PARTICIPANT.VERSION, PARTICIPANT.VERSION.plus(1))
                .where(PARTICIPANT.ID.eq(participantId), PARTICIPANT.ERASED_AT.isNull())
                .execute() == 1;
    }

    // ---------------------------------------------------------------- erasure

    /**
     * Anonymises a participant: names become a neutral mark; e-mail, phone, year of birth,
     * institution, language, consent details (dates, guardian's name), notes and the account link
     * are cleared. What stays is exactly what the reports count ({@code report.ReportRepository}
     * reads id, category, refugee, disability and record_key of participant, and attendance),
     * and none of it names the person on its own:
     * <ul>
     * <li>id: a counter, the key the attendance rows hold; unique people are counted by it.</li>
     * <li>centre_id: one of tens of centres, each with hundreds or thousands of participants.</li>
     * <li>category (teacher, child, parent, ...): one of nine broad groups.</li>
     * <li>refugee, disability: special-category data (GDPR art. 9), kept because the protected-group
     *     counts must not change; without a name, year of birth, contact or institution they say
     *     "some participant of this centre", and funders see them only as rounded counts.</li>
     * <li>record_key: a random number for the cell-key rounding, meaningless outside the database.</li>
     * <li>created_at and the attendance rows (activity, time recorded): the dates of public
     *     activities, shared with everyone else who came.</li>
     * </ul>
     *
     * @param keepAccountLink true when the account is erased along with it (the link then points
     *                        to an anonymous account, and the workshop's attendance stays
     *                        consistent); false unlinks it, so that a living account's later
     *                        attendance gets a new record instead of this anonymous one
     */
    boolean eraseParticipant(long id, LocalDateTime now, boolean keepAccountLink) {
        var update = dsl.update(PARTICIPANT)
                .set(PARTICIPANT.FIRST_NAME, ERASED_NAME)
                .set(PARTICIPANT.LAST_NAME, ERASED_NAME)
                .setNull(PARTICIPANT.BIRTH_YEAR)
                .setNull(PARTICIPANT.EMAIL)
                .setNull(PARTICIPANT.PHONE)
                .setNull(PARTICIPANT.INSTITUTION_ID)
                .setNull(PARTICIPANT.LANGUAGE)
                .set(PARTICIPANT.CONSENT_GIVEN, false)
                .setNull(PARTICIPANT.CONSENT_DATE)
                .set(PARTICIPANT.GUARDIAN_CONSENT, false)
                .setNull(PARTICIPANT.GUARDIAN_NAME)
                .setNull(PARTICIPANT.GUARDIAN_CONSENT_DATE)
                .setNull(PARTICIPANT.CONSENT_WITHDRAWN_AT)
                .setNull(PARTICIPANT.NOTES)
                .set(PARTICIPANT.ERASED_AT, now)
                .set(PARTICIPANT.VERSION, PARTICIPANT.VERSION.plus(1));
        if (!keepAccountLink) {
            update = update.setNull(PARTICIPANT.USER_ACCOUNT_ID);
        }
        return update.where(PARTICIPANT.ID.eq(id), PARTICIPANT.ERASED_AT.isNull()).execute() == 1;
    }

    /** Clears a participant's e-mail and phone (the retention rule for people registered as minors). */
    boolean eraseContact(long id) {
        return dsl.update(PARTICIPANT)
                .setNull(PARTICIPANT.EMAIL)
                .setNull(PARTICIPANT.PHONE)
                .set(PARTICIPANT.VERSION, PARTICIPANT.VERSION.plus(1))
                .where(PARTICIPANT.ID.eq(id), PARTICIPANT.ERASED_AT.isNull())
                .execute() == 1;
    }

    /**
     * Anonymises an account and everything around it that names or reaches its person: the
     * account row (a unique neutral user name, no e-mail, an unusable password, disabled), the
     * holder name on its certificates, its unsent workshop mails and every account mail to it,
     * registrations and attempt counters of its addresses, its links, and the user name and
     * address of its login records. Sign-ups stay (they are attendance and hours in the reports).
     */
    void eraseAccount(AccountFacts account, LocalDateTime now) {
        long id = account.id();
        Set<String> names = Stream.of(account.username(), account.email())
                .filter(Objects::nonNull).map(n -> n.toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        Condition signupsOfAccount = WORKSHOP_SIGNUP.USER_ACCOUNT_ID.eq(id);
        var signupIds = DSL.select(WORKSHOP_SIGNUP.ID).from(WORKSHOP_SIGNUP).where(signupsOfAccount);

        dsl.update(CERTIFICATE)
                .setNull(CERTIFICATE.HOLDER_NAME)
                .set(CERTIFICATE.HOLDER_ERASED_AT, now)
                .where(CERTIFICATE.SIGNUP_ID.in(signupIds), CERTIFICATE.HOLDER_ERASED_AT.isNull())
                .execute();
        dsl.deleteFrom(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.SIGNUP_ID.in(signupIds).and(MAIL_OUTBOX.SENT_AT.isNull())
                        .or(DSL.lower(MAIL_OUTBOX.RECIPIENT_EMAIL).in(names))
                        .or(DSL.lower(MAIL_OUTBOX.ACCOUNT_USERNAME).in(names)))
                .execute();
        dsl.deleteFrom(PENDING_REGISTRATION).where(DSL.lower(PENDING_REGISTRATION.EMAIL).in(names)).execute();
        dsl.deleteFrom(ATTEMPT_COUNTER).where(DSL.lower(ATTEMPT_COUNTER.SUBJECT).in(names)).execute();
        dsl.deleteFrom(ACCOUNT_TOKEN).where(ACCOUNT_TOKEN.USER_ACCOUNT_ID.eq(id)).execute();
        String erasedUsername = erasedUsername(id);
        dsl.update(LOGIN_EVENT)
                .set(LOGIN_EVENT.USERNAME, erasedUsername)
                .set(LOGIN_EVENT.ADDRESS, ERASED_ADDRESS)
                .where(LOGIN_EVENT.USER_ACCOUNT_ID.eq(id).or(DSL.lower(LOGIN_EVENT.USERNAME).in(names)))
                .execute();
        dsl.update(LOGIN_SESSION)
                .set(LOGIN_SESSION.ADDRESS, ERASED_ADDRESS)
                .setNull(LOGIN_SESSION.USER_AGENT)
                .where(LOGIN_SESSION.USER_ACCOUNT_ID.eq(id))
                .execute();
        dsl.update(USER_ACCOUNT)
                .set(USER_ACCOUNT.USERNAME, erasedUsername)
                .set(USER_ACCOUNT.DISPLAY_NAME, ERASED_DISPLAY_NAME)
                .setNull(USER_ACCOUNT.EMAIL)
                .set(USER_ACCOUNT.PASSWORD_HASH, UNUSABLE_HASH)
                .set(USER_ACCOUNT.ENABLED, false)
                .setNull(USER_ACCOUNT.INSTITUTION_ID)
                .set(USER_ACCOUNT.ERASED_AT, now)
                .set(USER_ACCOUNT.VERSION, USER_ACCOUNT.VERSION.plus(1))
                .where(USER_ACCOUNT.ID.eq(id))
                .execute();
    }

    static String erasedUsername(long accountId) {
        return "erased-" + accountId;
    }
}
