package lv.kopiena.participant;

import static lv.kopiena.base.NotFoundAssertions.assertAnsweredAsMissing;
import static lv.kopiena.base.TextAssertions.WITH_LINE_BREAK;
import static lv.kopiena.base.TextAssertions.assertRefusedForControlCharacters;
import static lv.kopiena.jooq.Tables.ATTENDANCE;
import static lv.kopiena.jooq.Tables.PARTICIPANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import lv.kopiena.IntegrationTest;
import lv.kopiena.base.ConcurrentEditException;
import lv.kopiena.base.PageRequest;
import lv.kopiena.base.ReferencedException;
import lv.kopiena.base.ValidationException;
import lv.kopiena.jooq.tables.records.ParticipantRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class ParticipantServiceTest extends IntegrationTest {

    @Autowired
    ParticipantService participants;
    @Autowired
    DSLContext dsl;

    // --- creating and editing, with the consent rules

    @Test
    void a_coordinator_registers_an_adult_with_consent_in_its_own_centre() {
        long preili = login("coordinator").centreId();
        ParticipantRecord p = adult("  Zigfrīds ", "Apinis", 1975);
        p.setEmail(" Zigfrids.Apinis@Example.LV ");
        p.setCentreId(999L); // a centre id from the UI is not trusted
        participants.save(p);

        ParticipantRecord saved = participants.get(p.getId());
        assertThat(saved.getCentreId()).isEqualTo(preili);
        assertThat(saved.getFirstName()).isEqualTo("Zigfrīds");
        assertThat(saved.getEmail()).isEqualTo("zigfrids.apinis@example.lv");
        List<ParticipantRow> found = participants.list(ParticipantFilter.all().withSearch("zigfrids apin"), PageRequest.of(0, 10));
        assertThat(found).extracting(ParticipantRow::fullName).containsExactly("Zigfrīds Apinis");
        assertThat(found.getFirst().consent()).isEqualTo(ConsentState.OWN);
        assertThat(found.getFirst().attendanceCount()).isZero();
    }

    @Test
    void a_name_with_a_line_break_is_refused_and_nothing_is_stored() {
        login("coordinator");
        assertRefusedForControlCharacters(() -> participants.save(adult("Zigfrīds" + WITH_LINE_BREAK, "Apinis", 1975)));
        ParticipantRecord phone = adult("Zigfrīds", "Apinis", 1975);
        phone.setPhone("20000000\r");
        assertRefusedForControlCharacters(() -> participants.save(phone));
        ParticipantRecord notes = adult("Zigfrīds", "Apinis", 1975);
        notes.setNotes("Nāk ar māsu.\nValoda: latgaliešu\u0000");
        assertThatThrownBy(() -> participants.save(notes)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.translationKey()).isEqualTo("validation.control-characters.multi-line"));
        assertThat(participants.count(ParticipantFilter.all().withSearch("Apinis"))).isZero();

        ParticipantRecord multiLineNotes = adult("Zigfrīds", "Apinis", 1975);
        multiLineNotes.setNotes("Nāk ar māsu.\n\tValoda: latgaliešu");
        participants.save(multiLineNotes);
        assertThat(participants.get(multiLineNotes.getId()).getNotes()).isEqualTo("Nāk ar māsu.\n\tValoda: latgaliešu");
    }

    @Test
    void an_adult_without_own_consent_is_not_stored() {
        login("coordinator");
        ParticipantRecord p = adult("Zigfrīds", "Apinis", 1975);
        p.setConsentGiven(false);
        assertRefused(p, "participant.error.consent");

        ParticipantRecord noDate = adult("Zigfrīds", "Apinis", 1975);
        noDate.setConsentDate(null);
        assertRefused(noDate, "participant.error.consent");
    }

    @Test
    void someone_under_16_needs_a_guardians_consent_with_name_and_date() {
        login("coordinator");
        int year = participants.today().getYear();
        ParticipantRecord child = person("Elza", "Apine", ParticipantCategory.CHILD, year - 15);
        child.setConsentGiven(true);
        child.setConsentDate(participants.today());
        assertRefused(child, "participant.error.guardian-consent");

        child.setGuardianConsent(true);
        child.setGuardianConsentDate(participants.today());
        assertRefused(child, "participant.error.guardian-consent"); // no guardian name

        child.setGuardianName("Ilze Apine");
        participants.save(child);
        assertThat(participants.row(child.getId()).consent()).isEqualTo(ConsentState.GUARDIAN);
    }

    @Test
    void at_16_the_persons_own_consent_is_needed_not_a_guardians() {
        login("coordinator");
        int year = participants.today().getYear();
        ParticipantRecord young = person("Roberts", "Apinis", ParticipantCategory.YOUNG_PERSON, year - 16);
        young.setGuardianConsent(true);
        young.setGuardianName("Ilze Apine");
        young.setGuardianConsentDate(participants.today());
        assertRefused(young, "participant.error.consent");

        young.setConsentGiven(true);
        young.setConsentDate(participants.today());
        participants.save(young);
        assertThat(participants.row(young.getId()).consent()).isEqualTo(ConsentState.OWN);
    }

    @Test
    void a_child_needs_a_year_of_birth() {
        login("coordinator");
        ParticipantRecord child = person("Elza", "Apine", ParticipantCategory.CHILD, null);
        child.setConsentGiven(true);
        child.setConsentDate(participants.today());
        assertRefused(child, "participant.error.child-birth-year");
    }

    @Test
    void a_year_of_birth_in_the_future_or_before_1900_is_refused() {
        login("coordinator");
        int year = participants.today().getYear();
        assertRefused(adult("Zigfrīds", "Apinis", year + 1), "participant.error.birth-year");
        assertRefused(adult("Zigfrīds", "Apinis", 1899), "participant.error.birth-year");
    }

    @Test
    void a_consent_dated_in_the_future_is_refused() {
        login("coordinator");
        ParticipantRecord p = adult("Zigfrīds", "Apinis", 1975);
        p.setConsentDate(participants.today().plusDays(1));
        assertRefused(p, "participant.error.consent-date-future");
    }

    @Test
    void the_second_of_two_concurrent_edits_is_refused_not_overwritten() {
        login("coordinator");
        long id = participants.save(adult("Zigfrīds", "Apinis", 1975)).getId();
        ParticipantRecord first = participants.get(id);
        ParticipantRecord second = participants.get(id);
        first.setPhone("+371 20000011");
        participants.save(first);
        second.setPhone("+371 20000022");

        assertThatThrownBy(() -> participants.save(second)).isInstanceOf(ConcurrentEditException.class);
        assertThat(participants.get(id).getPhone()).isEqualTo("+371 20000011");
    }

    @Test
    void a_participant_stays_in_the_centre_that_registered_them() {
        long preili = ownCentre("coordinator");
        long ludzaParticipant = firstOf("coordinator-ludza").id();
        login("admin");
        ParticipantRecord p = participants.get(ludzaParticipant);
        p.setCentreId(preili);
        assertThatThrownBy(() -> participants.save(p)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.translationKey()).isEqualTo("participant.error.centre-fixed"));
    }

    @Test
    void an_admin_must_choose_the_centre_of_a_new_participant() {
        long ludza = ownCentre("coordinator-ludza");
        login("admin");
        ParticipantRecord p = adult("Zigfrīds", "Apinis", 1975);
        p.setCentreId(null);
        assertRefused(p, "participant.error.centre-required");
        p.setCentreId(ludza);
        participants.save(p);
        assertThat(participants.row(p.getId()).centreName()).isEqualTo("Ludzas Kopienu resursu centrs");
    }

    // --- lists and filters

    @Test
    void each_coordinator_lists_only_its_own_centre_and_an_admin_all_or_one() {
        login("coordinator");
        assertThat(participants.count(ParticipantFilter.all())).isEqualTo(164);
        assertThat(participants.list(ParticipantFilter.all(), PageRequest.of(0, 500)))
                .hasSize(164).allMatch(r -> r.centreName().startsWith("Preiļu"));
        login("coordinator-ludza");
        assertThat(participants.count(ParticipantFilter.all())).isEqualTo(40);
        login("coordinator-kraslava");
        assertThat(participants.count(ParticipantFilter.all())).isZero();
        long ludza = ownCentre("coordinator-ludza");
        login("admin");
        assertThat(participants.count(ParticipantFilter.all())).isEqualTo(204);
        assertThat(participants.count(new ParticipantFilter("", null, null, false, ludza))).isEqualTo(40);
    }

    @Test
    void filters_by_category_and_protected_group_match_the_rows() {
        login("coordinator");
        int year = participants.today().getYear();
        List<ParticipantRow> all = participants.list(ParticipantFilter.all(), PageRequest.of(0, 500));
        assertThat(participants.count(new ParticipantFilter("", ParticipantCategory.TEACHER, null, false, null)))
                .isEqualTo((int) all.stream().filter(r -> r.category() == ParticipantCategory.TEACHER).count()).isPositive();
        assertThat(participants.count(new ParticipantFilter("", null, ProtectedGroup.REFUGEE, false, null)))
                .isEqualTo((int) all.stream().filter(ParticipantRow::refugee).count()).isPositive();
        assertThat(participants.count(new ParticipantFilter("", null, ProtectedGroup.DISABILITY, false, null)))
                .isEqualTo((int) all.stream().filter(ParticipantRow::disability).count());
        long children = all.stream().filter(r -> r.category() == ParticipantCategory.CHILD
                || (r.birthYear() != null && year - r.birthYear() < 18)).count();
        assertThat(participants.count(new ParticipantFilter("", null, ProtectedGroup.CHILD, false, null)))
                .isEqualTo((int) children).isPositive();
        List<ParticipantRow> anyGroup = participants.list(new ParticipantFilter("", null, ProtectedGroup.ANY, false, null),
                PageRequest.of(0, 500));
        assertThat(anyGroup).allMatch(r -> r.refugee() || r.disability() || r.category() == ParticipantCategory.CHILD
                || (r.birthYear() != null && year - r.birthYear() < 18));
    }

    @Test
    void the_list_pages_and_sorts_by_each_sortable_column() {
        login("coordinator");
        List<ParticipantRow> byName = participants.list(ParticipantFilter.all(), PageRequest.of(0, 500));
        List<ParticipantRow> pages = new ArrayList<>();
        for (int offset = 0; offset < 164; offset += 50) {
            pages.addAll(participants.list(ParticipantFilter.all(), PageRequest.of(offset, 50)));
        }
        assertThat(pages).extracting(ParticipantRow::id).containsExactlyElementsOf(byName.stream().map(ParticipantRow::id).toList());
        assertThat(byName).hasSize(164);

        for (String property : List.of("lastName", "firstName", "category", "birthYear", "created")) {
            for (boolean ascending : List.of(true, false)) {
                assertThat(participants.list(ParticipantFilter.all(),
                        new PageRequest(0, 200, List.of(new PageRequest.SortOrder(property, ascending))))).as(property).hasSize(164);
            }
        }
        // educators who attended a workshop became participants without a birth year: they come last
        List<ParticipantRow> youngestFirst = participants.list(ParticipantFilter.all(),
                new PageRequest(0, 200, List.of(new PageRequest.SortOrder("birthYear", false))));
        assertThat(youngestFirst).extracting(ParticipantRow::birthYear)
                .isSortedAccordingTo(Comparator.nullsLast(Comparator.<Integer>naturalOrder().reversed()));
    }

    @Test
    void sorting_by_an_unknown_property_fails_loudly() {
        login("coordinator");
        assertThatThrownBy(() -> participants.list(ParticipantFilter.all(),
                new PageRequest(0, 10, List.of(new PageRequest.SortOrder("notes", true)))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_institution_lookup_finds_by_part_of_the_name_and_returns_at_most_50() {
        login("coordinator");
        assertThat(participants.findInstitutions("vidusskola", 0, 50)).extracting(InstitutionOption::name)
                .contains("Aglonas vidusskola", "Zilupes vidusskola").allMatch(n -> n.contains("vidusskola"));
        assertThat(participants.findInstitutions("", 0, 1000)).hasSizeLessThanOrEqualTo(50);
        long id = participants.findInstitutions("Aglonas vidusskola", 0, 50).getFirst().id();
        assertThat(participants.institution(id)).map(InstitutionOption::name).contains("Aglonas vidusskola");
    }

    // --- duplicates

    @Test
    void the_same_name_ignoring_case_and_diacritics_with_the_same_or_no_year_is_a_possible_duplicate() {
        login("coordinator");
        long first = participants.save(adult("Jānis", "Ķirsons", 1980)).getId();
        long second = participants.save(adult("JANIS", "kirsons", null)).getId();
        long otherYear = participants.save(adult("Jānis", "Ķirsons-Ozols", 1990)).getId();

        assertThat(participants.row(first).possibleDuplicate()).isTrue();
        assertThat(participants.row(second).possibleDuplicate()).isTrue();
        assertThat(participants.row(otherYear).possibleDuplicate()).isFalse();
        List<ParticipantRow> duplicates = participants.list(ParticipantFilter.all().withDuplicatesOnly(true), PageRequest.of(0, 500));
        assertThat(duplicates).extracting(ParticipantRow::id).contains(first, second).doesNotContain(otherYear);
        assertThat(duplicates).allMatch(ParticipantRow::possibleDuplicate);
        assertThat(participants.count(ParticipantFilter.all().withDuplicatesOnly(true))).isEqualTo(duplicates.size());
    }

    @Test
    void different_years_of_birth_are_different_people_but_the_same_email_is_a_possible_duplicate() {
        login("coordinator");
        ParticipantRecord a = adult("Ilga", "Ābeltiņa", 1970);
        a.setEmail("ilga@example.lv");
        long idA = participants.save(a).getId();
        long idB = participants.save(adult("Ilga", "Abeltina", 1971)).getId();
        assertThat(participants.row(idA).possibleDuplicate()).isFalse();
        assertThat(participants.row(idB).possibleDuplicate()).isFalse();

        ParticipantRecord c = adult("Ilga", "Kļaviņa", 1970);
        c.setEmail("ILGA@example.lv");
        long idC = participants.save(c).getId();
        assertThat(participants.row(idA).possibleDuplicate()).isTrue();
        assertThat(participants.row(idC).possibleDuplicate()).isTrue();
    }

    @Test
    void the_same_person_in_another_centre_is_not_a_duplicate() {
        long preili = ownCentre("coordinator");
        long ludza = ownCentre("coordinator-ludza");
        login("admin");
        ParticipantRecord inPreili = adult("Jānis", "Ķirsons", 1980);
        inPreili.setCentreId(preili);
        ParticipantRecord inLudza = adult("Jānis", "Ķirsons", 1980);
        inLudza.setCentreId(ludza);
        participants.save(inPreili);
        participants.save(inLudza);
        assertThat(participants.row(inPreili.getId()).possibleDuplicate()).isFalse();
    }

    @Test
    void a_new_participant_who_looks_like_an_existing_one_is_found_while_typing() {
        login("coordinator");
        long existing = participants.save(adult("Jānis", "Ķirsons", 1980)).getId();
        assertThat(participants.findSimilar(null, "janis", "KIRSONS", 1980, null, null))
                .extracting(ParticipantRow::id).containsExactly(existing);
        assertThat(participants.findSimilar(null, "janis", "KIRSONS", null, null, null))
                .extracting(ParticipantRow::id).containsExactly(existing);
        assertThat(participants.findSimilar(null, "janis", "KIRSONS", 1981, null, null)).isEmpty();
        assertThat(participants.findSimilar(null, "janis", "KIRSONS", 1980, null, existing)).isEmpty();
    }

    // --- merging

    @Test
    void merging_keeps_every_attendance_of_both_records_once() {
        login("coordinator");
        List<ParticipantRow> attended = participants.list(ParticipantFilter.all(), PageRequest.of(0, 500)).stream()
                .filter(r -> r.attendanceCount() > 0).toList();
        long keep = attended.get(0).id();
        long other = attended.get(1).id();
        // make sure both attended at least one activity in common, which must stay a single row
        Long shared = activitiesOf(other).iterator().next();
        if (!activitiesOf(keep).contains(shared)) {
            dsl.insertInto(ATTENDANCE, ATTENDANCE.ACTIVITY_ID, ATTENDANCE.PARTICIPANT_ID).values(shared, keep).execute();
        }
        Set<Long> union = new HashSet<>(activitiesOf(keep));
        union.addAll(activitiesOf(other));
        int keepBefore = activitiesOf(keep).size();
        int otherBefore = activitiesOf(other).size();
        int totalBefore = dsl.fetchCount(ATTENDANCE);

        MergeResult result = participants.merge(keep, other);

        assertThat(activitiesOf(keep)).containsExactlyInAnyOrderElementsOf(union);
        assertThat(participants.row(keep).attendanceCount()).isEqualTo(union.size());
        assertThat(result.movedAttendance()).isEqualTo(union.size() - keepBefore);
        assertThat(result.movedAttendance() + result.alreadyAttended()).isEqualTo(otherBefore);
        assertThat(result.alreadyAttended()).isPositive();
        assertThat(dsl.fetchCount(ATTENDANCE)).isEqualTo(totalBefore - result.alreadyAttended());
        assertThat(dsl.fetchExists(PARTICIPANT, PARTICIPANT.ID.eq(other))).isFalse();
    }

    @Test
    void merging_fills_empty_fields_and_keeps_the_later_consent_and_the_flags() {
        login("coordinator");
        LocalDate today = participants.today();
        ParticipantRecord keep = adult("Jānis", "Ķirsons", null);
        keep.setConsentDate(today.minusYears(2));
        participants.save(keep);
        ParticipantRecord other = adult("Janis", "Kirsons", 1980);
        other.setEmail("janis.kirsons@example.lv");
        other.setPhone("+371 20000033");
        other.setLanguage("ltg");
        other.setRefugee(true);
        other.setConsentDate(today.minusDays(3));
        participants.save(other);

        participants.merge(keep.getId(), other.getId());

        ParticipantRecord merged = participants.get(keep.getId());
        assertThat(merged.getFirstName()).isEqualTo("Jānis");
        assertThat(merged.getBirthYear()).isEqualTo((short) 1980);
        assertThat(merged.getEmail()).isEqualTo("janis.kirsons@example.lv");
        assertThat(merged.getPhone()).isEqualTo("+371 20000033");
        assertThat(merged.getLanguage()).isEqualTo("ltg");
        assertThat(merged.getRefugee()).isTrue();
        assertThat(merged.getConsentDate()).isEqualTo(today.minusDays(3));
    }

    @Test
    void a_record_cannot_be_merged_with_itself_or_with_another_centres() {
        login("admin");
        long preili = firstOf("coordinator").id();
        long ludza = firstOf("coordinator-ludza").id();
        login("admin");
        assertThatThrownBy(() -> participants.merge(preili, preili)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.translationKey()).isEqualTo("participant.error.merge-same"));
        assertThatThrownBy(() -> participants.merge(preili, ludza)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.translationKey()).isEqualTo("participant.error.merge-centres"));
    }

    // --- deleting

    @Test
    void deleting_a_participant_who_attended_activities_says_how_many() {
        login("coordinator");
        ParticipantRow attended = participants.list(ParticipantFilter.all(), PageRequest.of(0, 500)).stream()
                .filter(r -> r.attendanceCount() > 0).findFirst().orElseThrow();
        assertThatThrownBy(() -> participants.delete(attended.id()))
                .isInstanceOfSatisfying(ReferencedException.class, e -> assertThat(e.references())
                        .containsExactly(new ReferencedException.Reference("activity.plural", attended.attendanceCount())));
        assertThat(participants.row(attended.id())).isNotNull();
    }

    @Test
    void a_participant_who_attended_nothing_can_be_deleted() {
        login("coordinator");
        long id = participants.save(adult("Zigfrīds", "Apinis", 1975)).getId();
        participants.delete(id);
        assertThat(dsl.fetchExists(PARTICIPANT, PARTICIPANT.ID.eq(id))).isFalse();
    }

    // --- who may do what

    @Test
    void a_coordinator_cannot_read_list_change_merge_or_delete_another_centres_participants() {
        ParticipantRow preili = firstOf("coordinator");
        ParticipantRow secondPreili = participants.list(ParticipantFilter.all(), PageRequest.of(1, 1)).getFirst();
        long preiliCentre = preili.centreId();
        login("admin");
        ParticipantRecord record = participants.get(preili.id());
        ParticipantRow ludza = firstOf("coordinator-ludza");

        // another centre's participant is answered exactly like a missing one
        long missing = dsl.select(DSL.max(PARTICIPANT.ID)).from(PARTICIPANT).fetchSingle().value1() + 1000;
        for (long id : new long[] {preili.id(), missing}) {
            assertAnsweredAsMissing(() -> participants.get(id), "participant", id);
            assertAnsweredAsMissing(() -> participants.row(id), "participant", id);
            assertAnsweredAsMissing(() -> participants.delete(id), "participant", id);
            assertAnsweredAsMissing(() -> participants.merge(ludza.id(), id), "participant", id);
        }
        assertThatThrownBy(() -> participants.list(new ParticipantFilter("", null, null, false, preiliCentre), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> participants.count(new ParticipantFilter("", null, null, false, preiliCentre)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(participants.list(ParticipantFilter.all().withSearch(preili.lastName()), PageRequest.of(0, 500)))
                .noneMatch(r -> r.centreId() == preiliCentre);
        assertThat(participants.findSimilar(preiliCentre, preili.firstName(), preili.lastName(), preili.birthYear(),
                preili.email(), null)).noneMatch(r -> r.centreId() == preiliCentre);
        record.setPhone("+371 20000044");
        assertAnsweredAsMissing(() -> participants.save(record), "participant", preili.id());
        assertAnsweredAsMissing(() -> participants.merge(preili.id(), secondPreili.id()), "participant", preili.id());

        login("admin");
        assertThat(participants.get(preili.id()).getPhone()).isNotEqualTo("+371 20000044");
        assertThat(dsl.fetchExists(PARTICIPANT, PARTICIPANT.ID.eq(secondPreili.id()))).isTrue();
    }

    @Test
    void educators_and_funders_get_no_participant_data_at_all() {
        long id = firstOf("coordinator").id();
        for (String user : List.of("educator", "funder")) {
            login(user);
            List<Consumer<ParticipantService>> calls = List.of(
                    s -> s.list(ParticipantFilter.all(), PageRequest.of(0, 10)),
                    s -> s.count(ParticipantFilter.all()),
                    s -> s.row(id),
                    s -> s.get(id),
                    ParticipantService::newParticipant,
                    ParticipantService::today,
                    s -> s.save(adult("Zigfrīds", "Apinis", 1975)),
                    s -> s.findSimilar(null, "Anna", "Kalniņa", null, null, null),
                    s -> s.delete(id),
                    s -> s.merge(id, id + 1),
                    s -> s.findInstitutions("", 0, 10),
                    s -> s.institution(1L));
            for (Consumer<ParticipantService> call : calls) {
                assertThatThrownBy(() -> call.accept(participants)).as(user).isInstanceOf(AccessDeniedException.class);
            }
        }
    }

    // --- helpers

    /** Logs in as the user and returns the first participant of its list. */
    private ParticipantRow firstOf(String user) {
        login(user);
        return participants.list(ParticipantFilter.all(), PageRequest.of(0, 1)).getFirst();
    }

    private long ownCentre(String user) {
        return login(user).centreId();
    }

    private ParticipantRecord adult(String first, String last, Integer birthYear) {
        ParticipantRecord p = person(first, last, ParticipantCategory.PARENT, birthYear);
        p.setConsentGiven(true);
        p.setConsentDate(LocalDate.of(2024, 5, 2));
        return p;
    }

    private ParticipantRecord person(String first, String last, ParticipantCategory category, Integer birthYear) {
        ParticipantRecord p = new ParticipantRecord();
        p.setFirstName(first);
        p.setLastName(last);
        p.setCategory(category.name());
        p.setBirthYear(birthYear == null ? null : birthYear.shortValue());
        p.setRefugee(false);
        p.setDisability(false);
        p.setConsentGiven(false);
        p.setGuardianConsent(false);
        return p;
    }

    private Set<Long> activitiesOf(long participant) {
        return new HashSet<>(dsl.select(ATTENDANCE.ACTIVITY_ID).from(ATTENDANCE)
                .where(ATTENDANCE.PARTICIPANT_ID.eq(participant)).fetch(ATTENDANCE.ACTIVITY_ID));
    }

    private void assertRefused(ParticipantRecord p, String key) {
        assertThatThrownBy(() -> participants.save(p)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.translationKey()).isEqualTo(key));
    }
}
