package lv.kopiena.workshop;

import static lv.kopiena.jooq.Tables.ACTIVITY;
import static lv.kopiena.jooq.Tables.ATTENDANCE;
import static lv.kopiena.jooq.Tables.CENTRE;
import static lv.kopiena.jooq.Tables.INSTITUTION;
import static lv.kopiena.jooq.Tables.PARTICIPANT;
import static lv.kopiena.jooq.Tables.USER_ACCOUNT;
import static lv.kopiena.jooq.Tables.WORKSHOP;
import static lv.kopiena.jooq.Tables.WORKSHOP_SIGNUP;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lv.kopiena.activity.ActivityType;
import lv.kopiena.base.PageRequest;
import lv.kopiena.base.jooq.Records;
import lv.kopiena.base.jooq.Sorting;
import lv.kopiena.jooq.tables.records.WorkshopRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * What the coordinator reads about workshops (lists, sign-ups, educators to add) and the writes that
 * are not seat changes: the settings row, attendance marks and the participant an educator becomes.
 * Seats themselves change only in {@link SeatsRepository}, under the workshop's row lock.
 */
@Repository
class WorkshopRepository {

    /** The activity a workshop belongs to, as the rules need it. */
    record ActivityFacts(long id, long centreId, ActivityType type, LocalDateTime startsAt) {
    }

    /** A sign-up as an attendance mark needs it (a locking read). */
    record SignupFacts(long id, long workshopId, long accountId, SignupStatus status, boolean attended) {
    }

    /** The account an educator signed up with, for the participant it becomes. */
    record AccountFacts(long id, String role, boolean enabled, String displayName, @Nullable String email,
                        @Nullable Long institutionId, String locale, @Nullable LocalDateTime privacyConsentAt) {
    }

    /** (centre_id, starts_at) and (centre_id, title) are indexed on activity, and so are both alone. */
    private static final Map<String, Field<?>> SORTABLE = Map.of(
            "start", ACTIVITY.STARTS_AT,
            "title", ACTIVITY.TITLE);

    private static final String WAITING = SignupStatus.WAITING.name();

    /** People waiting for the row's workshop: a count over the (workshop_id, status, queue_no) index. */
    private static final Field<Integer> WAITING_COUNT = DSL.field(DSL.selectCount().from(WORKSHOP_SIGNUP)
            .where(WORKSHOP_SIGNUP.WORKSHOP_ID.eq(WORKSHOP.ACTIVITY_ID), WORKSHOP_SIGNUP.STATUS.eq(WAITING)))
            .as("waiting_count");
    private static final Field<Integer> ATTENDED_COUNT = DSL.field(DSL.selectCount().from(WORKSHOP_SIGNUP)
            .where(WORKSHOP_SIGNUP.WORKSHOP_ID.eq(WORKSHOP.ACTIVITY_ID), WORKSHOP_SIGNUP.ATTENDED.isTrue()))
            .as("attended_count");

    /**
     * The order of a workshop's list: confirmed, then waiting, then those who left; in arrival
     * order within each. A workshop's list is at most its capacity plus its queue, so sorting it
     * needs no index beyond (workshop_id, status, queue_no).
     */
    private static final Field<Integer> STATUS_ORDER = DSL.case_(WORKSHOP_SIGNUP.STATUS)
            .when(SignupStatus.CONFIRMED.name(), 0)
            .when(WAITING, 1)
            .when(SignupStatus.CANCELLED.name(), 2)
            .else_(3);
    private static final Map<String, Field<?>> SIGNUP_SORTABLE = Map.of(
            "name", USER_ACCOUNT.DISPLAY_NAME,
            "status", STATUS_ORDER,
            "signedUp", WORKSHOP_SIGNUP.QUEUE_NO);

    private final DSLContext dsl;

    WorkshopRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    // ---- the list of workshops

    /** @param centreId one centre's workshops, or null for all */
    List<WorkshopRow> find(WorkshopFilter filter, @Nullable Long centreId, LocalDateTime now, PageRequest page) {
        return dsl.select(ACTIVITY.ID, ACTIVITY.TITLE, ACTIVITY.STARTS_AT, CENTRE.NAME, WORKSHOP.CAPACITY,
                        WORKSHOP.CONFIRMED_COUNT, WAITING_COUNT, WORKSHOP.STATUS)
                .from(ACTIVITY)
                .join(WORKSHOP).on(WORKSHOP.ACTIVITY_ID.eq(ACTIVITY.ID))
                .join(CENTRE).on(CENTRE.ID.eq(ACTIVITY.CENTRE_ID))
                .where(matches(filter, centreId, now))
                .orderBy(order(filter, page))
                .offset(page.offset())
                .limit(page.limit())
                .fetch(r -> new WorkshopRow(r.get(ACTIVITY.ID), r.get(ACTIVITY.TITLE), r.get(ACTIVITY.STARTS_AT),
                        r.get(CENTRE.NAME), r.get(WORKSHOP.CAPACITY), r.get(WORKSHOP.CONFIRMED_COUNT),
                        r.get(WAITING_COUNT), WorkshopStatus.valueOf(r.get(WORKSHOP.STATUS))));
    }

    int count(WorkshopFilter filter, @Nullable Long centreId, LocalDateTime now) {
        return dsl.fetchCount(ACTIVITY.join(WORKSHOP).on(WORKSHOP.ACTIVITY_ID.eq(ACTIVITY.ID)),
                matches(filter, centreId, now));
    }

    /** Upcoming ones soonest first, past and all ones newest first, unless a column is chosen. */
    private static List<SortField<?>> order(WorkshopFilter filter, PageRequest page) {
        if (page.sort().isEmpty()) {
            return filter.when() == WorkshopFilter.When.UPCOMING
                    ? List.of(ACTIVITY.STARTS_AT.asc(), ACTIVITY.ID.asc())
                    : List.of(ACTIVITY.STARTS_AT.desc(), ACTIVITY.ID.desc());
        }
        List<SortField<?>> order = new ArrayList<>(Sorting.orderBy(page, SORTABLE));
        order.add(page.sort().getFirst().ascending() ? ACTIVITY.ID.asc() : ACTIVITY.ID.desc());
        return order;
    }

    private static Condition matches(WorkshopFilter filter, @Nullable Long centreId, LocalDateTime now) {
        List<Condition> conditions = new ArrayList<>();
        if (centreId != null) {
            conditions.add(ACTIVITY.CENTRE_ID.eq(centreId));
        }
        if (!filter.search().isEmpty()) {
            conditions.add(ACTIVITY.TITLE.contains(filter.search()).or(ACTIVITY.PLACE.contains(filter.search())));
        }
        switch (filter.when()) {
            // under way counts as upcoming: that is when a coordinator marks attendance
            case UPCOMING -> conditions.add(ACTIVITY.STARTS_AT.ge(now).or(ACTIVITY.ENDS_AT.gt(now)));
            case PAST -> conditions.add(ACTIVITY.STARTS_AT.lt(now).and(ACTIVITY.ENDS_AT.isNull().or(ACTIVITY.ENDS_AT.le(now))));
            case ALL -> { }
        }
        if (filter.status() != null) {
            conditions.add(WORKSHOP.STATUS.eq(filter.status().name()));
        }
        return DSL.and(conditions);
    }

    // ---- one workshop

    Optional<ActivityFacts> activity(long activityId) {
        return dsl.select(ACTIVITY.ID, ACTIVITY.CENTRE_ID, ACTIVITY.TYPE, ACTIVITY.STARTS_AT)
                .from(ACTIVITY)
                .where(ACTIVITY.ID.eq(activityId))
                .fetchOptional(r -> new ActivityFacts(r.value1(), r.value2(), ActivityType.valueOf(r.value3()),
                        r.value4()));
    }

    Optional<WorkshopRecord> findWorkshop(long activityId) {
        return dsl.selectFrom(WORKSHOP).where(WORKSHOP.ACTIVITY_ID.eq(activityId)).fetchOptional();
    }

    boolean exists(long activityId) {
        return dsl.fetchExists(WORKSHOP, WORKSHOP.ACTIVITY_ID.eq(activityId));
    }

    /** Inserts a new workshop; the seat columns take their defaults (no seats taken, open). */
    WorkshopRecord insert(WorkshopRecord record) {
        for (Field<?> seatColumn : List.of(WORKSHOP.STATUS, WORKSHOP.CANCELLED_AT, WORKSHOP.CANCEL_REASON,
                WORKSHOP.CONFIRMED_COUNT, WORKSHOP.NEXT_QUEUE_NO, WORKSHOP.CREATED_AT, WORKSHOP.VERSION)) {
            record.changed(seatColumn, false);
        }
        return Records.store(dsl, record, "workshop");
    }

    /**
     * Updates the settings of a loaded workshop if its version is still the one read. The seat
     * columns are left alone (they change only under the seats' lock); the editable ones are always
     * written, so that the version is checked and raised even when only the capacity changed.
     */
    WorkshopRecord update(WorkshopRecord record) {
        for (Field<?> seatColumn : List.of(WORKSHOP.ACTIVITY_ID, WORKSHOP.CAPACITY, WORKSHOP.STATUS,
                WORKSHOP.CANCELLED_AT, WORKSHOP.CANCEL_REASON, WORKSHOP.CONFIRMED_COUNT, WORKSHOP.NEXT_QUEUE_NO,
                WORKSHOP.CREATED_AT)) {
            record.changed(seatColumn, false);
        }
        for (Field<?> editable : List.of(WORKSHOP.WAITING_LIST, WORKSHOP.SIGNUP_OPENS_AT, WORKSHOP.SIGNUP_CLOSES_AT,
                WORKSHOP.LANGUAGE, WORKSHOP.ONLINE_LINK, WORKSHOP.PD_HOURS, WORKSHOP.AUDIENCE)) {
            record.changed(editable, true);
        }
        return Records.store(dsl, record, "workshop");
    }

    /**
     * The activity with its workshop, if it has one.
     *
     * @param now to tell whether attendance may be marked yet (see {@link WorkshopService#attendanceOpen})
     */
    Optional<WorkshopOverview> overview(long activityId, LocalDateTime now) {
        return dsl.select(ACTIVITY.ID, ACTIVITY.TITLE, ACTIVITY.TYPE, CENTRE.NAME, ACTIVITY.STARTS_AT, ACTIVITY.ENDS_AT,
                        ACTIVITY.PLACE, WORKSHOP.ACTIVITY_ID, WORKSHOP.CAPACITY, WORKSHOP.CONFIRMED_COUNT, WAITING_COUNT,
                        ATTENDED_COUNT, WORKSHOP.WAITING_LIST, WORKSHOP.STATUS, WORKSHOP.CANCEL_REASON,
                        WORKSHOP.LANGUAGE, WORKSHOP.PD_HOURS, WORKSHOP.SIGNUP_OPENS_AT, WORKSHOP.SIGNUP_CLOSES_AT,
                        WORKSHOP.ONLINE_LINK, WORKSHOP.AUDIENCE)
                .from(ACTIVITY)
                .join(CENTRE).on(CENTRE.ID.eq(ACTIVITY.CENTRE_ID))
                .leftJoin(WORKSHOP).on(WORKSHOP.ACTIVITY_ID.eq(ACTIVITY.ID))
                .where(ACTIVITY.ID.eq(activityId))
                .fetchOptional(r -> {
                    boolean has = r.get(WORKSHOP.ACTIVITY_ID) != null;
                    ActivityType type = ActivityType.valueOf(r.get(ACTIVITY.TYPE));
                    LocalDateTime start = r.get(ACTIVITY.STARTS_AT);
                    return new WorkshopOverview(r.get(ACTIVITY.ID), r.get(ACTIVITY.TITLE), type, r.get(CENTRE.NAME),
                            start, r.get(ACTIVITY.ENDS_AT), r.get(ACTIVITY.PLACE), WorkshopService.takesSignups(type),
                            has, has ? r.get(WORKSHOP.CAPACITY) : 0, has ? r.get(WORKSHOP.CONFIRMED_COUNT) : 0,
                            has ? r.get(WAITING_COUNT) : 0, has ? r.get(ATTENDED_COUNT) : 0,
                            has && r.get(WORKSHOP.WAITING_LIST),
                            has ? WorkshopStatus.valueOf(r.get(WORKSHOP.STATUS)) : WorkshopStatus.OPEN,
                            r.get(WORKSHOP.CANCEL_REASON), has ? r.get(WORKSHOP.LANGUAGE) : WorkshopLanguage.LV.code(),
                            has ? r.get(WORKSHOP.PD_HOURS) : BigDecimal.ZERO, r.get(WORKSHOP.SIGNUP_OPENS_AT),
                            r.get(WORKSHOP.SIGNUP_CLOSES_AT), r.get(WORKSHOP.ONLINE_LINK), r.get(WORKSHOP.AUDIENCE),
                            WorkshopService.attendanceOpen(start, now));
                });
    }

    // ---- the people of one workshop

    /**
     * A page of a workshop's sign-ups, each waiting person with their place in the queue. One
     * query: the positions are numbered over the whole workshop (a window function in a derived
     * table), then the page is cut.
     *
     * @param activeOnly only people who hold a seat or wait
     */
    List<SignupRow> signups(long workshopId, boolean activeOnly, PageRequest page) {
        Field<Integer> position = DSL.when(WORKSHOP_SIGNUP.STATUS.eq(WAITING),
                        DSL.rowNumber().over(DSL.partitionBy(WORKSHOP_SIGNUP.STATUS).orderBy(WORKSHOP_SIGNUP.QUEUE_NO)))
                .else_(0).as("position");
        var numbered = dsl.select(WORKSHOP_SIGNUP.ID, position)
                .from(WORKSHOP_SIGNUP)
                .where(WORKSHOP_SIGNUP.WORKSHOP_ID.eq(workshopId))
                .asTable("numbered");
        Field<Long> numberedId = numbered.field(WORKSHOP_SIGNUP.ID);
        Field<Integer> numberedPosition = numbered.field(position);
        return dsl.select(WORKSHOP_SIGNUP.ID, WORKSHOP_SIGNUP.USER_ACCOUNT_ID, USER_ACCOUNT.DISPLAY_NAME,
                        USER_ACCOUNT.EMAIL, INSTITUTION.NAME, WORKSHOP_SIGNUP.STATUS, numberedPosition,
                        WORKSHOP_SIGNUP.SIGNED_UP_AT, WORKSHOP_SIGNUP.ATTENDED)
                .from(numbered)
                .join(WORKSHOP_SIGNUP).on(WORKSHOP_SIGNUP.ID.eq(numberedId))
                .join(USER_ACCOUNT).on(USER_ACCOUNT.ID.eq(WORKSHOP_SIGNUP.USER_ACCOUNT_ID))
                .leftJoin(INSTITUTION).on(INSTITUTION.ID.eq(USER_ACCOUNT.INSTITUTION_ID))
                .where(activeOnly ? active() : DSL.noCondition())
                .orderBy(Sorting.orderBy(page, SIGNUP_SORTABLE, STATUS_ORDER.asc(), WORKSHOP_SIGNUP.QUEUE_NO.asc()))
                .offset(page.offset())
                .limit(page.limit())
                .fetch(r -> new SignupRow(r.get(WORKSHOP_SIGNUP.ID), r.get(WORKSHOP_SIGNUP.USER_ACCOUNT_ID),
                        r.get(USER_ACCOUNT.DISPLAY_NAME), r.get(USER_ACCOUNT.EMAIL), r.get(INSTITUTION.NAME),
                        SignupStatus.valueOf(r.get(WORKSHOP_SIGNUP.STATUS)), r.get(numberedPosition),
                        r.get(WORKSHOP_SIGNUP.SIGNED_UP_AT), r.get(WORKSHOP_SIGNUP.ATTENDED)));
    }

    int signupCount(long workshopId, boolean activeOnly) {
        return dsl.fetchCount(WORKSHOP_SIGNUP, WORKSHOP_SIGNUP.WORKSHOP_ID.eq(workshopId)
                .and(activeOnly ? active() : DSL.noCondition()));
    }

    private static Condition active() {
        return WORKSHOP_SIGNUP.STATUS.in(SignupStatus.CONFIRMED.name(), WAITING);
    }

    /** The confirmed people for the attendance check-list, by name. */
    List<AttendanceMark> confirmed(long workshopId) {
        return dsl.select(WORKSHOP_SIGNUP.ID, USER_ACCOUNT.DISPLAY_NAME, INSTITUTION.NAME, WORKSHOP_SIGNUP.ATTENDED)
                .from(WORKSHOP_SIGNUP)
                .join(USER_ACCOUNT).on(USER_ACCOUNT.ID.eq(WORKSHOP_SIGNUP.USER_ACCOUNT_ID))
                .leftJoin(INSTITUTION).on(INSTITUTION.ID.eq(USER_ACCOUNT.INSTITUTION_ID))
                .where(WORKSHOP_SIGNUP.WORKSHOP_ID.eq(workshopId),
                        WORKSHOP_SIGNUP.STATUS.eq(SignupStatus.CONFIRMED.name()))
                .orderBy(USER_ACCOUNT.DISPLAY_NAME, WORKSHOP_SIGNUP.ID)
                .fetch(org.jooq.Records.mapping(AttendanceMark::new));
    }

    /**
     * Enabled educator accounts found by name, user name or e-mail (every word must occur), not on
     * the workshop's list now: for a lazy selection field.
     */
    List<EducatorOption> educators(long workshopId, String text, int offset, int limit) {
        List<Condition> conditions = new ArrayList<>();
        conditions.add(USER_ACCOUNT.ROLE.eq("EDUCATOR"));
        conditions.add(USER_ACCOUNT.ENABLED.isTrue());
        conditions.add(DSL.notExists(DSL.selectOne().from(WORKSHOP_SIGNUP)
                .where(WORKSHOP_SIGNUP.WORKSHOP_ID.eq(workshopId),
                        WORKSHOP_SIGNUP.USER_ACCOUNT_ID.eq(USER_ACCOUNT.ID), active())));
        for (String word : text.trim().split("\\s+")) {
            if (!word.isEmpty()) {
                conditions.add(USER_ACCOUNT.DISPLAY_NAME.contains(word).or(USER_ACCOUNT.EMAIL.contains(word))
                        .or(USER_ACCOUNT.USERNAME.startsWith(word)));
            }
        }
        return dsl.select(USER_ACCOUNT.ID, USER_ACCOUNT.DISPLAY_NAME, USER_ACCOUNT.EMAIL, INSTITUTION.NAME)
                .from(USER_ACCOUNT)
                .leftJoin(INSTITUTION).on(INSTITUTION.ID.eq(USER_ACCOUNT.INSTITUTION_ID))
                .where(conditions)
                .orderBy(USER_ACCOUNT.DISPLAY_NAME, USER_ACCOUNT.ID)
                .offset(offset)
                .limit(limit)
                .fetch(org.jooq.Records.mapping(EducatorOption::new));
    }

    Optional<AccountFacts> account(long accountId) {
        return dsl.select(USER_ACCOUNT.ID, USER_ACCOUNT.ROLE, USER_ACCOUNT.ENABLED, USER_ACCOUNT.DISPLAY_NAME,
                        USER_ACCOUNT.EMAIL, USER_ACCOUNT.INSTITUTION_ID, USER_ACCOUNT.PREFERRED_LOCALE,
                        USER_ACCOUNT.PRIVACY_CONSENT_AT)
                .from(USER_ACCOUNT)
                .where(USER_ACCOUNT.ID.eq(accountId))
                .fetchOptional(org.jooq.Records.mapping(AccountFacts::new));
    }

    /** The workshop of a sign-up (it never changes). */
    Optional<Long> workshopOfSignup(long signupId) {
        return dsl.select(WORKSHOP_SIGNUP.WORKSHOP_ID).from(WORKSHOP_SIGNUP).where(WORKSHOP_SIGNUP.ID.eq(signupId))
                .fetchOptional(WORKSHOP_SIGNUP.WORKSHOP_ID);
    }

    // ---- attendance

    Optional<SignupFacts> lockSignup(long signupId) {
        return dsl.select(WORKSHOP_SIGNUP.ID, WORKSHOP_SIGNUP.WORKSHOP_ID, WORKSHOP_SIGNUP.USER_ACCOUNT_ID,
                        WORKSHOP_SIGNUP.STATUS, WORKSHOP_SIGNUP.ATTENDED)
                .from(WORKSHOP_SIGNUP)
                .where(WORKSHOP_SIGNUP.ID.eq(signupId))
                .forUpdate()
                .fetchOptional(r -> new SignupFacts(r.value1(), r.value2(), r.value3(),
                        SignupStatus.valueOf(r.value4()), r.value5()));
    }

    /** Marks or unmarks a confirmed person; false when the person holds no seat (any more). */
    boolean setAttended(long signupId, boolean attended, LocalDateTime at) {
        return dsl.update(WORKSHOP_SIGNUP)
                .set(WORKSHOP_SIGNUP.ATTENDED, attended)
                .set(WORKSHOP_SIGNUP.ATTENDANCE_MARKED_AT, attended ? at : null)
                .set(WORKSHOP_SIGNUP.VERSION, WORKSHOP_SIGNUP.VERSION.plus(1))
                .where(WORKSHOP_SIGNUP.ID.eq(signupId), WORKSHOP_SIGNUP.STATUS.eq(SignupStatus.CONFIRMED.name()))
                .execute() == 1;
    }

    Optional<Long> participantOf(long centreId, long accountId) {
        return dsl.select(PARTICIPANT.ID).from(PARTICIPANT)
                .where(PARTICIPANT.CENTRE_ID.eq(centreId), PARTICIPANT.USER_ACCOUNT_ID.eq(accountId))
                .fetchOptional(PARTICIPANT.ID);
    }

    /**
     * The participant of the centre an educator is, made from the account when there is none yet.
     * The unique key (centre, account) keeps it one even when two marks race.
     */
    long participantFor(long centreId, AccountFacts account, LocalDate consentDate) {
        Optional<Long> existing = participantOf(centreId, account.id());
        if (existing.isPresent()) {
            return existing.get();
        }
        String[] names = splitName(account.displayName());
        dsl.insertInto(PARTICIPANT)
                .set(PARTICIPANT.CENTRE_ID, centreId)
                .set(PARTICIPANT.USER_ACCOUNT_ID, account.id())
                .set(PARTICIPANT.FIRST_NAME, names[0])
                .set(PARTICIPANT.LAST_NAME, names[1])
                .set(PARTICIPANT.CATEGORY, "TEACHER")
                .set(PARTICIPANT.EMAIL, account.email())
                .set(PARTICIPANT.INSTITUTION_ID, account.institutionId())
                .set(PARTICIPANT.LANGUAGE, account.locale())
                .set(PARTICIPANT.CONSENT_GIVEN, true)
                .set(PARTICIPANT.CONSENT_DATE, consentDate)
                .onDuplicateKeyIgnore()
                .execute();
        return participantOf(centreId, account.id()).orElseThrow();
    }

    /** "Līga Pedagoģe" -> Līga / Pedagoģe; the last word is the last name; one word is both. */
    static String[] splitName(String displayName) {
        String name = displayName.trim();
        int space = name.lastIndexOf(' ');
        if (space < 0) {
            return new String[] {cut(name), cut(name)};
        }
        return new String[] {cut(name.substring(0, space).trim()), cut(name.substring(space + 1))};
    }

    private static String cut(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80);
    }

    void addAttendance(long activityId, long participantId, LocalDateTime at) {
        dsl.insertInto(ATTENDANCE)
                .set(ATTENDANCE.ACTIVITY_ID, activityId)
                .set(ATTENDANCE.PARTICIPANT_ID, participantId)
                .set(ATTENDANCE.RECORDED_AT, at)
                .onDuplicateKeyIgnore()
                .execute();
    }

    void removeAttendance(long activityId, long participantId) {
        dsl.deleteFrom(ATTENDANCE)
                .where(ATTENDANCE.ACTIVITY_ID.eq(activityId), ATTENDANCE.PARTICIPANT_ID.eq(participantId))
                .execute();
    }
}
