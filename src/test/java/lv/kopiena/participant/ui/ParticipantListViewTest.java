package lv.kopiena.participant.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static lv.kopiena.jooq.Tables.ATTENDANCE;
import static lv.kopiena.jooq.Tables.PARTICIPANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import lv.kopiena.KaribuTest;
import lv.kopiena.base.PageRequest;
import lv.kopiena.i18n.TranslationProvider;
import lv.kopiena.jooq.tables.records.ParticipantRecord;
import lv.kopiena.participant.ConsentState;
import lv.kopiena.participant.ParticipantCategory;
import lv.kopiena.participant.ParticipantFilter;
import lv.kopiena.participant.ParticipantLanguage;
import lv.kopiena.participant.ParticipantRow;
import lv.kopiena.participant.ParticipantService;
import lv.kopiena.participant.ProtectedGroup;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ParticipantListViewTest extends KaribuTest {

    @Autowired
    ParticipantService participants;
    @Autowired
    DSLContext dsl;

    @Test
    void a_coordinator_sees_the_164_participants_of_preili_and_none_from_ludza() {
        login("coordinator");
        ParticipantListView view = open();
        assertThat(GridKt._size(view.grid)).isEqualTo(164);
        List<ParticipantRow> rows = IntStream.range(0, 164).mapToObj(i -> GridKt._get(view.grid, i)).toList();
        assertThat(rows).allMatch(r -> r.centreName().equals("Preiļu novada Kopienu resursu centrs"));
        assertThat(view.centre.isVisible()).isFalse();
        assertThat(view.grid.getColumnByKey("centre").isVisible()).isFalse();
        // every column renders, with translated category and consent
        ParticipantRow first = rows.getFirst();
        List<String> cells = GridKt._getFormattedRow(view.grid, 0);
        assertThat(cells).contains(first.lastName(), first.firstName(),
                UI.getCurrent().getTranslation("participant.category." + first.category().name()));
        assertThat(String.join(" ", cells)).contains(UI.getCurrent().getTranslation("participant.consent." + first.consent().name()));
        assertThat(rows).anyMatch(r -> r.attendanceCount() > 0);
    }

    @Test
    void an_admin_sees_every_centre_and_can_narrow_to_one() {
        login("admin");
        ParticipantListView view = open();
        assertThat(GridKt._size(view.grid)).isEqualTo(204);
        assertThat(view.grid.getColumnByKey("centre").isVisible()).isTrue();
        _setValue(view.centre, view.centre.getListDataView().getItems()
                .filter(c -> c.name().startsWith("Ludzas")).findFirst().orElseThrow());
        assertThat(GridKt._size(view.grid)).isEqualTo(40);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("Ludzas Kopienu resursu centrs");
    }

    @Test
    void search_category_and_group_filters_narrow_the_list() {
        login("coordinator");
        ParticipantListView view = open();
        _setValue(view.category, ParticipantCategory.TEACHER);
        int teachers = GridKt._size(view.grid);
        assertThat(teachers).isPositive().isLessThan(160);
        assertThat(GridKt._get(view.grid, 0).category()).isEqualTo(ParticipantCategory.TEACHER);
        _setValue(view.category, null);
        _setValue(view.group, ProtectedGroup.REFUGEE);
        assertThat(GridKt._size(view.grid)).isPositive().isLessThan(160);
        assertThat(GridKt._get(view.grid, 0).refugee()).isTrue();
        assertThat(GridKt._getFormattedRow(view.grid, 0)).anyMatch(c -> c.contains("Refugee"));
        _setValue(view.group, null);
        ParticipantRow someone = GridKt._get(view.grid, 7);
        _setValue(view.search, someone.lastName() + " " + someone.firstName());
        assertThat(IntStream.range(0, GridKt._size(view.grid)).mapToObj(i -> GridKt._get(view.grid, i)))
                .extracting(ParticipantRow::id).contains(someone.id());
    }

    @Test
    void a_coordinator_registers_an_adult_through_the_form() {
        login("coordinator");
        ParticipantListView view = open();
        _click(view.add);
        ParticipantForm form = _get(ParticipantForm.class);
        assertThat(form.centre.isVisible()).isFalse();
        _setValue(form.firstName, "Zigfrīds");
        _setValue(form.lastName, "Apinis");
        _setValue(form.category, ParticipantCategory.SENIOR);
        _setValue(form.birthYear, 1950);
        _setValue(form.email, "zigfrids.apinis@example.lv");
        _setValue(form.language, ParticipantLanguage.LTG);
        _setValue(form.institution, participants.findInstitutions("bibliotēka", 0, 50).getFirst());
        _setValue(form.consentGiven, true);
        _setValue(form.consentDate, participants.today().minusDays(1));
        _click(saveButton());

        assertThat(_find(Dialog.class)).isEmpty();
        NotificationsKt.expectNotifications("Saved");
        List<ParticipantRow> saved = participants.list(ParticipantFilter.all().withSearch("Zigfrīds Apinis"), PageRequest.of(0, 5));
        assertThat(saved).hasSize(1);
        assertThat(saved.getFirst().institutionName()).contains("bibliotēka");
        assertThat(saved.getFirst().language()).isEqualTo("ltg");
        assertThat(saved.getFirst().consent()).isEqualTo(ConsentState.OWN);
        assertThat(GridKt._size(view.grid)).isEqualTo(165);
    }

    @Test
    void missing_name_and_consent_are_shown_and_the_dialog_stays_open() {
        login("coordinator");
        ParticipantListView view = open();
        _click(view.add);
        ParticipantForm form = _get(ParticipantForm.class);
        _setValue(form.birthYear, 1800);
        _click(saveButton());

        assertThat(form.firstName.isInvalid()).isTrue();
        assertThat(form.firstName.getErrorMessage()).isEqualTo("Required");
        assertThat(form.birthYear.getErrorMessage()).isEqualTo("The year of birth must be between 1900 and "
                + participants.today().getYear());
        assertThat(form.consentGiven.isInvalid()).isTrue();
        assertThat(form.consentGiven.getErrorMessage())
                .isEqualTo("From the age of 16 the participant’s own consent with a date is needed");
        assertThat(_find(Dialog.class)).hasSize(1);
        assertThat(GridKt._size(view.grid)).isEqualTo(164);
    }

    @Test
    void the_guardian_fields_appear_and_say_why_for_someone_under_16() {
        login("coordinator");
        open();
        _click(_get(ParticipantListView.class).add);
        ParticipantForm form = _get(ParticipantForm.class);
        assertThat(form.guardianName.isVisible()).isFalse();
        assertThat(form.consentGiven.isVisible()).isTrue();

        int year = participants.today().getYear();
        _setValue(form.birthYear, year - 10);
        assertThat(form.guardianConsent.isVisible()).isTrue();
        assertThat(form.guardianName.isVisible()).isTrue();
        assertThat(form.guardianConsentDate.isVisible()).isTrue();
        assertThat(form.consentGiven.isVisible()).isFalse();
        assertThat(form.consentExplanation.getText()).isEqualTo("Born in " + (year - 10)
                + ", age this year: 10. Anyone under 16 needs a parent’s or guardian’s consent.");

        _setValue(form.firstName, "Elza");
        _setValue(form.lastName, "Apine");
        _setValue(form.category, ParticipantCategory.CHILD);
        _click(saveButton());
        assertThat(form.guardianConsent.isInvalid()).isTrue();
        assertThat(form.guardianName.getErrorMessage()).isEqualTo("Required");
        assertThat(_find(Dialog.class)).hasSize(1);

        _setValue(form.guardianConsent, true);
        _setValue(form.guardianName, "Ilze Apine");
        _setValue(form.guardianConsentDate, participants.today());
        _click(saveButton());
        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(participants.list(ParticipantFilter.all().withSearch("Elza Apine"), PageRequest.of(0, 5)))
                .extracting(ParticipantRow::consent).containsExactly(ConsentState.GUARDIAN);
    }

    @Test
    void a_child_without_a_year_of_birth_is_asked_for_it() {
        login("coordinator");
        open();
        _click(_get(ParticipantListView.class).add);
        ParticipantForm form = _get(ParticipantForm.class);
        _setValue(form.category, ParticipantCategory.CHILD);
        assertThat(form.guardianName.isVisible()).isTrue();
        assertThat(form.consentExplanation.getText()).startsWith("Enter the child’s year of birth");
        _click(saveButton());
        assertThat(form.birthYear.getErrorMessage()).isEqualTo("Enter the year of birth of a child");

        _setValue(form.birthYear, participants.today().getYear() - 40);
        assertThat(form.consentExplanation.getText()).isEqualTo("From the age of 16 participants give consent themselves.");
    }

    @Test
    void a_coordinator_edits_a_participant() {
        login("coordinator");
        ParticipantListView view = open();
        ParticipantRow row = GridKt._get(view.grid, 3);
        GridKt._clickItem(view.grid, 3);
        ParticipantForm form = _get(ParticipantForm.class);
        assertThat(form.lastName.getValue()).isEqualTo(row.lastName());
        assertThat(form.centre.isVisible()).isFalse();
        _setValue(form.phone, "+371 29999999");
        ensureConsent(form);
        _click(saveButton());

        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(participants.get(row.id()).getPhone()).isEqualTo("+371 29999999");
    }

    @Test
    void a_second_save_of_the_same_participant_is_refused_with_a_clear_message() {
        login("coordinator");
        ParticipantListView view = open();
        ParticipantRow row = GridKt._get(view.grid, 5);
        GridKt._clickItem(view.grid, 5);
        ParticipantForm form = _get(ParticipantForm.class);

        ParticipantRecord meanwhile = participants.get(row.id());
        meanwhile.setNotes("Saved by a colleague");
        if (meanwhile.getConsentGiven() || meanwhile.getGuardianConsent()) {
            participants.save(meanwhile);
        } else {
            dsl.update(PARTICIPANT).set(PARTICIPANT.NOTES, "Saved by a colleague")
                    .set(PARTICIPANT.VERSION, PARTICIPANT.VERSION.plus(1)).where(PARTICIPANT.ID.eq(row.id())).execute();
        }

        _setValue(form.notes, "My change");
        ensureConsent(form);
        _click(saveButton());

        assertThat(_find(Dialog.class)).hasSize(1);
        assertThat(notificationTexts()).anyMatch(t -> t.startsWith("Someone else changed this record"));
        assertThat(participants.get(row.id()).getNotes()).isEqualTo("Saved by a colleague");
    }

    @Test
    void deleting_a_participant_who_attended_activities_says_what_refers_to_them() {
        login("coordinator");
        ParticipantListView view = open();
        int index = IntStream.range(0, 160).filter(i -> GridKt._get(view.grid, i).attendanceCount() > 0).findFirst().orElseThrow();
        ParticipantRow row = GridKt._get(view.grid, index);
        GridKt._clickItem(view.grid, index);
        _click(_get(Button.class, spec -> spec.withText("Delete")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(notificationTexts()).contains("This cannot be deleted because other records refer to it (Activities: "
                + row.attendanceCount() + "). Remove or move those first.");
        assertThat(participants.row(row.id())).isNotNull();
    }

    @Test
    void the_duplicates_filter_shows_records_that_look_like_the_same_person() {
        login("coordinator");
        long a = participants.save(adult("Jānis", "Ķirsons", 1980)).getId();
        long b = participants.save(adult("JANIS", "KIRSONS", null)).getId();
        ParticipantListView view = open();
        _setValue(view.duplicatesOnly, true);

        List<ParticipantRow> shown = IntStream.range(0, GridKt._size(view.grid)).mapToObj(i -> GridKt._get(view.grid, i)).toList();
        assertThat(shown).extracting(ParticipantRow::id).contains(a, b);
        assertThat(shown).allMatch(ParticipantRow::possibleDuplicate);
        assertThat(shown.size()).isLessThan(160);
        int index = shown.stream().map(ParticipantRow::id).toList().indexOf(a);
        assertThat(GridKt._getFormattedRow(view.grid, index)).contains("Possible duplicate");
    }

    @Test
    void a_new_participant_who_looks_like_an_existing_one_is_pointed_out() {
        login("coordinator");
        participants.save(adult("Jānis", "Ķirsons", 1980));
        open();
        _click(_get(ParticipantListView.class).add);
        ParticipantForm form = _get(ParticipantForm.class);
        assertThat(form.duplicateWarning.isVisible()).isFalse();
        _setValue(form.firstName, "janis");
        _setValue(form.lastName, "kirsons");
        assertThat(form.duplicateWarning.isVisible()).isTrue();
        assertThat(form.duplicateWarning.getText()).isEqualTo("This person may already be registered: Jānis Ķirsons, 1980");
        _setValue(form.birthYear, 1999);
        assertThat(form.duplicateWarning.isVisible()).isFalse();
    }

    @Test
    void two_records_are_merged_through_the_ui_keeping_all_attendance() {
        login("coordinator");
        List<ParticipantRow> attended = participants.list(ParticipantFilter.all(), PageRequest.of(0, 500)).stream()
                .filter(r -> r.attendanceCount() > 0).toList();
        ParticipantRecord keep = participants.save(adult("Jānis", "Ķirsons", 1980));
        ParticipantRecord other = participants.save(adult("Janis", "Kirsons", 1980));
        dsl.update(ATTENDANCE).set(ATTENDANCE.PARTICIPANT_ID, keep.getId()).where(ATTENDANCE.PARTICIPANT_ID.eq(attended.get(0).id())).execute();
        dsl.update(ATTENDANCE).set(ATTENDANCE.PARTICIPANT_ID, other.getId()).where(ATTENDANCE.PARTICIPANT_ID.eq(attended.get(1).id())).execute();
        Set<Long> union = new HashSet<>(activitiesOf(keep.getId()));
        union.addAll(activitiesOf(other.getId()));

        ParticipantListView view = open();
        _setValue(view.search, "Kirsons");
        _setValue(view.duplicatesOnly, true);
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        assertThat(view.merge.isEnabled()).isFalse();
        view.grid.asMultiSelect().select(GridKt._get(view.grid, 0), GridKt._get(view.grid, 1));
        assertThat(view.merge.isEnabled()).isTrue();
        _click(view.merge);

        MergeDialog dialog = _get(MergeDialog.class);
        ParticipantRow kept = dialog.keep.getListDataView().getItems().filter(r -> r.id() == keep.getId()).findFirst().orElseThrow();
        _setValue(dialog.keep, kept);
        _click(dialog.merge);

        assertThat(_find(MergeDialog.class)).isEmpty();
        assertThat(notificationTexts()).anyMatch(t -> t.startsWith("Merged: "));
        assertThat(GridKt._size(view.grid)).isZero(); // no longer a duplicate
        _setValue(view.duplicatesOnly, false);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._get(view.grid, 0).id()).isEqualTo(keep.getId());
        assertThat(GridKt._get(view.grid, 0).attendanceCount()).isEqualTo(union.size());
        assertThat(activitiesOf(keep.getId())).containsExactlyInAnyOrderElementsOf(union);
        assertThat(dsl.fetchExists(PARTICIPANT, PARTICIPANT.ID.eq(other.getId()))).isFalse();
    }

    @Test
    void an_admin_picks_the_centre_of_a_new_participant() {
        login("admin");
        ParticipantListView view = open();
        _click(view.add);
        ParticipantForm form = _get(ParticipantForm.class);
        assertThat(form.centre.isVisible()).isTrue();
        _setValue(form.firstName, "Zigfrīds");
        _setValue(form.lastName, "Apinis");
        _setValue(form.category, ParticipantCategory.MEDIA);
        _setValue(form.consentGiven, true);
        _setValue(form.consentDate, participants.today());
        _click(saveButton());
        assertThat(form.centre.getErrorMessage()).isEqualTo("Required");

        _setValue(form.centre, form.centre.getListDataView().getItems()
                .filter(c -> c.name().startsWith("Ludzas")).findFirst().orElseThrow());
        _click(saveButton());
        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(participants.list(ParticipantFilter.all().withSearch("Zigfrīds"), PageRequest.of(0, 5)))
                .extracting(ParticipantRow::centreName).containsExactly("Ludzas Kopienu resursu centrs");
    }

    @Test
    void educators_and_funders_are_not_let_in() {
        for (String user : List.of("educator", "funder")) {
            login(user);
            assertThatThrownBy(() -> UI.getCurrent().navigate(ParticipantListView.class)).as(user)
                    .isInstanceOf(MockAccessDeniedException.class);
            assertThat(_find(ParticipantListView.class)).isEmpty();
        }
    }

    @Test
    void the_view_and_every_label_exist_in_latvian_and_ukrainian() {
        for (var locale : List.of(TranslationProvider.LATVIAN, TranslationProvider.UKRAINIAN)) {
            _find(Dialog.class).forEach(Dialog::close);
            login("admin");
            switchLanguage(locale);
            ParticipantListView view = open();
            GridKt._getFormattedRow(view.grid, 0);
            _click(view.add);
            ParticipantForm form = _get(ParticipantForm.class);
            for (ParticipantCategory c : ParticipantCategory.values()) {
                form.category.getItemLabelGenerator().apply(c);
            }
            for (ParticipantLanguage l : ParticipantLanguage.values()) {
                form.language.getItemLabelGenerator().apply(l);
            }
            for (ProtectedGroup g : ProtectedGroup.values()) {
                view.group.getItemLabelGenerator().apply(g);
            }
            for (ConsentState s : ConsentState.values()) {
                view.getTranslation("participant.consent." + s.name());
            }
            _setValue(form.birthYear, participants.today().getYear() - 5);
            assertThat(view.getPageTitle()).isNotBlank();
        }
        // the base class fails the test if any of these asked for a missing key
    }

    private ParticipantListView open() {
        UI.getCurrent().navigate(ParticipantListView.class);
        return _get(ParticipantListView.class);
    }

    private static Button saveButton() {
        return _get(Button.class, spec -> spec.withText("Save"));
    }

    /** Demo participants may lack the consent their age needs today; an edit must record it. */
    private void ensureConsent(ParticipantForm form) {
        if (form.consentGiven.isVisible() && !form.consentGiven.getValue()) {
            _setValue(form.consentGiven, true);
            _setValue(form.consentDate, participants.today());
        }
        if (form.guardianConsent.isVisible() && !form.guardianConsent.getValue()) {
            _setValue(form.guardianConsent, true);
            _setValue(form.guardianName, "Ilze Apine");
            _setValue(form.guardianConsentDate, participants.today());
        }
    }

    /** The texts of the open notifications: plain ones (success) and those with a close button (errors). */
    private static List<String> notificationTexts() {
        return NotificationsKt.getNotifications().stream()
                .flatMap(n -> Stream.concat(Stream.of(n.getElement().getProperty("text", "")),
                        _find(n, Span.class).stream().map(Span::getText)))
                .filter(t -> !t.isEmpty())
                .toList();
    }

    private Set<Long> activitiesOf(long participant) {
        return new HashSet<>(dsl.select(ATTENDANCE.ACTIVITY_ID).from(ATTENDANCE)
                .where(ATTENDANCE.PARTICIPANT_ID.eq(participant)).fetch(ATTENDANCE.ACTIVITY_ID));
    }

    private ParticipantRecord adult(String first, String last, Integer birthYear) {
        ParticipantRecord p = participants.newParticipant();
        p.setFirstName(first);
        p.setLastName(last);
        p.setCategory(ParticipantCategory.PARENT.name());
        p.setBirthYear(birthYear == null ? null : birthYear.shortValue());
        p.setConsentGiven(true);
        p.setConsentDate(LocalDate.of(2024, 5, 2));
        return p;
    }
}
