package lv.kopiena.workshop.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static lv.kopiena.jooq.Tables.ACTIVITY;
import static lv.kopiena.jooq.Tables.ATTENDANCE;
import static lv.kopiena.jooq.Tables.CENTRE;
import static lv.kopiena.jooq.Tables.MAIL_OUTBOX;
import static lv.kopiena.jooq.Tables.USER_ACCOUNT;
import static lv.kopiena.jooq.Tables.WORKSHOP;
import static lv.kopiena.jooq.Tables.WORKSHOP_SIGNUP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import lv.kopiena.KaribuTest;
import lv.kopiena.activity.ui.ActivityDetailView;
import lv.kopiena.base.ui.RecordNotFoundView;
import lv.kopiena.i18n.TranslationProvider;
import lv.kopiena.workshop.EducatorOption;
import lv.kopiena.workshop.SignupRow;
import lv.kopiena.workshop.WorkshopService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class WorkshopViewTest extends KaribuTest {

    static final String FULL = "Iekļaujošā izglītība: darbs ar bēgļu bērniem";
    static final String OPEN = "Digitālie rīki mācību stundā";
    static final String TODAY = "Seminārs: kopienas projekti skolā";

    @Autowired
    DSLContext dsl;
    @Autowired
    Clock clock;
    @Autowired
    WorkshopService workshops;

    private long activity(String title) {
        return dsl.fetchValue(ACTIVITY.ID, ACTIVITY.TITLE.eq(title));
    }

    private WorkshopView open(String title) {
        return open(activity(title));
    }

    private WorkshopView open(long id) {
        UI.getCurrent().navigate(WorkshopView.class, new RouteParameters("activityId", String.valueOf(id)));
        return _get(WorkshopView.class);
    }

    private List<String> statuses(WorkshopView view) {
        return GridKt._findAll(view.grid).stream().map(r -> WorkshopLabels.signupStatus(view, r)).toList();
    }

    private static List<String> texts() {
        return NotificationsKt.getNotifications().stream().map(WorkshopViewTest::text).toList();
    }

    private static String text(Notification n) {
        String plain = n.getElement().getProperty("text");
        if (plain != null && !plain.isEmpty()) {
            return plain;
        }
        return _find(n, Span.class).stream().map(Span::getText).collect(Collectors.joining(" "));
    }

    @Test
    void a_coordinator_sees_the_full_workshop_with_its_waiting_list_in_order() {
        login("coordinator");
        WorkshopView view = open(FULL);

        assertThat(view.heading.getText()).isEqualTo(FULL);
        assertThat(view.seats.getText()).isEqualTo("8 of 8 seats taken, 0 left · 2 waiting");
        assertThat(view.details.getText()).contains("Language: Latvian", "Professional development hours: 6");
        assertThat(GridKt._size(view.grid)).isEqualTo(10);
        assertThat(statuses(view)).endsWith("Confirmed", "Waiting, no. 1 in line", "Waiting, no. 2 in line");
        assertThat(GridKt._getFormattedRow(view.grid, 8)).contains("Edgars Vītols", "edgars.vitols@example.lv",
                "Ludzas 2. vidusskola");
        assertThat(view.checklist.isEnabled()).as("not before the start").isFalse();
        assertThat(view.attendanceHint.isVisible()).isTrue();
        assertThat(view.attendanceHint.getText()).startsWith("Attendance can be marked from the start of the workshop, ");
        assertThat(UI.getCurrent().getPollInterval()).as("the lists stay live")
                .isEqualTo((int) WorkshopView.POLL_INTERVAL.toMillis());
        assertThat(view.autoRefresh.isRunning()).isTrue();
        assertThat(view.autoRefresh.isVisible()).as("no note while refreshing").isFalse();
    }

    @Test
    void the_open_page_shows_what_others_changed_at_the_next_poll() {
        login("coordinator");
        WorkshopView view = open(OPEN);
        assertThat(GridKt._size(view.grid)).isEqualTo(6);
        // an educator signs up in another session meanwhile
        workshops.addPerson(activity(OPEN), dsl.fetchValue(USER_ACCOUNT.ID, USER_ACCOUNT.USERNAME.eq("educator")));
        assertThat(view.seats.getText()).startsWith("6 of 20");

        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));

        assertThat(view.seats.getText()).startsWith("7 of 20 seats taken, 13 left");
        assertThat(GridKt._size(view.grid)).isEqualTo(7);
    }

    @Test
    void an_admin_sees_any_centres_workshop() {
        login("admin");
        WorkshopView view = open("Darbnīca: skolēnu līdzdalība pašvaldībā");
        assertThat(view.when.getText()).contains("Ludzas Kopienu resursu centrs");
        assertThat(GridKt._size(view.grid)).isEqualTo(3);
    }

    @Test
    void removing_a_confirmed_person_promotes_the_first_one_waiting() {
        login("coordinator");
        WorkshopView view = open(FULL);
        SignupRow first = GridKt._get(view.grid, 0);

        GridKt._clickRenderer(view.grid, 0, "remove");
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getText(confirm)).startsWith(first.name() + " will be taken off the list");
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(texts()).containsExactly(first.name() + " was removed.");
        assertThat(view.seats.getText()).isEqualTo("8 of 8 seats taken, 0 left · 1 waiting");
        assertThat(statuses(view)).hasSize(9).endsWith("Confirmed", "Waiting, no. 1 in line");
        assertThat(GridKt._findAll(view.grid)).extracting(SignupRow::name).contains("Edgars Vītols")
                .doesNotContain(first.name());
        assertThat(dsl.select(MAIL_OUTBOX.KIND).from(MAIL_OUTBOX).orderBy(MAIL_OUTBOX.ID).fetch(MAIL_OUTBOX.KIND))
                .containsExactly("REMOVED", "PROMOTED");

        _setValue(view.showAll, true);
        assertThat(statuses(view)).hasSize(10).last().isEqualTo("Removed");
    }

    @Test
    void the_coordinator_adds_an_educator_who_goes_to_the_waiting_list() {
        login("coordinator");
        WorkshopView view = open(FULL);

        ComboBoxKt.setUserInput(view.addPerson, "Līga");
        List<EducatorOption> found = ComboBoxKt.getSuggestionItems(view.addPerson);
        assertThat(found).extracting(EducatorOption::name).containsExactly("Līga Pedagoģe");
        _setValue(view.addPerson, found.getFirst());

        assertThat(texts()).containsExactly("Līga Pedagoģe is on the waiting list, no. 3 in line.");
        assertThat(view.seats.getText()).endsWith("3 waiting");
        assertThat(view.addPerson.getValue()).isNull();
    }

    @Test
    void the_coordinator_edits_the_settings_and_more_seats_promote_people_waiting() {
        login("coordinator");
        WorkshopView view = open(FULL);
        _click(view.settings);
        WorkshopForm form = _get(WorkshopForm.class);
        assertThat(form.capacity.getValue()).isEqualTo(8);
        assertThat(form.place.getValue()).isEqualTo("Preiļu galvenā bibliotēka");

        _setValue(form.capacity, 9);
        _setValue(form.hours, 6.5);
        _setValue(form.audience, "Skolotāji un skolotāju palīgi");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(view.seats.getText()).isEqualTo("9 of 9 seats taken, 0 left · 1 waiting");
        var row = dsl.selectFrom(WORKSHOP).where(WORKSHOP.ACTIVITY_ID.eq(activity(FULL))).fetchSingle();
        assertThat(row.getPdHours()).isEqualByComparingTo("6.5");
        assertThat(row.getAudience()).isEqualTo("Skolotāji un skolotāju palīgi");
    }

    @Test
    void invalid_settings_are_shown_and_the_dialog_stays_open() {
        login("coordinator");
        WorkshopView view = open(OPEN);
        _click(view.settings);
        WorkshopForm form = _get(WorkshopForm.class);
        _setValue(form.capacity, 0);
        _setValue(form.onlineLink, "meet.example.lv");
        _setValue(form.hours, 2.3);
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(form.capacity.isInvalid()).isTrue();
        assertThat(form.capacity.getErrorMessage()).isEqualTo("The capacity must be between 1 and 10,000.");
        assertThat(form.onlineLink.getErrorMessage()).isEqualTo("Enter a full web address starting with http:// or https://.");
        assertThat(form.hours.getErrorMessage()).startsWith("Hours must be between 0 and 200");
        assertThat(_find(Dialog.class)).hasSize(1);
        assertThat(dsl.fetchValue(WORKSHOP.CAPACITY, WORKSHOP.ACTIVITY_ID.eq(activity(OPEN)))).isEqualTo(20);
    }

    @Test
    void a_capacity_below_the_confirmed_people_is_refused_with_the_reason() {
        login("coordinator");
        WorkshopView view = open(OPEN);
        _click(view.settings);
        _setValue(_get(WorkshopForm.class).capacity, 5);
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(texts()).containsExactly("6 people already have a seat: the capacity cannot be lower than that.");
        assertThat(_find(WorkshopForm.class)).as("what was typed stays").hasSize(1);
    }

    @Test
    void an_activity_is_opened_for_sign_up_from_its_page() {
        login("coordinator");
        long seminar = dsl.insertInto(ACTIVITY)
                .set(ACTIVITY.CENTRE_ID, dsl.fetchValue(CENTRE.ID, CENTRE.NAME.like("Preiļu%")))
                .set(ACTIVITY.TYPE, "SEMINAR").set(ACTIVITY.TITLE, "Seminārs: skolotāju tīkls")
                .set(ACTIVITY.STARTS_AT, LocalDateTime.now(clock).plusDays(20).withNano(0))
                .returningResult(ACTIVITY.ID).fetchSingle(ACTIVITY.ID);
        UI.getCurrent().navigate(ActivityDetailView.class, new RouteParameters("id", String.valueOf(seminar)));
        Button toWorkshop = _get(Button.class, spec -> spec.withText("Open for sign-up"));
        _click(toWorkshop);
        WorkshopView view = _get(WorkshopView.class);
        assertThat(view.notice.getText()).startsWith("This activity does not take sign-ups yet.");
        assertThat(view.grid.isVisible() && view.grid.getParent().orElseThrow().isVisible()).isFalse();

        _click(view.settings);
        WorkshopForm form = _get(WorkshopForm.class);
        _setValue(form.capacity, 15);
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(view.seats.getText()).isEqualTo("0 of 15 seats taken, 15 left · 0 waiting");
        assertThat(view.settings.getText()).isEqualTo("Sign-up settings");
        assertThat(dsl.fetchValue(WORKSHOP.CAPACITY, WORKSHOP.ACTIVITY_ID.eq(seminar))).isEqualTo(15);
    }

    @Test
    void an_activity_of_a_type_without_sign_up_offers_no_workshop() {
        login("coordinator");
        long event = dsl.insertInto(ACTIVITY)
                .set(ACTIVITY.CENTRE_ID, dsl.fetchValue(CENTRE.ID, CENTRE.NAME.like("Preiļu%")))
                .set(ACTIVITY.TYPE, "COMMUNITY_EVENT").set(ACTIVITY.TITLE, "Kaimiņu diena")
                .set(ACTIVITY.STARTS_AT, LocalDateTime.now(clock).plusDays(20).withNano(0))
                .returningResult(ACTIVITY.ID).fetchSingle(ACTIVITY.ID);
        UI.getCurrent().navigate(ActivityDetailView.class, new RouteParameters("id", String.valueOf(event)));
        assertThat(_find(Button.class, spec -> spec.withText("Open for sign-up"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Sign-up and waiting list"))).isEmpty();

        WorkshopView view = open(event);
        assertThat(view.notice.getText()).startsWith("Only workshops, seminars and teacher trainings");
        assertThat(view.settings.isVisible()).isFalse();
    }

    @Test
    void the_activity_page_leads_to_the_sign_up_list_of_a_workshop() {
        login("coordinator");
        UI.getCurrent().navigate(ActivityDetailView.class, new RouteParameters("id", String.valueOf(activity(FULL))));
        _click(_get(Button.class, spec -> spec.withText("Sign-up and waiting list")));
        assertThat(_get(WorkshopView.class).heading.getText()).isEqualTo(FULL);

        UI.getCurrent().navigate(WorkshopListView.class);
        assertThat(UI.getCurrent().getPollInterval()).as("polling ends with the page").isEqualTo(-1);
    }

    @Test
    void cancelling_asks_for_a_reason_and_tells_everyone() {
        login("coordinator");
        WorkshopView view = open(OPEN);
        _click(view.cancelWorkshop);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        _setValue(_get(confirm, TextArea.class), "Lektore saslima");
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(view.status.getText()).isEqualTo("Cancelled: Lektore saslima");
        assertThat(view.cancelWorkshop.isVisible()).isFalse();
        assertThat(view.addPerson.isVisible()).isFalse();
        assertThat(dsl.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.KIND.eq("WORKSHOP_CANCELLED"))).isEqualTo(6);
    }

    @Test
    void the_attendance_check_list_saves_the_marks_once_the_workshop_has_started() {
        login("coordinator");
        // the demo seminar is later today: here it began half an hour ago
        dsl.update(ACTIVITY).set(ACTIVITY.STARTS_AT, LocalDateTime.now(clock).minusMinutes(30).withNano(0))
                .where(ACTIVITY.ID.eq(activity(TODAY))).execute();
        WorkshopView view = open(TODAY);
        assertThat(view.attendanceHint.isVisible()).isFalse();
        assertThat(view.checklist.isEnabled()).isTrue();
        _click(view.checklist);
        AttendanceDialog dialog = _get(AttendanceDialog.class);
        assertThat(dialog.boxes).hasSize(4);
        List<Checkbox> boxes = List.copyOf(dialog.boxes.values());
        _setValue(boxes.get(0), true);
        _setValue(boxes.get(2), true);
        _click(dialog.save);

        assertThat(texts()).containsExactly("Attendance saved (2 changed).");
        assertThat(_find(AttendanceDialog.class)).isEmpty();
        assertThat(view.seats.getText()).endsWith("2 attended");
        long id = activity(TODAY);
        assertThat(dsl.fetchCount(ATTENDANCE, ATTENDANCE.ACTIVITY_ID.eq(id))).isEqualTo(2);
        assertThat(dsl.fetchCount(WORKSHOP_SIGNUP, WORKSHOP_SIGNUP.WORKSHOP_ID.eq(id),
                WORKSHOP_SIGNUP.ATTENDED.isTrue())).isEqualTo(2);
        assertThat(GridKt._findAll(view.grid)).filteredOn(SignupRow::attended).hasSize(2);
    }

    @Test
    void the_page_speaks_latvian_and_ukrainian() {
        login("coordinator");
        switchLanguage(TranslationProvider.LATVIAN);
        WorkshopView view = open(FULL);
        assertThat(view.seats.getText()).isEqualTo("Aizņemtas 8 no 8 vietām, brīvas 0 · gaida 2");
        assertThat(statuses(view)).contains("Gaida, 1. rindā");
        _click(view.settings);
        WorkshopForm form = _get(WorkshopForm.class);
        assertThat(form.language.getListDataView().getItems().map(l -> form.language.getItemLabelGenerator().apply(l)))
                .containsExactly("Latviešu", "Ukraiņu", "Angļu", "Krievu", "Latgaliešu");
        _click(_get(Button.class, spec -> spec.withText("Atcelt")));

        switchLanguage(TranslationProvider.UKRAINIAN);
        WorkshopView uk = open(FULL);
        assertThat(uk.seats.getText()).isEqualTo("Зайнято 8 з 8 місць, вільно 0 · очікують 2");
        assertThat(statuses(uk)).contains("Очікує, 2-й у черзі", "Підтверджено");
    }

    @Test
    void a_coordinator_of_ludza_gets_the_not_found_page_for_a_preili_workshop() {
        login("coordinator-ludza");
        UI.getCurrent().navigate(WorkshopView.class, new RouteParameters("activityId", String.valueOf(activity(FULL))));

        assertThat(_find(WorkshopView.class)).isEmpty();
        assertThat(_get(RecordNotFoundView.class).getElement().getTextRecursively()).startsWith("Page not found");
        assertThat(texts()).isEmpty();
        assertThat(UI.getCurrent().getPollInterval()).as("nothing polls for a page not shown").isEqualTo(-1);
    }

    @Test
    void educators_and_funders_are_not_let_in() {
        long id = activity(FULL);
        for (String role : List.of("educator", "funder")) {
            login(role);
            assertThatThrownBy(() -> UI.getCurrent().navigate(WorkshopView.class,
                    new RouteParameters("activityId", String.valueOf(id))))
                    .as(role).isInstanceOf(MockAccessDeniedException.class);
            assertThat(_find(WorkshopView.class)).isEmpty();
        }
    }
}
