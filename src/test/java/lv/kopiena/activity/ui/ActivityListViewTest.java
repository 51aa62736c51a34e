package lv.kopiena.activity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static lv.kopiena.jooq.Tables.ACTIVITY;
import static lv.kopiena.jooq.Tables.ACTIVITY_PRIORITY;
import static lv.kopiena.jooq.Tables.CENTRE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import lv.kopiena.KaribuTest;
import lv.kopiena.activity.ActivityRow;
import lv.kopiena.activity.ActivityType;
import lv.kopiena.activity.InitiativeOption;
import lv.kopiena.activity.InstitutionOption;
import lv.kopiena.activity.TagOption;
import lv.kopiena.i18n.TranslationProvider;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ActivityListViewTest extends KaribuTest {

    @Autowired
    DSLContext dsl;

    @Test
    void a_coordinator_sees_the_preili_activities_only_newest_first() {
        login("coordinator");
        UI.getCurrent().navigate(ActivityListView.class);
        ActivityListView view = _get(ActivityListView.class);

        int preili = dsl.fetchCount(ACTIVITY, ACTIVITY.CENTRE_ID.eq(centre("Preiļu")));
        assertThat(GridKt._size(view.grid)).isEqualTo(preili);
        List<ActivityRow> rows = GridKt._fetch(view.grid, 0, preili);
        assertThat(rows).allSatisfy(r -> assertThat(r.centreName()).startsWith("Preiļu"));
        assertThat(rows.getFirst().startsAt()).isEqualTo(dsl.select(org.jooq.impl.DSL.max(ACTIVITY.STARTS_AT)).from(ACTIVITY)
                .where(ACTIVITY.CENTRE_ID.eq(centre("Preiļu"))).fetchOne().value1());
        assertThat(view.grid.getColumnByKey("centre").isVisible()).isFalse();
        assertThat(view.centre.isVisible()).isFalse();
        assertThat(view.initiative.getListDataView().getItems().map(InitiativeOption::title)).containsExactly("Aktīvās kopienas");
    }

    @Test
    void a_coordinator_adds_an_activity_and_lands_on_its_attendance() {
        login("coordinator");
        UI.getCurrent().navigate(ActivityListView.class);
        _click(_get(ActivityListView.class).add);
        ActivityForm form = _get(ActivityForm.class);
        assertThat(form.centre.isVisible()).isFalse();
        assertThat(form.start.getValue()).as("a new activity starts at the next full hour").isNotNull();

        _setValue(form.type, ActivityType.WORKSHOP);
        _setValue(form.title, "Darbnīca: kopienas avīze");
        LocalDateTime start = LocalDateTime.now().plusDays(2).withHour(14).withMinute(0).withSecond(0).withNano(0);
        _setValue(form.start, start);
        _setValue(form.end, start.plusHours(2));
        _setValue(form.place, "Preiļu galvenā bibliotēka");
        _setValue(form.initiative, form.initiative.getListDataView().getItems()
                .filter(i -> i.title().equals("Aktīvās kopienas")).findFirst().orElseThrow());
        assertThat(form.phase.getValue()).as("the phase of the date is suggested").isNotNull();
        assertThat(form.phase.getValue().contains(start.toLocalDate())).isTrue();
        TagOption participation = form.priorities.getListDataView().getItems().findFirst().orElseThrow();
        _setValue(form.priorities, Set.of(participation));
        _setValue(form.organiserPerson, "Anna Demo-Ozoliņa");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(_find(Dialog.class)).isEmpty();
        NotificationsKt.expectNotifications("Saved");
        ActivityDetailView detail = _get(ActivityDetailView.class);
        assertThat(detail.heading.getText()).isEqualTo("Darbnīca: kopienas avīze");
        Long id = dsl.fetchValue(ACTIVITY.ID, ACTIVITY.TITLE.eq("Darbnīca: kopienas avīze"));
        assertThat(dsl.fetchValue(ACTIVITY.CENTRE_ID, ACTIVITY.ID.eq(id))).isEqualTo(centre("Preiļu"));
        assertThat(dsl.fetchValue(ACTIVITY.PHASE_ID, ACTIVITY.ID.eq(id))).isEqualTo(form.phase.getValue().id());
        assertThat(dsl.fetchValue(ACTIVITY.ORGANISER_PERSON, ACTIVITY.ID.eq(id))).isEqualTo("Anna Demo-Ozoliņa");
        assertThat(dsl.fetch(ACTIVITY_PRIORITY, ACTIVITY_PRIORITY.ACTIVITY_ID.eq(id)).getValues(ACTIVITY_PRIORITY.PRIORITY_ID))
                .containsExactly(participation.id());
    }

    @Test
    void a_missing_title_and_an_end_before_the_start_are_shown_and_the_dialog_stays_open() {
        login("coordinator");
        UI.getCurrent().navigate(ActivityListView.class);
        _click(_get(ActivityListView.class).add);
        ActivityForm form = _get(ActivityForm.class);
        _setValue(form.type, ActivityType.SEMINAR);
        _setValue(form.end, form.start.getValue().minusHours(1));
        ComboBoxKt.setUserInput(form.organiserInstitution, "bibliotēka");
        List<InstitutionOption> libraries = ComboBoxKt.getSuggestionItems(form.organiserInstitution);
        assertThat(libraries).isNotEmpty().allSatisfy(i -> assertThat(i.name()).containsIgnoringCase("bibliotēka"));
        _setValue(form.organiserInstitution, libraries.getFirst());
        _setValue(form.organiserPerson, "Jānis Demo-Bērziņš");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(form.title.isInvalid()).isTrue();
        assertThat(form.title.getErrorMessage()).isEqualTo("Required");
        assertThat(form.end.isInvalid()).isTrue();
        assertThat(form.end.getErrorMessage()).isEqualTo("The end must not be before the start");
        assertThat(form.organiserPerson.isInvalid()).isTrue();
        assertThat(form.organiserPerson.getErrorMessage()).isEqualTo("Give either an institution or a person as the organiser, not both.");
        assertThat(_find(Dialog.class)).hasSize(1);
        assertThat(dsl.fetchCount(ACTIVITY, ACTIVITY.ORGANISER_PERSON.eq("Jānis Demo-Bērziņš"))).isZero();
    }

    @Test
    void filters_narrow_the_list() {
        login("coordinator");
        UI.getCurrent().navigate(ActivityListView.class);
        ActivityListView view = _get(ActivityListView.class);
        int all = GridKt._size(view.grid);

        _setValue(view.type, ActivityType.WORKSHOP);
        int workshops = GridKt._size(view.grid);
        assertThat(workshops).isPositive().isLessThan(all);
        assertThat(GridKt._fetch(view.grid, 0, workshops)).allSatisfy(r -> assertThat(r.type()).isEqualTo(ActivityType.WORKSHOP));

        _setValue(view.type, null);
        _setValue(view.search, "Vārkavas kultūras nams");
        assertThat(GridKt._size(view.grid)).isPositive().isLessThan(all);

        _setValue(view.search, "");
        _setValue(view.from, java.time.LocalDate.now().plusYears(5));
        assertThat(GridKt._size(view.grid)).isZero();
    }

    @Test
    void an_admin_sees_all_centres_and_can_pick_one() {
        login("admin");
        UI.getCurrent().navigate(ActivityListView.class);
        ActivityListView view = _get(ActivityListView.class);
        assertThat(GridKt._size(view.grid)).isEqualTo(dsl.fetchCount(ACTIVITY));
        assertThat(view.grid.getColumnByKey("centre").isVisible()).isTrue();

        _setValue(view.centre, view.centre.getListDataView().getItems()
                .filter(c -> c.name().startsWith("Ludzas")).findFirst().orElseThrow());
        assertThat(GridKt._size(view.grid)).isEqualTo(11);
        assertThat(view.initiative.getListDataView().getItems().map(InitiativeOption::title))
                .containsExactly("Zilupes un Ludzas kopienu dialogs");

        _click(view.add);
        ActivityForm form = _get(ActivityForm.class);
        assertThat(form.centre.isVisible()).isTrue();
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(form.centre.isInvalid()).isTrue();
    }

    @Test
    void the_list_and_the_form_speak_latvian() {
        login("coordinator");
        switchLanguage(TranslationProvider.LATVIAN);
        UI.getCurrent().navigate(ActivityListView.class);
        ActivityListView view = _get(ActivityListView.class);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).anySatisfy(cell -> assertThat(cell).contains("Aktīvās kopienas"));
        assertThat(view.add.getText()).isEqualTo("Jauna aktivitāte");
        assertThat(view.type.getListDataView().getItems().map(t -> view.type.getItemLabelGenerator().apply(t)))
                .contains("Darbnīca", "Apaļais galds");
        _click(view.add);
        assertThat(_get(ActivityForm.class).type.getLabel()).isEqualTo("Veids");
        _click(_get(Button.class, spec -> spec.withText("Atcelt")));
    }

    @Test
    void the_list_and_the_form_speak_ukrainian() {
        login("coordinator");
        switchLanguage(TranslationProvider.UKRAINIAN);
        UI.getCurrent().navigate(ActivityListView.class);
        ActivityListView view = _get(ActivityListView.class);
        GridKt._getFormattedRow(view.grid, 0);
        assertThat(view.type.getListDataView().getItems().map(t -> view.type.getItemLabelGenerator().apply(t)))
                .doesNotContainNull().hasSize(ActivityType.values().length);
        assertThat(view.add.getText()).isEqualTo("Новий захід");
        assertThat(view.type.getItemLabelGenerator().apply(ActivityType.ROUND_TABLE)).isEqualTo("Круглий стіл");
        _click(view.add);
        assertThat(_get(ActivityForm.class).title.getLabel()).isEqualTo("Назва");
    }

    @Test
    void educators_and_funders_are_not_let_in() {
        for (String user : List.of("educator", "funder")) {
            login(user);
            assertThatThrownBy(() -> UI.getCurrent().navigate(ActivityListView.class)).as(user)
                    .isInstanceOf(MockAccessDeniedException.class);
            assertThat(_find(ActivityListView.class)).isEmpty();
        }
    }

    private long centre(String prefix) {
        return dsl.fetchValue(CENTRE.ID, CENTRE.NAME.startsWith(prefix));
    }
}
