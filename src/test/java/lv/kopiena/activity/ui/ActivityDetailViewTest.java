package lv.kopiena.activity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static lv.kopiena.jooq.Tables.ACTIVITY;
import static lv.kopiena.jooq.Tables.ATTENDANCE;
import static lv.kopiena.jooq.Tables.ATTENDANCE_HEADCOUNT;
import static lv.kopiena.jooq.Tables.CENTRE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lv.kopiena.KaribuTest;
import lv.kopiena.activity.ActivityLinks;
import lv.kopiena.activity.ActivityService;
import lv.kopiena.activity.ActivityType;
import lv.kopiena.activity.AttendanceService;
import lv.kopiena.activity.ParticipantCategory;
import lv.kopiena.activity.ParticipantOption;
import lv.kopiena.base.ui.RecordNotFoundView;
import lv.kopiena.i18n.TranslationProvider;
import lv.kopiena.jooq.tables.records.ActivityRecord;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ActivityDetailViewTest extends KaribuTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    ActivityService activities;
    @Autowired
    AttendanceService attendance;

    @Test
    void a_coordinator_marks_a_named_participant_and_a_head_count_and_sees_the_total() {
        login("coordinator");
        long id = newActivity();
        ActivityDetailView view = open(id);
        assertThat(view.heading.getText()).isEqualTo("Kopienas vakars");
        assertThat(view.totals.getText()).isEqualTo("Total 0: 0 registered participants, 0 counted by head");

        ComboBoxKt.setUserInput(view.addParticipant, "K");
        List<ParticipantOption> found = ComboBoxKt.getSuggestionItems(view.addParticipant);
        assertThat(found).isNotEmpty().allSatisfy(p -> assertThat(p.lastName() + " " + p.firstName()).containsPattern("(^| )K"));
        ParticipantOption person = found.getFirst();
        _setValue(view.addParticipant, person);
        assertThat(texts()).containsExactly("Marked as attending: " + person.label());
        NotificationsKt.clearNotifications();
        assertThat(view.addParticipant.getValue()).as("ready for the next name").isNull();
        assertThat(GridKt._size(view.attendees)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.attendees, 0)).contains(person.label());

        _setValue(view.headCounts.get(ParticipantCategory.CHILD), 8);
        _click(view.saveHeadCounts);
        assertThat(texts()).containsExactly("Head counts saved");
        assertThat(view.totals.getText()).isEqualTo("Total 9: 1 registered participants, 8 counted by head");
        assertThat(dsl.fetchValue(ATTENDANCE_HEADCOUNT.HEAD_COUNT, ATTENDANCE_HEADCOUNT.ACTIVITY_ID.eq(id)
                .and(ATTENDANCE_HEADCOUNT.CATEGORY.eq("CHILD")))).isEqualTo(8);
        assertThat(dsl.fetchValue(ATTENDANCE.PARTICIPANT_ID, ATTENDANCE.ACTIVITY_ID.eq(id))).isEqualTo(person.id());
    }

    @Test
    void marking_someone_already_marked_says_so_and_removing_unmarks() {
        login("coordinator");
        long id = newActivity();
        ActivityDetailView view = open(id);
        ParticipantOption person = attendance.candidates(id, "", 0, 1).getFirst();
        _setValue(view.addParticipant, person);
        NotificationsKt.clearNotifications();
        // someone else's screen still offers the person: the second mark changes nothing and says so
        _setValue(view.addParticipant, person);
        assertThat(texts()).containsExactly("Already marked as attending: " + person.label());
        assertThat(dsl.fetchCount(ATTENDANCE, ATTENDANCE.ACTIVITY_ID.eq(id))).isEqualTo(1);
        NotificationsKt.clearNotifications();

        GridKt._clickRenderer(view.attendees, 0, "remove");
        assertThat(texts()).containsExactly("No longer marked as attending: " + person.label());
        assertThat(GridKt._size(view.attendees)).isZero();
        assertThat(dsl.fetchCount(ATTENDANCE, ATTENDANCE.ACTIVITY_ID.eq(id))).isZero();
    }

    @Test
    void the_check_list_marks_usual_participants_with_one_tap() {
        login("coordinator");
        long id = newActivity();
        ActivityDetailView view = open(id);
        _click(view.checklist);
        AttendanceChecklistDialog dialog = _get(AttendanceChecklistDialog.class);
        assertThat(dialog.boxes).isNotEmpty().noneMatch(Checkbox::getValue);

        _setValue(dialog.boxes.get(0), true);
        _setValue(dialog.boxes.get(1), true);
        _setValue(dialog.boxes.get(1), false);
        assertThat(dsl.fetchCount(ATTENDANCE, ATTENDANCE.ACTIVITY_ID.eq(id))).isEqualTo(1);
        assertThat(view.totals.getText()).startsWith("Total 1:");
        _click(dialog.close);
        assertThat(GridKt._getFormattedRow(view.attendees, 0)).contains(dialog.boxes.get(0).getLabel());
    }

    @Test
    void a_head_count_someone_else_changed_meanwhile_is_reported_and_what_was_typed_stays() {
        login("coordinator");
        long id = newActivity();
        ActivityDetailView view = open(id);
        attendance.saveHeadCounts(id, Map.of(), Map.of(ParticipantCategory.PARENT, 3)); // another coordinator

        _setValue(view.headCounts.get(ParticipantCategory.PARENT), 5);
        _click(view.saveHeadCounts);
        assertThat(texts()).singleElement().asString()
                .startsWith("Someone else changed the count of these categories meanwhile: Parents 3.");
        assertThat(view.headCounts.get(ParticipantCategory.PARENT).getValue()).isEqualTo(5);
        assertThat(attendance.headCounts(id)).containsExactly(Map.entry(ParticipantCategory.PARENT, 3));
        NotificationsKt.clearNotifications();

        // having seen the message, saving again is a decision made knowing the other number
        _click(view.saveHeadCounts);
        assertThat(attendance.headCounts(id)).containsExactly(Map.entry(ParticipantCategory.PARENT, 5));
    }

    @Test
    void a_negative_head_count_is_shown_as_invalid_and_not_saved() {
        login("coordinator");
        long id = newActivity();
        ActivityDetailView view = open(id);
        _setValue(view.headCounts.get(ParticipantCategory.SENIOR), -2);
        _click(view.saveHeadCounts);
        assertThat(view.headCounts.get(ParticipantCategory.SENIOR).isInvalid()).isTrue();
        assertThat(view.headCounts.get(ParticipantCategory.SENIOR).getErrorMessage()).isEqualTo("Enter a whole number from 0 to 100,000");
        assertThat(attendance.headCounts(id)).isEmpty();
    }

    @Test
    void a_title_with_a_line_break_is_refused_at_the_field_and_a_description_may_have_lines() {
        login("coordinator");
        long id = newActivity();
        ActivityDetailView view = open(id);
        _click(view.edit);
        ActivityForm form = _get(ActivityForm.class);
        _setValue(form.title, "Kopienas vakars\nINFO forged");
        _setValue(form.description, "Programma:\n\t18:00 tēja\n\t19:00 mūzika");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(form.title.isInvalid()).isTrue();
        assertThat(form.title.getErrorMessage()).isEqualTo("One line of text only: no line breaks, tabs or other control characters");
        assertThat(form.description.isInvalid()).isFalse();
        assertThat(dsl.fetchValue(ACTIVITY.TITLE, ACTIVITY.ID.eq(id))).isEqualTo("Kopienas vakars");

        _setValue(form.title, "Kopienas vakars");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(dsl.fetchValue(ACTIVITY.DESCRIPTION, ACTIVITY.ID.eq(id))).isEqualTo("Programma:\n\t18:00 tēja\n\t19:00 mūzika");
    }

    @Test
    void the_activity_is_edited_from_its_page_and_an_invalid_end_is_shown() {
        login("coordinator");
        long id = newActivity();
        ActivityDetailView view = open(id);
        _click(view.edit);
        ActivityForm form = _get(ActivityForm.class);
        assertThat(form.title.getValue()).isEqualTo("Kopienas vakars");
        _setValue(form.end, form.start.getValue().minusMinutes(30));
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(form.end.getErrorMessage()).isEqualTo("The end must not be before the start");
        assertThat(_find(Dialog.class)).hasSize(1);

        _setValue(form.end, form.start.getValue().plusHours(3));
        _setValue(form.title, "Kopienas vakars ar mūziku");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(_find(ActivityForm.class)).isEmpty();
        assertThat(view.heading.getText()).isEqualTo("Kopienas vakars ar mūziku");
        assertThat(dsl.fetchValue(ACTIVITY.TITLE, ACTIVITY.ID.eq(id))).isEqualTo("Kopienas vakars ar mūziku");
    }

    @Test
    void a_save_over_someone_elses_edit_is_refused_with_a_message() {
        login("coordinator");
        long id = newActivity();
        ActivityDetailView view = open(id);
        _click(view.edit);
        ActivityForm form = _get(ActivityForm.class);
        ActivityRecord other = activities.get(id);
        other.setPlace("Vārkavas kultūras nams");
        activities.save(other, ActivityLinks.none());

        _setValue(form.place, "Riebiņu saieta nams");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(texts()).singleElement().asString().startsWith("Someone else changed this record");
        assertThat(_find(ActivityForm.class)).as("the dialog stays open with what was typed").hasSize(1);
        assertThat(dsl.fetchValue(ACTIVITY.PLACE, ACTIVITY.ID.eq(id))).isEqualTo("Vārkavas kultūras nams");
    }

    @Test
    void deleting_says_how_much_attendance_goes_with_it() {
        login("coordinator");
        long id = newActivity();
        attendance.add(id, attendance.candidates(id, "", 0, 1).getFirst().id());
        attendance.add(id, attendance.candidates(id, "", 0, 1).getFirst().id());
        attendance.saveHeadCounts(id, Map.of(), Map.of(ParticipantCategory.CHILD, 6, ParticipantCategory.MEDIA, 1));
        ActivityDetailView view = open(id);

        _click(view.delete);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getText(confirm)).isEqualTo("Delete \"Kopienas vakars\"? Its attendance goes with it: "
                + "2 registered participants and 7 people counted by head. This cannot be undone.");
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(_find(ActivityListView.class)).hasSize(1);
        assertThat(dsl.fetchCount(ACTIVITY, ACTIVITY.ID.eq(id))).isZero();
        assertThat(dsl.fetchCount(ATTENDANCE, ATTENDANCE.ACTIVITY_ID.eq(id))).isZero();
    }

    @Test
    void a_coordinator_of_ludza_gets_the_not_found_page_for_a_preili_activity() {
        login("coordinator");
        long preili = dsl.select(ACTIVITY.ID).from(ACTIVITY).join(CENTRE).on(CENTRE.ID.eq(ACTIVITY.CENTRE_ID))
                .where(CENTRE.NAME.startsWith("Preiļu")).limit(1).fetchOne(ACTIVITY.ID);
        login("coordinator-ludza");
        UI.getCurrent().navigate(ActivityDetailView.class, new RouteParameters("id", String.valueOf(preili)));

        assertThat(_find(ActivityDetailView.class)).isEmpty();
        assertThat(_get(RecordNotFoundView.class).getElement().getTextRecursively()).startsWith("Page not found");
        assertThat(texts()).isEmpty();
    }

    @Test
    void the_attendance_page_speaks_latvian() {
        login("coordinator");
        long id = newActivity();
        attendance.add(id, attendance.candidates(id, "", 0, 1).getFirst().id());
        switchLanguage(TranslationProvider.LATVIAN);
        ActivityDetailView view = open(id);
        assertThat(view.totals.getText()).isEqualTo("Kopā 1: 1 reģistrēti dalībnieki, 0 saskaitīti");
        assertThat(view.headCounts.get(ParticipantCategory.CHILD).getLabel()).isEqualTo("Bērni");
        assertThat(view.headCounts.values()).allSatisfy(f -> assertThat(f.getLabel()).doesNotStartWith("!"));
        GridKt._getFormattedRow(view.attendees, 0);
        assertThat(view.summary.getText()).startsWith("Kopienas pasākums · ");
    }

    @Test
    void educators_and_funders_are_not_let_in() {
        login("coordinator");
        long id = newActivity();
        for (String user : List.of("educator", "funder")) {
            login(user);
            assertThatThrownBy(() -> UI.getCurrent().navigate(ActivityDetailView.class, new RouteParameters("id", String.valueOf(id))))
                    .as(user).isInstanceOf(MockAccessDeniedException.class);
            assertThat(_find(ActivityDetailView.class)).isEmpty();
        }
    }

    // ---- helpers

    /** A new community evening in "Aktīvās kopienas" of the logged-in coordinator's centre. */
    private long newActivity() {
        ActivityRecord record = activities.newActivity();
        record.setType(ActivityType.COMMUNITY_EVENT.name());
        record.setTitle("Kopienas vakars");
        record.setStartsAt(LocalDateTime.now().withHour(18).withMinute(0).withSecond(0).withNano(0));
        record.setPlace("Preiļu novada Bērnu un jauniešu centrs");
        record.setInitiativeId(activities.initiatives(null).getFirst().id());
        return activities.save(record, ActivityLinks.none()).getId();
    }

    private ActivityDetailView open(long id) {
        UI.getCurrent().navigate(ActivityDetailView.class, new RouteParameters("id", String.valueOf(id)));
        return _get(ActivityDetailView.class);
    }

    /** The texts of the notifications now open, whether plain or made of components. */
    private static List<String> texts() {
        return NotificationsKt.getNotifications().stream().map(ActivityDetailViewTest::text).toList();
    }

    private static String text(Notification n) {
        String plain = n.getElement().getProperty("text");
        if (plain != null && !plain.isEmpty()) {
            return plain;
        }
        return _find(n, Span.class).stream().map(Span::getText).collect(Collectors.joining(" "));
    }
}
