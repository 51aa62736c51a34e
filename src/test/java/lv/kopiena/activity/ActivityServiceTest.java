package lv.kopiena.activity;

import static lv.kopiena.base.NotFoundAssertions.assertAnsweredAsMissing;
import static lv.kopiena.base.TextAssertions.WITH_LINE_BREAK;
import static lv.kopiena.base.TextAssertions.assertRefusedForControlCharacters;
import static lv.kopiena.jooq.Tables.ACTIVITY;
import static lv.kopiena.jooq.Tables.ACTIVITY_PRIORITY;
import static lv.kopiena.jooq.Tables.ACTIVITY_TARGET_GROUP;
import static lv.kopiena.jooq.Tables.ATTENDANCE;
import static lv.kopiena.jooq.Tables.ATTENDANCE_HEADCOUNT;
import static lv.kopiena.jooq.Tables.CENTRE;
import static lv.kopiena.jooq.Tables.INITIATIVE;
import static lv.kopiena.jooq.Tables.PARTICIPANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lv.kopiena.IntegrationTest;
import lv.kopiena.base.ConcurrentEditException;
import lv.kopiena.base.NotFoundException;
import lv.kopiena.base.PageRequest;
import lv.kopiena.base.ValidationException;
import lv.kopiena.jooq.tables.records.ActivityRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

class ActivityServiceTest extends IntegrationTest {

    @Autowired
    ActivityService activities;
    @Autowired
    AttendanceService attendance;
    @Autowired
    DSLContext dsl;

    // ---- creating and editing

    @Test
    void a_coordinator_creates_an_activity_with_priorities_and_target_groups_in_own_centre() {
        login("coordinator");
        InitiativeOption active = initiative("Aktīvās kopienas");
        LocalDateTime start = LocalDate.now().minusDays(3).atTime(15, 0);
        PhaseOption phase = activities.phases(active.id()).stream().filter(p -> p.contains(start.toLocalDate()))
                .findFirst().orElseThrow();
        InstitutionOption library = activities.institutions("galvenā bibliotēka", 0, 50).getFirst();
        List<TagOption> priorities = activities.priorities(null);
        List<TagOption> groups = activities.targetGroups(null);

        ActivityRecord record = activities.newActivity();
        assertThat(record.getCentreId()).isEqualTo(centre("Preiļu"));
        record.setType(ActivityType.ROUND_TABLE.name());
        record.setTitle("  Apaļais galds: kopienas budžets ");
        record.setStartsAt(start);
        record.setEndsAt(start.plusHours(2));
        record.setPlace("Preiļu galvenā bibliotēka");
        record.setInitiativeId(active.id());
        record.setPhaseId(phase.id());
        record.setOrganiserInstitutionId(library.id());
        long id = activities.save(record, new ActivityLinks(Set.of(priorities.get(0).id(), priorities.get(4).id()),
                Set.of(groups.get(2).id()))).getId();

        assertThat(dsl.fetchValue(ACTIVITY.CENTRE_ID, ACTIVITY.ID.eq(id))).isEqualTo(centre("Preiļu"));
        assertThat(dsl.fetch(ACTIVITY_PRIORITY, ACTIVITY_PRIORITY.ACTIVITY_ID.eq(id)).getValues(ACTIVITY_PRIORITY.PRIORITY_ID))
                .containsExactlyInAnyOrder(priorities.get(0).id(), priorities.get(4).id());
        assertThat(dsl.fetchCount(ACTIVITY_TARGET_GROUP, ACTIVITY_TARGET_GROUP.ACTIVITY_ID.eq(id))).isEqualTo(1);
        List<ActivityRow> found = activities.list(ActivityFilter.all().withSearch("kopienas budžets"), PageRequest.of(0, 10));
        assertThat(found).singleElement().satisfies(row -> {
            assertThat(row.title()).isEqualTo("Apaļais galds: kopienas budžets");
            assertThat(row.type()).isEqualTo(ActivityType.ROUND_TABLE);
            assertThat(row.initiativeTitle()).isEqualTo("Aktīvās kopienas");
            assertThat(row.total()).isZero();
        });
        ActivityDetail detail = activities.detail(id);
        assertThat(detail.phaseName()).isEqualTo(phase.name());
        assertThat(detail.organiserInstitution()).isEqualTo(library.name());
        assertThat(detail.priorities()).extracting(TagOption::id)
                .containsExactly(priorities.get(0).id(), priorities.get(4).id());
    }

    @Test
    void editing_replaces_the_tags_and_keeps_the_rest() {
        login("coordinator");
        long id = someActivity("Preiļu");
        List<TagOption> priorities = activities.priorities(id);
        ActivityRecord record = activities.get(id);
        String place = record.getPlace();
        record.setTitle("Pārdēvēta aktivitāte");
        activities.save(record, new ActivityLinks(Set.of(priorities.getLast().id()), Set.of()));

        ActivityRecord saved = activities.get(id);
        assertThat(saved.getTitle()).isEqualTo("Pārdēvēta aktivitāte");
        assertThat(saved.getPlace()).isEqualTo(place);
        assertThat(activities.links(id)).isEqualTo(new ActivityLinks(Set.of(priorities.getLast().id()), Set.of()));
    }

    @Test
    void the_second_of_two_concurrent_edits_is_refused_not_overwritten() {
        login("coordinator");
        long id = someActivity("Preiļu");
        ActivityRecord first = activities.get(id);
        ActivityRecord second = activities.get(id);
        first.setPlace("Aglonas vidusskolas aktu zāle");
        activities.save(first, activities.links(id));
        second.setPlace("Riebiņu saieta nams");

        assertThatThrownBy(() -> activities.save(second, ActivityLinks.none())).isInstanceOf(ConcurrentEditException.class);
        assertThat(activities.get(id).getPlace()).isEqualTo("Aglonas vidusskolas aktu zāle");
    }

    @Test
    void an_end_before_the_start_is_refused() {
        login("coordinator");
        ActivityRecord record = valid();
        record.setEndsAt(record.getStartsAt().minusMinutes(1));
        assertValidation(record, "validation.period");
    }

    @Test
    void a_phase_without_an_initiative_is_refused() {
        login("coordinator");
        ActivityRecord record = valid();
        record.setPhaseId(activities.phases(initiative("Aktīvās kopienas").id()).getFirst().id());
        assertValidation(record, "activity.error.phase-needs-initiative");
    }

    @Test
    void a_phase_of_another_initiative_is_refused() {
        login("coordinator");
        long other = dsl.insertInto(INITIATIVE).set(INITIATIVE.CENTRE_ID, centre("Preiļu"))
                .set(INITIATIVE.TITLE, "Otrā iniciatīva").set(INITIATIVE.STARTS_ON, LocalDate.now().minusYears(1))
                .returning(INITIATIVE.ID).fetchOne(INITIATIVE.ID);
        ActivityRecord record = valid();
        record.setInitiativeId(other);
        record.setPhaseId(activities.phases(initiative("Aktīvās kopienas").id()).getFirst().id());
        assertValidation(record, "activity.error.phase-of-other-initiative");
    }

    @Test
    void an_initiative_of_another_centre_is_refused() {
        login("coordinator");
        ActivityRecord record = valid();
        record.setInitiativeId(dsl.fetchValue(INITIATIVE.ID, INITIATIVE.CENTRE_ID.eq(centre("Ludzas"))));
        assertValidation(record, "activity.error.initiative-other-centre");
    }

    @Test
    void an_institution_and_a_person_both_as_organiser_are_refused() {
        login("coordinator");
        ActivityRecord record = valid();
        record.setOrganiserInstitutionId(activities.institutions("", 0, 1).getFirst().id());
        record.setOrganiserPerson("Anna Demo-Ozoliņa");
        assertValidation(record, "activity.error.organiser-both");
    }

    @Test
    void a_title_is_required() {
        login("coordinator");
        ActivityRecord record = valid();
        record.setTitle("  ");
        assertValidation(record, "validation.required");
    }

    @Test
    void a_title_place_or_organiser_with_a_line_break_is_refused_and_nothing_is_stored() {
        login("coordinator");
        int activitiesBefore = dsl.fetchCount(ACTIVITY);
        ActivityRecord title = valid();
        title.setTitle("Seminārs" + WITH_LINE_BREAK);
        assertRefusedForControlCharacters(() -> activities.save(title, ActivityLinks.none()));
        ActivityRecord place = valid();
        place.setPlace("Preiļi\tRaiņa bulvāris 19");
        assertRefusedForControlCharacters(() -> activities.save(place, ActivityLinks.none()));
        ActivityRecord organiser = valid();
        organiser.setOrganiserPerson("Anna\nBērziņa");
        assertRefusedForControlCharacters(() -> activities.save(organiser, ActivityLinks.none()));
        assertThat(dsl.fetchCount(ACTIVITY)).isEqualTo(activitiesBefore);
    }

    @Test
    void an_admin_chooses_the_centre_and_a_coordinator_cannot_move_an_activity() {
        login("admin");
        ActivityRecord record = valid();
        assertValidation(record, "validation.required");
        record.setCentreId(centre("Krāslavas"));
        long id = activities.save(record, ActivityLinks.none()).getId();
        assertThat(dsl.fetchValue(ACTIVITY.CENTRE_ID, ACTIVITY.ID.eq(id))).isEqualTo(centre("Krāslavas"));

        login("coordinator");
        ActivityRecord own = activities.get(someActivity("Preiļu"));
        own.setCentreId(centre("Ludzas"));
        assertThatThrownBy(() -> activities.save(own, ActivityLinks.none()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.translationKey()).isEqualTo("activity.error.centre-changed"));
    }

    // ---- the list

    @Test
    void the_list_adds_up_named_attendance_and_head_counts_per_row() {
        login("coordinator");
        List<ActivityRow> rows = activities.list(ActivityFilter.all(), PageRequest.of(0, 100));
        assertThat(rows).isNotEmpty();
        assertThat(rows).anySatisfy(r -> assertThat(r.headCount()).isPositive());
        for (ActivityRow row : rows) {
            int named = dsl.fetchCount(ATTENDANCE, ATTENDANCE.ACTIVITY_ID.eq(row.id()));
            BigDecimal heads = dsl.select(DSL.coalesce(DSL.sum(ATTENDANCE_HEADCOUNT.HEAD_COUNT), BigDecimal.ZERO))
                    .from(ATTENDANCE_HEADCOUNT).where(ATTENDANCE_HEADCOUNT.ACTIVITY_ID.eq(row.id())).fetchOne().value1();
            assertThat(row.namedCount()).as(row.title()).isEqualTo(named);
            assertThat(row.total()).as(row.title()).isEqualTo(named + heads.intValue());
        }
    }

    @Test
    void a_coordinator_lists_only_the_own_centre_even_when_asking_for_another() {
        login("coordinator");
        int preili = dsl.fetchCount(ACTIVITY, ACTIVITY.CENTRE_ID.eq(centre("Preiļu")));
        ActivityFilter ludza = ActivityFilter.all().withCentre(centre("Ludzas"));
        assertThat(activities.count(ludza)).isEqualTo(preili);
        assertThat(activities.list(ludza, PageRequest.of(0, 1000))).hasSize(preili)
                .allSatisfy(r -> assertThat(r.centreId()).isEqualTo(centre("Preiļu")));
    }

    @Test
    void an_admin_lists_all_centres_or_one() {
        login("admin");
        assertThat(activities.count(ActivityFilter.all())).isEqualTo(dsl.fetchCount(ACTIVITY));
        assertThat(activities.count(ActivityFilter.all().withCentre(centre("Ludzas")))).isEqualTo(11);
    }

    @Test
    void filters_by_type_initiative_period_and_text() {
        login("coordinator");
        assertThat(activities.list(ActivityFilter.all().withType(ActivityType.WORKSHOP), PageRequest.of(0, 100)))
                .isNotEmpty().allSatisfy(r -> assertThat(r.type()).isEqualTo(ActivityType.WORKSHOP));
        long active = initiative("Aktīvās kopienas").id();
        assertThat(activities.count(ActivityFilter.all().withInitiative(active)))
                .isEqualTo(dsl.fetchCount(ACTIVITY, ACTIVITY.INITIATIVE_ID.eq(active)));

        ActivityRow some = activities.list(ActivityFilter.all(), PageRequest.of(5, 1)).getFirst();
        LocalDate day = some.startsAt().toLocalDate();
        assertThat(activities.list(ActivityFilter.all().withPeriod(day, day), PageRequest.of(0, 100)))
                .extracting(ActivityRow::id).contains(some.id())
                .allSatisfy(id -> assertThat(dsl.fetchValue(ACTIVITY.STARTS_AT, ACTIVITY.ID.eq(id)).toLocalDate()).isEqualTo(day));
        assertThat(activities.list(ActivityFilter.all().withPeriod(day.plusDays(1), null), PageRequest.of(0, 1000)))
                .extracting(ActivityRow::id).doesNotContain(some.id());

        assertThat(activities.list(ActivityFilter.all().withSearch("Vārkavas kultūras"), PageRequest.of(0, 100)))
                .isNotEmpty().allSatisfy(r -> assertThat(r.place()).isEqualTo("Vārkavas kultūras nams"));
        assertThat(activities.count(ActivityFilter.all().withSearch("100%_"))).isZero();
    }

    @Test
    void newest_first_by_default_and_sorted_by_title_on_request() {
        login("coordinator");
        List<ActivityRow> rows = activities.list(ActivityFilter.all(), PageRequest.of(0, 1000));
        assertThat(rows).extracting(ActivityRow::startsAt).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        List<ActivityRow> byTitle = activities.list(ActivityFilter.all(),
                new PageRequest(0, 1000, List.of(new PageRequest.SortOrder("title", true))));
        assertThat(byTitle).extracting(ActivityRow::id).containsExactlyElementsOf(dsl.select(ACTIVITY.ID).from(ACTIVITY)
                .where(ACTIVITY.CENTRE_ID.eq(centre("Preiļu")))
                .orderBy(ACTIVITY.TITLE, ACTIVITY.ID).fetch(ACTIVITY.ID));
        assertThatThrownBy(() -> activities.list(ActivityFilter.all(),
                new PageRequest(0, 10, List.of(new PageRequest.SortOrder("organiser_person", true)))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ---- attendance

    @Test
    void marking_a_participant_twice_is_harmless_and_removing_unmarks() {
        login("coordinator");
        long activity = freshActivity();
        ParticipantOption anna = attendance.candidates(activity, "", 0, 1).getFirst();

        assertThat(attendance.add(activity, anna.id())).isTrue();
        assertThat(attendance.add(activity, anna.id())).isFalse();
        assertThat(dsl.fetchCount(ATTENDANCE, ATTENDANCE.ACTIVITY_ID.eq(activity))).isEqualTo(1);
        assertThat(attendance.attendees(activity, PageRequest.of(0, 10))).extracting(Attendee::participantId)
                .containsExactly(anna.id());
        assertThat(attendance.candidates(activity, anna.lastName(), 0, 50)).extracting(ParticipantOption::id)
                .doesNotContain(anna.id());

        assertThat(attendance.remove(activity, anna.id())).isTrue();
        assertThat(attendance.remove(activity, anna.id())).isFalse();
        assertThat(attendance.attendeeCount(activity)).isZero();
    }

    @Test
    void the_participant_search_finds_the_centres_people_by_name_or_birth_year_at_most_50() {
        login("coordinator");
        long activity = freshActivity();
        assertThat(attendance.candidates(activity, "", 0, 200)).hasSize(50);
        assertThat(attendance.candidates(activity, "", 50, 50)).isEmpty();
        ParticipantOption someone = attendance.candidates(activity, "", 10, 1).getFirst();
        assertThat(attendance.candidates(activity, someone.lastName().substring(0, 3) + " " + someone.firstName(), 0, 50))
                .extracting(ParticipantOption::id).contains(someone.id());
        assertThat(attendance.candidates(activity, someone.firstName() + " " + someone.birthYear(), 0, 50))
                .allSatisfy(p -> assertThat(p.birthYear()).isEqualTo(someone.birthYear()))
                .extracting(ParticipantOption::id).contains(someone.id());
        long ludzaPeople = dsl.fetchCount(PARTICIPANT, PARTICIPANT.CENTRE_ID.eq(centre("Ludzas")));
        assertThat(ludzaPeople).isPositive();
        List<Long> ids = attendance.candidates(activity, "", 0, 50).stream().map(ParticipantOption::id).toList();
        assertThat(dsl.fetchCount(PARTICIPANT, PARTICIPANT.ID.in(ids).and(PARTICIPANT.CENTRE_ID.ne(centre("Preiļu"))))).isZero();
    }

    @Test
    void the_check_list_offers_the_initiatives_usual_participants() {
        login("coordinator");
        long activity = freshActivity();
        List<ChecklistEntry> list = attendance.checklist(activity);
        assertThat(list).isNotEmpty().hasSizeLessThanOrEqualTo(100).noneMatch(ChecklistEntry::attending);
        ParticipantOption first = list.getFirst().participant();
        long timesThere = dsl.fetchCount(ATTENDANCE.join(ACTIVITY).on(ACTIVITY.ID.eq(ATTENDANCE.ACTIVITY_ID)),
                ATTENDANCE.PARTICIPANT_ID.eq(first.id()).and(ACTIVITY.INITIATIVE_ID.eq(initiative("Aktīvās kopienas").id())));
        assertThat(timesThere).isPositive();

        attendance.add(activity, first.id());
        assertThat(attendance.checklist(activity)).filteredOn(ChecklistEntry::attending)
                .extracting(e -> e.participant().id()).containsExactly(first.id());
    }

    @Test
    void without_an_initiative_the_check_list_offers_the_centres_regulars_of_the_last_year() {
        login("coordinator");
        long activity = activities.save(valid(), ActivityLinks.none()).getId();
        List<ChecklistEntry> list = attendance.checklist(activity);
        assertThat(list).isNotEmpty();
        List<Long> ids = list.stream().map(e -> e.participant().id()).toList();
        assertThat(dsl.fetchCount(PARTICIPANT, PARTICIPANT.ID.in(ids).and(PARTICIPANT.CENTRE_ID.ne(centre("Preiļu"))))).isZero();
    }

    @Test
    void head_counts_are_saved_per_category_and_zero_removes_the_row() {
        login("coordinator");
        long activity = freshActivity();
        Map<ParticipantCategory, Integer> shown = attendance.headCounts(activity);
        assertThat(shown).isEmpty();

        Map<ParticipantCategory, Integer> now = attendance.saveHeadCounts(activity, shown,
                Map.of(ParticipantCategory.CHILD, 12, ParticipantCategory.PARENT, 4));
        assertThat(now).containsOnly(Map.entry(ParticipantCategory.CHILD, 12), Map.entry(ParticipantCategory.PARENT, 4));
        ParticipantOption someone = attendance.candidates(activity, "", 0, 1).getFirst();
        attendance.add(activity, someone.id());
        assertThat(attendance.totals(activity).total()).isEqualTo(17);
        assertThat(activities.list(ActivityFilter.all().withSearch("Testa aktivitāte"), PageRequest.of(0, 10)))
                .singleElement()
                .satisfies(r -> assertThat(r.total()).isEqualTo(17));

        now = attendance.saveHeadCounts(activity, now, Map.of(ParticipantCategory.CHILD, 12));
        assertThat(now).containsOnly(Map.entry(ParticipantCategory.CHILD, 12));
        assertThat(dsl.fetchCount(ATTENDANCE_HEADCOUNT, ATTENDANCE_HEADCOUNT.ACTIVITY_ID.eq(activity))).isEqualTo(1);
        assertThatThrownBy(() -> attendance.saveHeadCounts(activity, Map.of(), Map.of(ParticipantCategory.MEDIA, -1)))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void a_head_count_someone_else_changed_meanwhile_is_not_overwritten() {
        login("coordinator");
        long activity = freshActivity();
        attendance.saveHeadCounts(activity, Map.of(), Map.of(ParticipantCategory.CHILD, 5));
        Map<ParticipantCategory, Integer> seenByA = attendance.headCounts(activity);
        Map<ParticipantCategory, Integer> seenByB = attendance.headCounts(activity);

        attendance.saveHeadCounts(activity, seenByB, Map.of(ParticipantCategory.CHILD, 7, ParticipantCategory.SENIOR, 2));
        assertThatThrownBy(() -> attendance.saveHeadCounts(activity, seenByA, Map.of(ParticipantCategory.CHILD, 6)))
                .isInstanceOfSatisfying(HeadCountConflictException.class,
                        e -> assertThat(e.changedMeanwhile()).containsExactly(Map.entry(ParticipantCategory.CHILD, 7)));
        assertThat(attendance.headCounts(activity)).containsOnly(
                Map.entry(ParticipantCategory.CHILD, 7), Map.entry(ParticipantCategory.SENIOR, 2));

        // a change to a category the other did not touch goes through and keeps theirs
        attendance.saveHeadCounts(activity, seenByA, Map.of(ParticipantCategory.CHILD, 5, ParticipantCategory.MEDIA, 1));
        assertThat(attendance.headCounts(activity)).containsOnly(Map.entry(ParticipantCategory.CHILD, 7),
                Map.entry(ParticipantCategory.SENIOR, 2), Map.entry(ParticipantCategory.MEDIA, 1));
    }

    @Test
    void attendance_of_an_activity_deleted_meanwhile_is_refused_with_not_found() {
        login("coordinator");
        long activity = freshActivity();
        ParticipantOption someone = attendance.candidates(activity, "", 0, 1).getFirst();
        activities.delete(activity, activities.detail(activity).version());

        assertThatThrownBy(() -> attendance.saveHeadCounts(activity, Map.of(), Map.of(ParticipantCategory.CHILD, 3)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> attendance.add(activity, someone.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void deleting_an_activity_takes_its_attendance_along_unless_it_changed_meanwhile() {
        login("coordinator");
        long id = someActivity("Preiļu");
        assertThat(attendance.totals(id).named()).isPositive();
        int seenVersion = activities.detail(id).version();
        ActivityRecord edited = activities.get(id);
        edited.setPlace("Cits nams");
        activities.save(edited, activities.links(id));

        assertThatThrownBy(() -> activities.delete(id, seenVersion)).isInstanceOf(ConcurrentEditException.class);
        activities.delete(id, activities.detail(id).version());
        assertThat(dsl.fetchCount(ACTIVITY, ACTIVITY.ID.eq(id))).isZero();
        assertThat(dsl.fetchCount(ATTENDANCE, ATTENDANCE.ACTIVITY_ID.eq(id))).isZero();
        assertThat(dsl.fetchCount(ATTENDANCE_HEADCOUNT, ATTENDANCE_HEADCOUNT.ACTIVITY_ID.eq(id))).isZero();
    }

    // ---- who may do what

    @Test
    void a_coordinator_of_ludza_is_answered_about_a_preili_activity_exactly_as_about_a_missing_one() {
        login("coordinator");
        long preili = someActivity("Preiļu");
        ActivityRecord stolen = activities.get(preili);
        int version = activities.detail(preili).version();
        long preiliPerson = attendance.attendees(preili, PageRequest.of(0, 1)).getFirst().participantId();
        long initiative = initiative("Aktīvās kopienas").id();
        long missing = dsl.select(DSL.max(ACTIVITY.ID)).from(ACTIVITY).fetchSingle().value1() + 1000;

        login("coordinator-ludza");
        for (long id : new long[] {preili, missing}) {
            assertAnsweredAsMissing(() -> activities.get(id), "activity", id);
            assertAnsweredAsMissing(() -> activities.detail(id), "activity", id);
            assertAnsweredAsMissing(() -> activities.links(id), "activity", id);
            assertAnsweredAsMissing(() -> activities.delete(id, version), "activity", id);
            assertAnsweredAsMissing(() -> activities.priorities(id), "activity", id);
            assertAnsweredAsMissing(() -> attendance.attendees(id, PageRequest.of(0, 10)), "activity", id);
            assertAnsweredAsMissing(() -> attendance.totals(id), "activity", id);
            assertAnsweredAsMissing(() -> attendance.candidates(id, "", 0, 10), "activity", id);
            assertAnsweredAsMissing(() -> attendance.checklist(id), "activity", id);
            assertAnsweredAsMissing(() -> attendance.remove(id, preiliPerson), "activity", id);
            assertAnsweredAsMissing(() -> attendance.add(id, preiliPerson), "activity", id);
            assertAnsweredAsMissing(() -> attendance.headCounts(id), "activity", id);
            assertAnsweredAsMissing(() -> attendance.saveHeadCounts(id, Map.of(), Map.of(ParticipantCategory.CHILD, 1)),
                    "activity", id);
        }
        assertAnsweredAsMissing(() -> activities.phases(initiative), "initiative", initiative);
        assertAnsweredAsMissing(() -> activities.phases(missing), "initiative", missing);
        stolen.setTitle("Pārņemts");
        // saving another centre's activity reads like saving one that was deleted meanwhile
        assertThatThrownBy(() -> activities.save(stolen, ActivityLinks.none())).isExactlyInstanceOf(ConcurrentEditException.class)
                .hasMessage(new ConcurrentEditException("activity " + preili, null).getMessage());
        assertThat(activities.list(ActivityFilter.all(), PageRequest.of(0, 1000)))
                .extracting(ActivityRow::id).doesNotContain(preili);
        assertThat(activities.initiatives(null)).extracting(InitiativeOption::title).doesNotContain("Aktīvās kopienas");

        assertThat(dsl.fetchValue(ACTIVITY.TITLE, ACTIVITY.ID.eq(preili))).isNotEqualTo("Pārņemts");
        assertThat(dsl.fetchCount(ACTIVITY, ACTIVITY.ID.eq(preili))).isEqualTo(1);
        assertThat(dsl.fetchCount(ATTENDANCE, ATTENDANCE.ACTIVITY_ID.eq(preili).and(ATTENDANCE.PARTICIPANT_ID.eq(preiliPerson))))
                .isEqualTo(1);
    }

    @Test
    void only_participants_of_the_activitys_centre_can_be_marked() {
        login("coordinator");
        long preiliPerson = attendance.candidates(freshActivity(), "", 0, 1).getFirst().id();

        // the coordinator of Ludza does not see Preiļi's people: "not found", as for a missing person
        login("coordinator-ludza");
        long ludza = someActivity("Ludzas");
        assertAnsweredAsMissing(() -> attendance.add(ludza, preiliPerson), "participant", preiliPerson);
        // the admin sees both: a plain refusal
        login("admin");
        assertThatThrownBy(() -> attendance.add(ludza, preiliPerson))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.translationKey()).isEqualTo("activity.error.participant-other-centre"));
        assertThat(dsl.fetchCount(ATTENDANCE, ATTENDANCE.PARTICIPANT_ID.eq(preiliPerson).and(ATTENDANCE.ACTIVITY_ID.eq(ludza))))
                .isZero();
    }

    @Test
    void educators_and_funders_have_no_access_to_activities_or_attendance() {
        login("coordinator");
        long id = someActivity("Preiļu");
        for (String user : List.of("educator", "funder")) {
            login(user);
            assertThatThrownBy(() -> activities.list(ActivityFilter.all(), PageRequest.of(0, 10))).as(user)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> activities.count(ActivityFilter.all())).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> activities.detail(id)).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> activities.newActivity()).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> activities.save(new ActivityRecord(), ActivityLinks.none())).as(user)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> activities.delete(id, 0)).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> attendance.attendees(id, PageRequest.of(0, 10))).as(user)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> attendance.totals(id)).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> attendance.add(id, 1L)).as(user).isInstanceOf(AccessDeniedException.class);
        }
        logout();
        assertThatThrownBy(() -> activities.list(ActivityFilter.all(), PageRequest.of(0, 10)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> attendance.attendees(id, PageRequest.of(0, 10)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    // ---- helpers

    private ActivityRecord valid() {
        ActivityRecord record = activities.newActivity();
        record.setType(ActivityType.SEMINAR.name());
        record.setTitle("Seminārs: brīvprātīgais darbs");
        record.setStartsAt(LocalDateTime.now().plusDays(7).withHour(10).withMinute(0).withSecond(0).withNano(0));
        return record;
    }

    private void assertValidation(ActivityRecord record, String key) {
        assertThatThrownBy(() -> activities.save(record, ActivityLinks.none()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.translationKey()).isEqualTo(key));
    }

    private long centre(String namePrefix) {
        return dsl.fetchValue(CENTRE.ID, CENTRE.NAME.startsWith(namePrefix));
    }

    private InitiativeOption initiative(String title) {
        return activities.initiatives(null).stream().filter(i -> i.title().equals(title)).findFirst().orElseThrow();
    }

    /** A past activity of the centre that has named attendance. */
    private long someActivity(String centrePrefix) {
        return dsl.select(ACTIVITY.ID).from(ACTIVITY)
                .where(ACTIVITY.CENTRE_ID.eq(centre(centrePrefix)),
                        DSL.exists(DSL.selectOne().from(ATTENDANCE).where(ATTENDANCE.ACTIVITY_ID.eq(ACTIVITY.ID))))
                .orderBy(ACTIVITY.STARTS_AT.desc()).limit(1).fetchOne(ACTIVITY.ID);
    }

    /** A new activity of the logged-in coordinator's centre in "Aktīvās kopienas", nobody marked yet. */
    private long freshActivity() {
        ActivityRecord record = valid();
        record.setTitle("Testa aktivitāte ar apmeklējumu");
        record.setInitiativeId(initiative("Aktīvās kopienas").id());
        return activities.save(record, ActivityLinks.none()).getId();
    }

}
