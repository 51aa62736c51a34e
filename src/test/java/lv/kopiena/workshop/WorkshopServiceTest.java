package lv.kopiena.workshop;

import static lv.kopiena.base.NotFoundAssertions.assertAnsweredAsMissing;
import static lv.kopiena.jooq.Tables.ACTIVITY;
import static lv.kopiena.jooq.Tables.ATTENDANCE;
import static lv.kopiena.jooq.Tables.CENTRE;
import static lv.kopiena.jooq.Tables.MAIL_OUTBOX;
import static lv.kopiena.jooq.Tables.PARTICIPANT;
import static lv.kopiena.jooq.Tables.USER_ACCOUNT;
import static lv.kopiena.jooq.Tables.WORKSHOP;
import static lv.kopiena.jooq.Tables.WORKSHOP_SIGNUP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lv.kopiena.IntegrationTest;
import lv.kopiena.activity.ActivityService;
import lv.kopiena.base.ConcurrentEditException;
import lv.kopiena.base.NotFoundException;
import lv.kopiena.base.PageRequest;
import lv.kopiena.base.ReferencedException;
import lv.kopiena.base.ValidationException;
import lv.kopiena.jooq.tables.records.WorkshopRecord;
import lv.kopiena.security.CurrentUser;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class WorkshopServiceTest extends IntegrationTest {

    @Autowired
    WorkshopService workshops;
    @Autowired
    ActivityService activities;
    @Autowired
    DSLContext dsl;
    @Autowired
    Clock clock;
    @Autowired
    WorkshopRepository repository;
    @Autowired
    Seats seats;
    @Autowired
    lv.kopiena.audit.AuditLog audit;
    @Autowired
    CurrentUser currentUser;

    WorkshopFixtures fixtures;
    LocalDateTime nextWeek;

    @BeforeEach
    void setUp() {
        fixtures = new WorkshopFixtures(dsl);
        nextWeek = LocalDateTime.now(clock).plusDays(7).truncatedTo(ChronoUnit.DAYS).withHour(10);
    }

    // ---- helpers

    private long activity(String type, LocalDateTime start) {
        return dsl.insertInto(ACTIVITY)
                .set(ACTIVITY.CENTRE_ID, fixtures.preiliCentre())
                .set(ACTIVITY.TYPE, type)
                .set(ACTIVITY.TITLE, "Jauna aktivitāte")
                .set(ACTIVITY.STARTS_AT, start)
                .set(ACTIVITY.PLACE, "Preiļi, Talsu iela 2")
                .returningResult(ACTIVITY.ID)
                .fetchSingle(ACTIVITY.ID);
    }

    /** Signs the given educators up as the coordinator, in order. */
    private void add(long workshop, String... usernames) {
        login("coordinator");
        for (String name : usernames) {
            long id = fixtures.educator(name);
            workshops.addPerson(workshop, id);
        }
    }

    private long signupOf(long workshop, String username) {
        return dsl.select(WORKSHOP_SIGNUP.ID).from(WORKSHOP_SIGNUP)
                .join(USER_ACCOUNT).on(USER_ACCOUNT.ID.eq(WORKSHOP_SIGNUP.USER_ACCOUNT_ID))
                .where(WORKSHOP_SIGNUP.WORKSHOP_ID.eq(workshop), USER_ACCOUNT.USERNAME.eq(username))
                .fetchSingle(WORKSHOP_SIGNUP.ID);
    }

    private String statusOf(long workshop, String username) {
        return dsl.fetchValue(WORKSHOP_SIGNUP.STATUS, WORKSHOP_SIGNUP.ID.eq(signupOf(workshop, username)));
    }

    private List<String> mailsFor(long workshop) {
        return dsl.select(MAIL_OUTBOX.KIND).from(MAIL_OUTBOX)
                .join(WORKSHOP_SIGNUP).on(WORKSHOP_SIGNUP.ID.eq(MAIL_OUTBOX.SIGNUP_ID))
                .where(WORKSHOP_SIGNUP.WORKSHOP_ID.eq(workshop))
                .orderBy(MAIL_OUTBOX.ID)
                .fetch(MAIL_OUTBOX.KIND);
    }

    private static void assertKey(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.translationKey()).isEqualTo(key));
    }

    // ---- settings

    @Test
    void opening_an_activity_for_sign_up_inserts_its_workshop() {
        login("coordinator");
        long seminar = activity("SEMINAR", nextWeek);
        assertThat(workshops.overview(seminar).hasWorkshop()).isFalse();
        assertThat(workshops.overview(seminar).typeTakesSignups()).isTrue();

        WorkshopRecord settings = workshops.settings(seminar);
        assertThat(settings.getVersion()).as("a new one").isNull();
        settings.setCapacity(12);
        settings.setPdHours(new BigDecimal("3.5"));
        settings.setLanguage("ltg");
        settings.setOnlineLink(" https://meet.example.lv/seminars ");
        settings.setSignupClosesAt(nextWeek.minusDays(1));
        workshops.save(settings);

        var row = dsl.selectFrom(WORKSHOP).where(WORKSHOP.ACTIVITY_ID.eq(seminar)).fetchSingle();
        assertThat(row.getCapacity()).isEqualTo(12);
        assertThat(row.getPdHours()).isEqualByComparingTo("3.5");
        assertThat(row.getLanguage()).isEqualTo("ltg");
        assertThat(row.getOnlineLink()).isEqualTo("https://meet.example.lv/seminars");
        assertThat(row.getConfirmedCount()).isZero();
        assertThat(row.getStatus()).isEqualTo("OPEN");
        assertThat(workshops.overview(seminar).hasWorkshop()).isTrue();
    }

    @Test
    void only_workshops_seminars_and_teacher_trainings_take_sign_ups() {
        login("coordinator");
        long event = activity("COMMUNITY_EVENT", nextWeek);
        assertThat(workshops.overview(event).typeTakesSignups()).isFalse();

        assertKey(() -> workshops.save(workshops.settings(event)), "workshop.error.type");
        assertThat(dsl.fetchCount(WORKSHOP, WORKSHOP.ACTIVITY_ID.eq(event))).isZero();
    }

    @Test
    void settings_that_break_a_rule_are_refused_with_a_message() {
        login("coordinator");
        long workshop = fixtures.workshop("Medijpratība", 10, true, nextWeek);

        assertKey(() -> workshops.save(workshops.settings(workshop).setCapacity(0)), "workshop.error.capacity-range");
        assertKey(() -> workshops.save(workshops.settings(workshop).setCapacity(10_001)), "workshop.error.capacity-range");
        assertKey(() -> workshops.save(workshops.settings(workshop).setPdHours(new BigDecimal("2.3"))), "workshop.error.hours");
        assertKey(() -> workshops.save(workshops.settings(workshop).setPdHours(new BigDecimal("200.5"))), "workshop.error.hours");
        assertKey(() -> workshops.save(workshops.settings(workshop).setOnlineLink("ftp://example.lv")), "workshop.error.link");
        assertKey(() -> workshops.save(workshops.settings(workshop).setOnlineLink("meet.example.lv")), "workshop.error.link");
        assertKey(() -> workshops.save(workshops.settings(workshop).setLanguage("de")), "workshop.error.language");
        assertKey(() -> workshops.save(workshops.settings(workshop).setSignupOpensAt(nextWeek.minusDays(2))
                .setSignupClosesAt(nextWeek.minusDays(3))), "workshop.error.signup-period");
        assertKey(() -> workshops.save(workshops.settings(workshop).setSignupClosesAt(nextWeek.plusHours(1))),
                "workshop.error.closes-after-start");
        assertThat(dsl.fetchValue(WORKSHOP.CAPACITY, WORKSHOP.ACTIVITY_ID.eq(workshop))).isEqualTo(10);
    }

    @Test
    void a_link_with_a_line_break_and_control_characters_in_texts_are_refused_and_nothing_is_stored() {
        login("coordinator");
        long workshop = fixtures.workshop("Medijpratība", 10, true, nextWeek);

        assertKey(() -> workshops.save(workshops.settings(workshop).setOnlineLink("https://meet.example.lv/x\r\nINFO forged")),
                "validation.control-characters");
        assertKey(() -> workshops.save(workshops.settings(workshop).setAudience("Skolotāji\u0000")),
                "validation.control-characters.multi-line");
        assertKey(() -> workshops.cancel(workshop, "Lektors\u001Bsaslima"), "validation.control-characters.multi-line");
        var row = dsl.selectFrom(WORKSHOP).where(WORKSHOP.ACTIVITY_ID.eq(workshop)).fetchSingle();
        assertThat(row.getOnlineLink()).isNull();
        assertThat(row.getAudience()).isNull();
        assertThat(row.getStatus()).isEqualTo("OPEN");

        workshops.save(workshops.settings(workshop).setAudience("Sākumskolas skolotāji;\nbibliotekāri"));
        assertThat(dsl.fetchValue(WORKSHOP.AUDIENCE, WORKSHOP.ACTIVITY_ID.eq(workshop)))
                .isEqualTo("Sākumskolas skolotāji;\nbibliotekāri");
    }

    @Test
    void a_second_edit_of_the_same_settings_is_refused_not_overwritten() {
        login("coordinator");
        long workshop = fixtures.workshop("Medijpratība", 10, true, nextWeek);
        WorkshopRecord mine = workshops.settings(workshop);
        WorkshopRecord theirs = workshops.settings(workshop);
        theirs.setAudience("Sākumskolas skolotāji");
        workshops.save(theirs);

        mine.setCapacity(30);
        mine.setAudience("Vidusskolas skolotāji");
        assertThatThrownBy(() -> workshops.save(mine)).isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void a_stale_capacity_change_alone_is_refused_too() {
        login("coordinator");
        long workshop = fixtures.workshop("Medijpratība", 10, true, nextWeek);
        WorkshopRecord mine = workshops.settings(workshop);
        workshops.save(workshops.settings(workshop).setAudience("Sākumskolas skolotāji"));

        assertThatThrownBy(() -> workshops.save(mine.setCapacity(11))).isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void raising_the_capacity_in_the_settings_promotes_people_waiting() {
        long workshop = fixtures.workshop("Medijpratība", 1, true, nextWeek);
        add(workshop, "t-anna", "t-baiba", "t-cilda");

        workshops.save(workshops.settings(workshop).setCapacity(2));

        assertThat(statusOf(workshop, "t-baiba")).isEqualTo("CONFIRMED");
        assertThat(statusOf(workshop, "t-cilda")).isEqualTo("WAITING");
        assertThat(dsl.fetchValue(WORKSHOP.CONFIRMED_COUNT, WORKSHOP.ACTIVITY_ID.eq(workshop))).isEqualTo(2);
        assertThat(mailsFor(workshop)).containsExactly("CONFIRMED", "WAITING", "WAITING", "PROMOTED");
        assertKey(() -> workshops.save(workshops.settings(workshop).setCapacity(1)),
                "workshop.error.capacity-below-confirmed");
    }

    // ---- people

    @Test
    void the_list_shows_confirmed_then_waiting_with_their_place_in_line() {
        long workshop = fixtures.workshop("Medijpratība", 2, true, nextWeek);
        add(workshop, "t-anna", "t-baiba", "t-cilda", "t-dace", "t-elza");
        workshops.remove(workshop, signupOf(workshop, "t-cilda"));

        List<SignupRow> active = workshops.signups(workshop, true, PageRequest.of(0, 50));
        assertThat(active).extracting(SignupRow::name, SignupRow::status, SignupRow::waitingPosition).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Test t-anna", SignupStatus.CONFIRMED, 0),
                org.assertj.core.groups.Tuple.tuple("Test t-baiba", SignupStatus.CONFIRMED, 0),
                org.assertj.core.groups.Tuple.tuple("Test t-dace", SignupStatus.WAITING, 1),
                org.assertj.core.groups.Tuple.tuple("Test t-elza", SignupStatus.WAITING, 2));
        assertThat(workshops.signupCount(workshop, true)).isEqualTo(4);
        assertThat(workshops.signups(workshop, false, PageRequest.of(3, 2)))
                .extracting(SignupRow::name, SignupRow::waitingPosition)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Test t-elza", 2),
                        org.assertj.core.groups.Tuple.tuple("Test t-cilda", 0));
        assertThat(workshops.signupCount(workshop, false)).isEqualTo(5);
        assertThat(workshops.signups(workshop, true,
                new PageRequest(0, 50, List.of(new PageRequest.SortOrder("name", false)))))
                .extracting(SignupRow::name).first().isEqualTo("Test t-elza");
        assertThatThrownBy(() -> workshops.signups(workshop, true,
                new PageRequest(0, 50, List.of(new PageRequest.SortOrder("password", true)))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void removing_a_confirmed_person_promotes_the_first_waiting_and_tells_both() {
        long workshop = fixtures.workshop("Medijpratība", 1, true, nextWeek);
        add(workshop, "t-anna", "t-baiba", "t-cilda");

        workshops.remove(workshop, signupOf(workshop, "t-anna"));

        assertThat(statusOf(workshop, "t-anna")).isEqualTo("REMOVED");
        assertThat(statusOf(workshop, "t-baiba")).isEqualTo("CONFIRMED");
        assertThat(statusOf(workshop, "t-cilda")).isEqualTo("WAITING");
        assertThat(mailsFor(workshop)).containsExactly("CONFIRMED", "WAITING", "WAITING", "REMOVED", "PROMOTED");
        assertKey(() -> workshops.remove(workshop, signupOf(workshop, "t-anna")), "workshop.error.not-signed-up");
    }

    @Test
    void a_sign_up_of_another_workshop_cannot_be_removed_through_this_one() {
        long one = fixtures.workshop("Medijpratība", 1, true, nextWeek);
        long other = fixtures.workshop("Digitālie rīki", 1, true, nextWeek);
        add(other, "t-anna");

        assertThatThrownBy(() -> workshops.remove(one, signupOf(other, "t-anna"))).isInstanceOf(NotFoundException.class);
        assertThat(statusOf(other, "t-anna")).isEqualTo("CONFIRMED");
    }

    @Test
    void only_educator_accounts_are_found_and_added() {
        long workshop = fixtures.workshop("Medijpratība", 5, true, nextWeek);
        add(workshop, "t-anna");

        List<EducatorOption> found = workshops.educators(workshop, "", 0, 100);
        assertThat(found).extracting(EducatorOption::name).contains("Līga Pedagoģe", "Anna Kalniņa")
                .doesNotContain("Test t-anna", "Inga Koordinatore", "Viktors Finansētājs");
        assertThat(found).hasSizeLessThanOrEqualTo(50);
        assertThat(workshops.educators(workshop, "kalnina@", 0, 10)).extracting(EducatorOption::name)
                .containsExactly("Anna Kalniņa");

        long coordinator = dsl.fetchValue(USER_ACCOUNT.ID, USER_ACCOUNT.USERNAME.eq("coordinator"));
        assertKey(() -> workshops.addPerson(workshop, coordinator), "workshop.error.not-an-educator");
        assertKey(() -> workshops.addPerson(workshop, dsl.fetchValue(USER_ACCOUNT.ID, USER_ACCOUNT.USERNAME.eq("t-anna"))),
                "workshop.error.already-signed-up");
    }

    @Test
    void cancelling_the_workshop_tells_everyone_on_the_list() {
        long workshop = fixtures.workshop("Medijpratība", 1, true, nextWeek);
        add(workshop, "t-anna", "t-baiba");

        workshops.cancel(workshop, "  Lektors saslima ");

        var row = dsl.selectFrom(WORKSHOP).where(WORKSHOP.ACTIVITY_ID.eq(workshop)).fetchSingle();
        assertThat(row.getStatus()).isEqualTo("CANCELLED");
        assertThat(row.getCancelReason()).isEqualTo("Lektors saslima");
        assertThat(mailsFor(workshop)).containsExactly("CONFIRMED", "WAITING", "WORKSHOP_CANCELLED",
                "WORKSHOP_CANCELLED");
        assertThat(workshops.overview(workshop).cancelled()).isTrue();
        assertKey(() -> workshops.cancel(workshop, null), "workshop.error.cancelled");
    }

    // ---- attendance

    @Test
    void marking_attendance_makes_the_educator_a_participant_who_attended_and_unmarking_takes_it_back() {
        long workshop = fixtures.workshop("Medijpratība", 5, true, LocalDateTime.now(clock).withSecond(0).withNano(0));
        add(workshop, "t-anna");
        dsl.update(USER_ACCOUNT).set(USER_ACCOUNT.DISPLAY_NAME, "Anna Marija Zvaigzne")
                .set(USER_ACCOUNT.PRIVACY_CONSENT_AT, LocalDateTime.of(2026, 3, 2, 9, 30))
                .where(USER_ACCOUNT.USERNAME.eq("t-anna")).execute();
        long signup = signupOf(workshop, "t-anna");

        workshops.markAttendance(workshop, signup, true);

        var person = dsl.selectFrom(PARTICIPANT).where(PARTICIPANT.USER_ACCOUNT_ID.eq(
                dsl.fetchValue(USER_ACCOUNT.ID, USER_ACCOUNT.USERNAME.eq("t-anna")))).fetchSingle();
        assertThat(person.getCentreId()).isEqualTo(fixtures.preiliCentre());
        assertThat(person.getFirstName()).isEqualTo("Anna Marija");
        assertThat(person.getLastName()).isEqualTo("Zvaigzne");
        assertThat(person.getCategory()).isEqualTo("TEACHER");
        assertThat(person.getEmail()).isEqualTo("t-anna@example.lv");
        assertThat(person.getConsentGiven()).isTrue();
        assertThat(person.getConsentDate()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(dsl.fetchExists(ATTENDANCE, ATTENDANCE.ACTIVITY_ID.eq(workshop),
                ATTENDANCE.PARTICIPANT_ID.eq(person.getId()))).isTrue();
        assertThat(dsl.fetchValue(WORKSHOP_SIGNUP.ATTENDED, WORKSHOP_SIGNUP.ID.eq(signup))).isTrue();
        assertThat(workshops.attendance(workshop)).extracting(AttendanceMark::attended).containsExactly(true);
        assertKey(() -> workshops.remove(workshop, signup), "workshop.error.already-attended");

        workshops.markAttendance(workshop, signup, false);

        assertThat(dsl.fetchExists(ATTENDANCE, ATTENDANCE.ACTIVITY_ID.eq(workshop))).isFalse();
        assertThat(dsl.fetchValue(WORKSHOP_SIGNUP.ATTENDED, WORKSHOP_SIGNUP.ID.eq(signup))).isFalse();
        assertThat(dsl.fetchExists(PARTICIPANT, PARTICIPANT.ID.eq(person.getId()))).as("the person stays").isTrue();

        workshops.markAttendance(workshop, signup, true);
        assertThat(dsl.fetchCount(PARTICIPANT, PARTICIPANT.USER_ACCOUNT_ID.eq(person.getUserAccountId())))
                .as("the same participant again").isEqualTo(1);
    }

    @Test
    void an_educator_without_a_recorded_consent_time_gets_today_as_consent_date() {
        long workshop = fixtures.workshop("Medijpratība", 5, true, LocalDateTime.now(clock).withSecond(0).withNano(0));
        add(workshop, "t-anna");

        workshops.markAttendance(workshop, signupOf(workshop, "t-anna"), true);

        assertThat(dsl.fetchValue(PARTICIPANT.CONSENT_DATE, PARTICIPANT.EMAIL.eq("t-anna@example.lv")))
                .isEqualTo(LocalDate.now(clock));
    }

    @Test
    void the_check_list_saves_all_marks_at_once_and_only_for_confirmed_people() {
        long workshop = fixtures.workshop("Medijpratība", 2, true, LocalDateTime.now(clock).withSecond(0).withNano(0));
        add(workshop, "t-anna", "t-baiba", "t-cilda");
        Map<Long, Boolean> marks = new LinkedHashMap<>();
        workshops.attendance(workshop).forEach(m -> marks.put(m.signupId(), true));
        assertThat(marks).hasSize(2);

        assertThat(workshops.saveAttendance(workshop, marks)).isEqualTo(2);
        assertThat(dsl.fetchCount(ATTENDANCE, ATTENDANCE.ACTIVITY_ID.eq(workshop))).isEqualTo(2);
        assertThat(workshops.saveAttendance(workshop, marks)).as("nothing changed").isZero();

        Map<Long, Boolean> withWaiting = new LinkedHashMap<>(marks);
        withWaiting.put(signupOf(workshop, "t-cilda"), true);
        assertKey(() -> workshops.saveAttendance(workshop, withWaiting), "workshop.error.not-signed-up");
    }

    @Test
    void attendance_can_be_marked_from_the_start_of_the_workshop_not_a_minute_before() {
        LocalDateTime start = LocalDate.now(clock).plusDays(1).atTime(10, 0);
        long workshop = fixtures.workshop("Medijpratība", 5, true, start);
        add(workshop, "t-anna");
        long signup = signupOf(workshop, "t-anna");

        WorkshopService minuteBefore = at(start.minusMinutes(1));
        assertThat(minuteBefore.overview(workshop).attendanceOpen()).isFalse();
        assertKey(() -> minuteBefore.markAttendance(workshop, signup, true), "workshop.error.attendance-too-early");
        assertKey(() -> minuteBefore.saveAttendance(workshop, Map.of(signup, true)), "workshop.error.attendance-too-early");
        assertThat(dsl.fetchCount(ATTENDANCE, ATTENDANCE.ACTIVITY_ID.eq(workshop))).isZero();
        assertThat(dsl.fetchValue(WORKSHOP_SIGNUP.ATTENDED, WORKSHOP_SIGNUP.ID.eq(signup))).isFalse();

        WorkshopService atStart = at(start);
        assertThat(atStart.overview(workshop).attendanceOpen()).isTrue();
        atStart.markAttendance(workshop, signup, true);
        assertThat(dsl.fetchCount(ATTENDANCE, ATTENDANCE.ACTIVITY_ID.eq(workshop))).isEqualTo(1);
        assertThat(dsl.fetchValue(WORKSHOP_SIGNUP.ATTENDANCE_MARKED_AT, WORKSHOP_SIGNUP.ID.eq(signup))).isEqualTo(start);
    }

    /**
     * The service as it runs at the given moment: the real repository, seats and access checks,
     * with the application's clock fixed there (the caller is the logged-in coordinator).
     */
    private WorkshopService at(LocalDateTime moment) {
        return new WorkshopService(repository, seats, currentUser, Clock.fixed(moment.atZone(clock.getZone()).toInstant(),
                clock.getZone()), audit);
    }

    @Test
    void an_activity_with_sign_ups_cannot_be_deleted() {
        long workshop = fixtures.workshop("Medijpratība", 5, true, nextWeek);
        add(workshop, "t-anna");
        int version = dsl.fetchValue(ACTIVITY.VERSION, ACTIVITY.ID.eq(workshop));

        assertThatThrownBy(() -> activities.delete(workshop, version)).isInstanceOfSatisfying(ReferencedException.class,
                e -> assertThat(e.references()).extracting(ReferencedException.Reference::translationKey)
                        .containsExactly("workshop.signups"));
        assertThat(dsl.fetchExists(ACTIVITY, ACTIVITY.ID.eq(workshop))).isTrue();

        long empty = fixtures.workshop("Bez pieteikumiem", 5, true, nextWeek);
        activities.delete(empty, dsl.fetchValue(ACTIVITY.VERSION, ACTIVITY.ID.eq(empty)));
        assertThat(dsl.fetchExists(WORKSHOP, WORKSHOP.ACTIVITY_ID.eq(empty))).isFalse();
    }

    // ---- who may do what

    @Test
    void the_list_is_the_own_centres_for_a_coordinator_and_all_for_an_admin() {
        login("coordinator");
        List<WorkshopRow> preili = workshops.list(WorkshopFilter.all(), PageRequest.of(0, 100));
        assertThat(preili).isNotEmpty().allMatch(r -> r.centreName().startsWith("Preiļu"));
        assertThat(workshops.count(WorkshopFilter.all())).isEqualTo(preili.size());
        long ludzaId = dsl.fetchValue(CENTRE.ID, CENTRE.NAME.like("Ludzas%"));
        assertThat(workshops.count(new WorkshopFilter("", WorkshopFilter.When.ALL, null, ludzaId)))
                .as("a coordinator cannot ask for another centre").isEqualTo(preili.size());

        login("coordinator-ludza");
        assertThat(workshops.list(WorkshopFilter.all(), PageRequest.of(0, 100)))
                .isNotEmpty().allMatch(r -> r.centreName().startsWith("Ludzas"));

        login("admin");
        int all = workshops.count(WorkshopFilter.all());
        assertThat(all).isGreaterThan(preili.size());
        assertThat(workshops.count(new WorkshopFilter("", WorkshopFilter.When.ALL, null, ludzaId))).isEqualTo(1);
        assertThat(workshops.count(WorkshopFilter.upcoming()) + workshops.count(
                new WorkshopFilter("", WorkshopFilter.When.PAST, null, null))).isEqualTo(all);
        assertThat(workshops.list(WorkshopFilter.upcoming(), PageRequest.of(0, 100)))
                .extracting(WorkshopRow::startsAt).isSorted();
        assertThat(workshops.list(new WorkshopFilter("medijpr", WorkshopFilter.When.ALL, WorkshopStatus.OPEN, null),
                PageRequest.of(0, 10))).extracting(WorkshopRow::title).containsExactly("Pedagogu apmācības: medijpratība klasē");
        assertThatThrownBy(() -> workshops.list(WorkshopFilter.all(),
                new PageRequest(0, 10, List.of(new PageRequest.SortOrder("capacity; drop", true)))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_coordinator_of_another_centre_is_answered_about_a_workshop_as_about_a_missing_one() {
        long workshop = fixtures.workshop("Medijpratība", 1, true, nextWeek);
        add(workshop, "t-anna", "t-baiba");
        long signup = signupOf(workshop, "t-anna");
        long educator = dsl.fetchValue(USER_ACCOUNT.ID, USER_ACCOUNT.USERNAME.eq("educator"));
        WorkshopRecord settings = workshops.settings(workshop);
        long missing = dsl.select(DSL.max(ACTIVITY.ID)).from(ACTIVITY).fetchSingle().value1() + 1000;

        login("coordinator-ludza");
        for (long id : new long[] {workshop, missing}) {
            List<ThrowingCallable> calls = List.of(
                    () -> workshops.overview(id),
                    () -> workshops.settings(id),
                    () -> workshops.save(settings.copy().setActivityId(id).setCapacity(5)),
                    () -> workshops.signups(id, true, PageRequest.of(0, 10)),
                    () -> workshops.signupCount(id, true),
                    () -> workshops.educators(id, "", 0, 10),
                    () -> workshops.addPerson(id, educator),
                    () -> workshops.remove(id, signup),
                    () -> workshops.cancel(id, null),
                    () -> workshops.attendance(id),
                    () -> workshops.markAttendance(id, signup, true),
                    () -> workshops.saveAttendance(id, Map.of(signup, true)));
            for (ThrowingCallable call : calls) {
                assertAnsweredAsMissing(call, "activity", id);
            }
        }
        assertThat(statusOf(workshop, "t-anna")).isEqualTo("CONFIRMED");
        assertThat(dsl.fetchValue(WORKSHOP.CAPACITY, WORKSHOP.ACTIVITY_ID.eq(workshop))).isEqualTo(1);
        assertThat(dsl.fetchValue(WORKSHOP.STATUS, WORKSHOP.ACTIVITY_ID.eq(workshop))).isEqualTo("OPEN");
    }

    @Test
    void educators_and_funders_are_refused_everywhere() {
        long workshop = fixtures.workshop("Medijpratība", 1, true, nextWeek);
        add(workshop, "t-anna");
        long signup = signupOf(workshop, "t-anna");
        WorkshopRecord settings = workshops.settings(workshop);

        for (String role : List.of("educator", "funder")) {
            login(role);
            List<ThrowingCallable> calls = List.of(
                    () -> workshops.list(WorkshopFilter.all(), PageRequest.of(0, 10)),
                    () -> workshops.count(WorkshopFilter.all()),
                    () -> workshops.overview(workshop),
                    () -> workshops.settings(workshop),
                    () -> workshops.save(settings.setCapacity(5)),
                    () -> workshops.signups(workshop, true, PageRequest.of(0, 10)),
                    () -> workshops.signupCount(workshop, true),
                    () -> workshops.educators(workshop, "", 0, 10),
                    () -> workshops.addPerson(workshop, 1L),
                    () -> workshops.remove(workshop, signup),
                    () -> workshops.cancel(workshop, null),
                    () -> workshops.attendance(workshop),
                    () -> workshops.markAttendance(workshop, signup, true),
                    () -> workshops.saveAttendance(workshop, Map.of(signup, true)));
            for (ThrowingCallable call : calls) {
                assertThatThrownBy(call).as(role).isInstanceOf(AccessDeniedException.class);
            }
        }
        assertThat(statusOf(workshop, "t-anna")).isEqualTo("CONFIRMED");
    }
}
