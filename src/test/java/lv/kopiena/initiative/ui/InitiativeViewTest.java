package lv.kopiena.initiative.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
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
import java.util.Set;
import java.util.stream.Collectors;
import lv.kopiena.KaribuTest;
import lv.kopiena.base.PageRequest;
import lv.kopiena.base.ui.FormDialog;
import lv.kopiena.base.ui.RecordNotFoundView;
import lv.kopiena.i18n.TranslationProvider;
import lv.kopiena.initiative.InitiativeDetail;
import lv.kopiena.initiative.InitiativeFilter;
import lv.kopiena.initiative.InitiativeLinks;
import lv.kopiena.initiative.InitiativeRow;
import lv.kopiena.initiative.InitiativeService;
import lv.kopiena.initiative.InitiativeStatus;
import lv.kopiena.initiative.InstitutionOption;
import lv.kopiena.initiative.Phase;
import lv.kopiena.priority.PriorityService;
import lv.kopiena.priority.Tag;
import lv.kopiena.priority.TagDraft;
import lv.kopiena.priority.TagKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class InitiativeViewTest extends KaribuTest {

    private static final String AKTIVAS = "Aktīvās kopienas";

    @Autowired
    InitiativeService initiatives;
    @Autowired
    PriorityService priorities;

    @Test
    void a_coordinator_sees_aktivas_kopienas_with_its_two_phases() {
        login("coordinator");
        InitiativeView view = open(initiativeId(AKTIVAS));
        InitiativeForm form = _get(InitiativeForm.class);
        assertThat(form.title.getValue()).isEqualTo(AKTIVAS);
        assertThat(form.centre.getValue().name()).isEqualTo("Preiļu novada Kopienu resursu centrs");
        assertThat(form.centre.isReadOnly()).isTrue();
        assertThat(form.status.getValue()).isEqualTo(InitiativeStatus.ACTIVE);
        assertThat(form.lead.getValue().name()).isEqualTo("Izglītības biedrība \"Kopā\"");
        assertThat(form.coordinator.getValue().displayName()).isEqualTo("Inga Koordinatore");
        assertThat(form.funders.getValue()).extracting(InstitutionOption::name)
                .containsExactlyInAnyOrder("Ziemeļu kultūras institūts", "Preiļu novada pašvaldība");
        assertThat(form.partners.getValue()).hasSize(7);
        assertThat(form.priorities.getValue()).extracting(t -> form.priorities.getItemLabelGenerator().apply(t))
                .contains("Residents' participation", "Inclusion of Ukrainian refugees");
        assertThat(form.targetGroups.getValue()).extracting(Tag::code)
                .containsExactlyInAnyOrder("TEACHERS", "CHILDREN_YOUTH", "PARENTS", "REFUGEES");
        assertThat(view.heading.getText()).isEqualTo(AKTIVAS);

        assertThat(GridKt._size(view.phases)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(view.phases, 0)).contains("1. posms: kopienu iepazīšana", "Written");
        assertThat(GridKt._getFormattedRow(view.phases, 1)).contains("2. posms: kopienu iniciatīvas", "");
    }

    @Test
    void labels_follow_the_language_of_the_ui() {
        login("coordinator");
        long id = initiativeId(AKTIVAS);
        switchLanguage(TranslationProvider.LATVIAN);
        open(id);
        InitiativeForm form = _get(InitiativeForm.class);
        assertThat(form.title.getLabel()).isEqualTo("Nosaukums");
        assertThat(form.priorities.getValue()).extracting(t -> form.priorities.getItemLabelGenerator().apply(t))
                .contains("Iedzīvotāju līdzdalība");
        assertThat(form.status.getItemLabelGenerator().apply(InitiativeStatus.ACTIVE)).isEqualTo("Aktīva");
    }

    @Test
    void an_inactive_priority_stays_shown_where_it_is_chosen_but_is_not_offered_elsewhere() {
        login("admin");
        long youth = priorities.activePriorities().stream()
                .filter(t -> t.code().equals("INVISIBLE_YOUTH")).findFirst().orElseThrow().id();
        TagDraft draft = priorities.edit(TagKind.PRIORITY, youth);
        draft.setActive(false);
        priorities.save(draft);

        login("coordinator");
        open(initiativeId(AKTIVAS));
        InitiativeForm form = _get(InitiativeForm.class);
        assertThat(form.priorities.getValue()).extracting(t -> form.priorities.getItemLabelGenerator().apply(t))
                .contains("Reaching \"invisible\" youth (not in education, work or training) (inactive)");

        login("coordinator-ludza");
        open(initiativeId("Zilupes un Ludzas kopienu dialogs"));
        InitiativeForm other = _get(InitiativeForm.class);
        assertThat(other.priorities.getListDataView().getItems()).extracting(Tag::code)
                .hasSize(6).doesNotContain("INVISIBLE_YOUTH");
    }

    @Test
    void a_coordinator_creates_an_initiative_for_its_centre() {
        login("coordinator");
        UI.getCurrent().navigate("initiatives/new");
        InitiativeView view = _get(InitiativeView.class);
        InitiativeForm form = _get(InitiativeForm.class);
        assertThat(form.centre.getValue().name()).isEqualTo("Preiļu novada Kopienu resursu centrs");
        assertThat(form.startsOn.getValue()).isNotNull();
        assertThat(view.addPhase.isEnabled()).isFalse();
        _setValue(form.title, "Riebiņu senioru klubs");
        _setValue(form.endsOn, form.startsOn.getValue().plusMonths(10));
        form.lead.setValue(institution("Biedrība \"Latgales jaunieši\""));
        form.partners.setValue(Set.of(institution("Riebiņu vidusskola")));
        form.targetGroups.setValue(form.targetGroups.getListDataView().getItems()
                .filter(t -> t.code().equals("ADULTS_DISABILITIES")).collect(Collectors.toSet()));
        _click(view.save);

        NotificationsKt.expectNotifications("Saved");
        assertThat(view.heading.getText()).isEqualTo("Riebiņu senioru klubs");
        assertThat(view.addPhase.isEnabled()).isTrue();
        InitiativeRow row = initiatives.list(new InitiativeFilter("Riebiņu senioru", null, null), PageRequest.of(0, 5))
                .getFirst();
        assertThat(row.leadName()).isEqualTo("Biedrība \"Latgales jaunieši\"");
        assertThat(row.status()).isEqualTo(InitiativeStatus.PLANNED);
        InitiativeDetail saved = initiatives.detail(row.id());
        assertThat(saved.partners()).extracting(InstitutionOption::name).containsExactly("Riebiņu vidusskola");
        assertThat(saved.targetGroupIds()).hasSize(1);
        assertThat(saved.coordinator().displayName()).isEqualTo("Inga Koordinatore");
    }

    @Test
    void an_admin_chooses_the_centre_of_a_new_initiative_and_then_its_coordinator() {
        login("admin");
        UI.getCurrent().navigate("initiatives/new");
        InitiativeView view = _get(InitiativeView.class);
        InitiativeForm form = _get(InitiativeForm.class);
        assertThat(form.centre.isReadOnly()).isFalse();
        _setValue(form.title, "Ludzas kopienu radio");
        _click(view.save);
        assertThat(form.centre.isInvalid()).isTrue();
        assertThat(form.centre.getErrorMessage()).isEqualTo("Required");

        form.centre.setValue(form.centre.getListDataView().getItems()
                .filter(c -> c.name().startsWith("Ludzas")).findFirst().orElseThrow());
        assertThat(form.coordinator.getListDataView().getItems()).extracting(c -> c.displayName())
                .containsExactly("Pēteris Koordinators");
        form.coordinator.setValue(form.coordinator.getListDataView().getItems().findFirst().orElseThrow());
        _click(view.save);

        assertThat(view.heading.getText()).isEqualTo("Ludzas kopienu radio");
        InitiativeRow row = initiatives.list(new InitiativeFilter("kopienu radio", null, null), PageRequest.of(0, 5))
                .getFirst();
        assertThat(row.centreName()).isEqualTo("Ludzas Kopienu resursu centrs");
    }

    @Test
    void a_coordinator_edits_the_title_and_the_partners() {
        login("coordinator");
        long id = initiativeId(AKTIVAS);
        InitiativeView view = open(id);
        InitiativeForm form = _get(InitiativeForm.class);
        _setValue(form.title, "Aktīvās kopienas Latgalē");
        Set<InstitutionOption> partners = new HashSet<>(form.partners.getValue());
        partners.removeIf(p -> p.name().equals("Vārkavas pamatskola"));
        form.partners.setValue(partners);
        _click(view.save);

        NotificationsKt.expectNotifications("Saved");
        InitiativeDetail saved = initiatives.detail(id);
        assertThat(saved.initiative().getTitle()).isEqualTo("Aktīvās kopienas Latgalē");
        assertThat(saved.partners()).hasSize(6).extracting(InstitutionOption::name).doesNotContain("Vārkavas pamatskola");
        assertThat(saved.funders()).hasSize(2);
    }

    @Test
    void validation_errors_are_shown_and_nothing_is_saved() {
        login("coordinator");
        long id = initiativeId(AKTIVAS);
        InitiativeView view = open(id);
        InitiativeForm form = _get(InitiativeForm.class);
        _setValue(form.title, "");
        _setValue(form.endsOn, form.startsOn.getValue().minusDays(1));
        _click(view.save);

        assertThat(form.title.isInvalid()).isTrue();
        assertThat(form.title.getErrorMessage()).isEqualTo("Required");
        assertThat(form.endsOn.isInvalid()).isTrue();
        assertThat(form.endsOn.getErrorMessage()).isEqualTo("The end must not be before the start");
        assertThat(initiatives.detail(id).initiative().getTitle()).isEqualTo(AKTIVAS);
    }

    @Test
    void a_concurrent_edit_is_reported_and_what_was_typed_stays() {
        login("coordinator");
        long id = initiativeId(AKTIVAS);
        InitiativeView view = open(id);
        InitiativeForm form = _get(InitiativeForm.class);
        // someone else saves the initiative meanwhile
        InitiativeDetail other = initiatives.detail(id);
        other.initiative().setGoals("Citi mērķi");
        initiatives.save(other.initiative(), new InitiativeLinks(Set.of(), Set.of(), other.priorityIds(), Set.of()));

        _setValue(form.title, "Mans nosaukums");
        _click(view.save);

        assertThat(errorText()).startsWith("Someone else changed this record after you opened it.");
        assertThat(form.title.getValue()).isEqualTo("Mans nosaukums");
        assertThat(initiatives.detail(id).initiative().getTitle()).isEqualTo(AKTIVAS);
    }

    @Test
    void a_coordinator_adds_a_phase_and_writes_the_closing_summary_of_another() {
        login("coordinator");
        long id = initiativeId(AKTIVAS);
        InitiativeView view = open(id);
        _click(view.addPhase);
        PhaseForm phaseForm = _get(PhaseForm.class);
        _setValue(phaseForm.name, "Starpposms: izvērtēšana");
        _setValue(phaseForm.startsOn, initiatives.phases(id).getLast().period().start().plusMonths(1));
        _setValue(phaseForm.endsOn, phaseForm.startsOn.getValue().plusMonths(1));
        assertThat(phaseForm.outsideWarning.isVisible()).isFalse();
        _setValue(phaseForm.goals, "Izvērtēt pirmo gadu.");
        _click(dialogButton("Save"));
        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(GridKt._size(view.phases)).isEqualTo(3);

        GridKt._clickItem(view.phases, 1);
        phaseForm = _get(PhaseForm.class);
        assertThat(phaseForm.name.getValue()).isEqualTo("2. posms: kopienu iniciatīvas");
        _setValue(phaseForm.closingSummary, "Atbalstīti 15 mazie projekti.");
        _click(dialogButton("Save"));

        assertThat(initiatives.phases(id)).extracting(Phase::name).contains("Starpposms: izvērtēšana");
        long second = initiatives.phases(id).stream().filter(p -> p.name().startsWith("2.")).findFirst().orElseThrow().id();
        assertThat(initiatives.phase(second).getClosingSummary()).isEqualTo("Atbalstīti 15 mazie projekti.");
    }

    @Test
    void a_phase_outside_the_initiatives_period_is_warned_about_but_saved() {
        login("coordinator");
        long id = initiativeId(AKTIVAS);
        InitiativeView view = open(id);
        _click(view.addPhase);
        PhaseForm phaseForm = _get(PhaseForm.class);
        _setValue(phaseForm.name, "Pēcprojekta posms");
        _setValue(phaseForm.startsOn, LocalDate.of(2040, 1, 1));
        assertThat(phaseForm.outsideWarning.isVisible()).isTrue();
        assertThat(phaseForm.outsideWarning.getText()).startsWith("This phase lies outside the initiative’s period (");
        _click(dialogButton("Save"));

        assertThat(GridKt._size(view.phases)).isEqualTo(3);
    }

    @Test
    void a_phase_without_a_name_or_with_its_end_before_its_start_is_not_saved() {
        login("coordinator");
        long id = initiativeId(AKTIVAS);
        InitiativeView view = open(id);
        _click(view.addPhase);
        PhaseForm phaseForm = _get(PhaseForm.class);
        _setValue(phaseForm.endsOn, phaseForm.startsOn.getValue().minusDays(3));
        _click(dialogButton("Save"));

        assertThat(phaseForm.name.getErrorMessage()).isEqualTo("Required");
        assertThat(phaseForm.endsOn.getErrorMessage()).isEqualTo("The end must not be before the start");
        assertThat(_find(Dialog.class)).hasSize(1);
        assertThat(initiatives.phases(id)).hasSize(2);
    }

    @Test
    void deleting_a_phase_that_activities_belong_to_says_how_many() {
        login("coordinator");
        long id = initiativeId(AKTIVAS);
        InitiativeView view = open(id);
        int activities = GridKt._get(view.phases, 0).activityCount();
        GridKt._clickItem(view.phases, 0);
        _click(dialogButton("Delete"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(errorText()).contains("(Activities: " + activities + ")");
        assertThat(initiatives.phases(id)).hasSize(2);
    }

    @Test
    void deleting_an_initiative_with_activities_is_refused_and_one_without_is_deleted() {
        login("coordinator");
        InitiativeView view = open(initiativeId(AKTIVAS));
        _click(view.delete);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(errorText()).startsWith("This cannot be deleted because other records refer to it (Activities: ");
        assertThat(_find(InitiativeView.class)).hasSize(1);

        login("coordinator-kraslava");
        view = open(initiativeId("Krāslavas jauniešu telpa"));
        _click(view.delete);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(GridKt._size(_get(InitiativeListView.class).grid)).isZero();
        assertThat(initiatives.count(InitiativeFilter.all())).isZero();
    }

    @Test
    void another_centres_initiative_gets_the_not_found_page() {
        login("coordinator");
        long id = initiativeId(AKTIVAS);
        login("coordinator-ludza");
        UI.getCurrent().navigate("initiatives/" + id);

        assertThat(_find(InitiativeView.class)).isEmpty();
        assertThat(_get(RecordNotFoundView.class).getElement().getTextRecursively()).startsWith("Page not found");
        assertThat(NotificationsKt.getNotifications()).isEmpty();
    }

    @Test
    void educators_and_funders_are_not_let_in() {
        login("coordinator");
        long id = initiativeId(AKTIVAS);
        for (String user : new String[] {"educator", "funder"}) {
            login(user);
            assertThatThrownBy(() -> UI.getCurrent().navigate("initiatives/" + id)).as(user)
                    .isInstanceOf(MockAccessDeniedException.class);
            assertThat(_find(InitiativeView.class)).isEmpty();
        }
    }

    private InitiativeView open(long id) {
        UI.getCurrent().navigate("initiatives/" + id);
        return _get(InitiativeView.class);
    }

    private long initiativeId(String title) {
        return initiatives.list(new InitiativeFilter(title, null, null), PageRequest.of(0, 1)).getFirst().id();
    }

    private InstitutionOption institution(String name) {
        return initiatives.institutions(name, 0, 5).stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }

    /** A button of the open form dialog (the view has its own Save and Delete). */
    private static Button dialogButton(String text) {
        return _get(_get(FormDialog.class), Button.class, spec -> spec.withText(text));
    }

    private static String errorText() {
        return NotificationsKt.getNotifications().stream()
                .flatMap(n -> _find(n, Span.class).stream())
                .map(Span::getText)
                .collect(Collectors.joining("\n"));
    }
}
