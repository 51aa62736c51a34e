package lv.kopiena.institution.ui;

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
import com.vaadin.flow.router.QueryParameters;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import lv.kopiena.KaribuTest;
import lv.kopiena.base.PageRequest;
import lv.kopiena.i18n.TranslationProvider;
import lv.kopiena.institution.Institution;
import lv.kopiena.institution.InstitutionFilter;
import lv.kopiena.institution.InstitutionService;
import lv.kopiena.institution.InstitutionType;
import lv.kopiena.municipality.Municipality;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class InstitutionListViewTest extends KaribuTest {

    @Autowired
    InstitutionService institutions;

    @Test
    void admin_sees_the_demo_institutions_with_former_municipalities_named_with_todays() {
        login("admin");
        InstitutionListView view = open();
        assertThat(GridKt._size(view.grid)).isEqualTo(33);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).containsExactly(
                "Aglonas bērnudārzs \"Sprīdītis\"", "Kindergarten", "Aglonas novads (now Preiļu novads)",
                GridKt._get(view.grid, 0).contactName() == null ? "" : GridKt._get(view.grid, 0).contactName());
    }

    @Test
    void coordinator_sees_the_demo_institutions() {
        login("coordinator");
        InstitutionListView view = open();
        assertThat(GridKt._size(view.grid)).isEqualTo(33);
        assertThat(_find(Button.class, spec -> spec.withText("New institution"))).hasSize(1);
    }

    @Test
    void the_view_speaks_latvian() {
        login("coordinator");
        switchLanguage(TranslationProvider.LATVIAN);
        InstitutionListView view = open();
        assertThat(view.getPageTitle()).isEqualTo("Iestādes un organizācijas");
        assertThat(GridKt._getFormattedRow(view.grid, 0).get(2)).isEqualTo("Aglonas novads (tagad Preiļu novads)");
    }

    @Test
    void filter_by_type_with_translated_labels() {
        login("admin");
        InstitutionListView view = open();
        assertThat(Arrays.stream(InstitutionType.values()).map(t -> view.type.getItemLabelGenerator().apply(t)).toList())
                .containsExactly("School", "Kindergarten", "NGO", "Municipality", "Library", "Museum", "Business",
                        "Media", "Foreign partner");
        _setValue(view.type, InstitutionType.LIBRARY);
        assertThat(GridKt._size(view.grid)).isEqualTo(3);
        assertThat(GridKt._getFormattedRow(view.grid, 0).get(1)).isEqualTo("Library");
    }

    @Test
    void filter_by_todays_municipality_includes_its_former_ones_and_search_narrows_it() {
        login("coordinator");
        InstitutionListView view = open();
        _setValue(view.municipality, municipality(view, "Preiļu novads"));
        assertThat(GridKt._size(view.grid)).isEqualTo(16);
        _setValue(view.search, "aglonas");
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        _setValue(view.municipality, municipality(view, "Ludzas novads"));
        assertThat(GridKt._size(view.grid)).isZero();
        assertThat(view.municipality.getItemLabelGenerator().apply(municipality(view, "Zilupes novads")))
                .isEqualTo("Zilupes novads (now Ludzas novads)");
    }

    @Test
    void filters_are_read_from_a_bookmarked_address() {
        login("coordinator");
        UI.getCurrent().navigate("institutions", QueryParameters.simple(Map.of("type", "SCHOOL", "q", "vidusskola")));
        InstitutionListView view = _get(InstitutionListView.class);
        assertThat(view.type.getValue()).isEqualTo(InstitutionType.SCHOOL);
        assertThat(view.search.getValue()).isEqualTo("vidusskola");
        assertThat(GridKt._size(view.grid)).isEqualTo(8);
    }

    @Test
    void sorting_by_municipality_is_offered() {
        login("admin");
        InstitutionListView view = open();
        assertThat(view.grid.getColumns()).filteredOn(c -> c.isSortable()).extracting(c -> c.getKey())
                .containsExactly("name", "type", "municipality");
    }

    @Test
    void coordinator_adds_an_institution_through_the_form() {
        login("coordinator");
        InstitutionListView view = open();
        _click(view.add);
        InstitutionForm form = _get(InstitutionForm.class);
        _setValue(form.name, "Riebiņu novada jauniešu centrs");
        _setValue(form.type, InstitutionType.NGO);
        _setValue(form.municipality, municipality(form, "Riebiņu novads"));
        _setValue(form.contactEmail, "jauniesi@riebini.example.lv");
        save();

        assertThat(_find(Dialog.class)).isEmpty();
        NotificationsKt.expectNotifications("Saved");
        List<Institution> found = institutions.list(InstitutionFilter.search("Riebiņu novada jauniešu"), PageRequest.of(0, 5));
        assertThat(found).extracting(Institution::type, Institution::municipalitySuccessorName, Institution::contactEmail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(InstitutionType.NGO, "Preiļu novads",
                        "jauniesi@riebini.example.lv"));
    }

    @Test
    void admin_edits_an_institution() {
        login("admin");
        InstitutionListView view = open();
        Institution first = GridKt._get(view.grid, 0);
        GridKt._clickItem(view.grid, 0);
        InstitutionForm form = _get(InstitutionForm.class);
        assertThat(form.name.getValue()).isEqualTo(first.name());
        assertThat(form.type.getValue()).isEqualTo(first.type());
        assertThat(form.duplicateWarning.isVisible()).isFalse();
        _setValue(form.contactPhone, "+371 29999998");
        _setValue(form.notes, "Sadarbība kopš 2022. gada");
        save();

        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(institutions.get(first.id()).getContactPhone()).isEqualTo("+371 29999998");
        assertThat(institutions.get(first.id()).getNotes()).isEqualTo("Sadarbība kopš 2022. gada");
    }

    @Test
    void missing_and_malformed_values_are_shown_and_the_dialog_stays_open() {
        login("coordinator");
        open();
        _click(_get(InstitutionListView.class).add);
        InstitutionForm form = _get(InstitutionForm.class);
        _setValue(form.contactEmail, "not an e-mail");
        save();

        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.name.getErrorMessage()).isEqualTo("Required");
        assertThat(form.type.isInvalid()).isTrue();
        assertThat(form.municipality.isInvalid()).isTrue();
        assertThat(form.contactEmail.isInvalid()).isTrue();
        assertThat(form.contactEmail.getErrorMessage()).isEqualTo("Enter a valid e-mail address");
        assertThat(_find(Dialog.class)).hasSize(1);
        assertThat(institutions.count(InstitutionFilter.all())).isEqualTo(33);
    }

    @Test
    void a_look_alike_name_shows_a_warning_in_the_form_but_may_be_saved() {
        login("coordinator");
        InstitutionListView view = open();
        _click(view.add);
        InstitutionForm form = _get(InstitutionForm.class);
        _setValue(form.name, "Vārkavas sievietes");

        assertThat(form.duplicateWarning.isVisible()).isTrue();
        assertThat(form.duplicateWarning.getElement().getTextRecursively())
                .contains("already registered")
                .contains("Biedrība \"Vārkavas sievietes\" (NGO, Vārkavas novads (now Preiļu novads)): the same name");

        _setValue(form.name, "Vārkavas amatnieku biedrība");
        assertThat(form.duplicateWarning.isVisible()).isFalse();

        _setValue(form.name, "Vārkavas sievietes");
        _setValue(form.type, InstitutionType.NGO);
        _setValue(form.municipality, municipality(form, "Preiļu novads"));
        save();
        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(institutions.count(InstitutionFilter.search("Vārkavas sievietes"))).isEqualTo(2);
    }

    @Test
    void a_save_after_someone_elses_save_is_refused_with_a_message_and_the_form_stays_open() {
        login("coordinator");
        InstitutionListView view = open();
        Institution first = GridKt._get(view.grid, 0);
        GridKt._clickItem(view.grid, 0);
        InstitutionForm form = _get(InstitutionForm.class);
        _setValue(form.contactPhone, "+371 20000030");

        var meanwhile = institutions.get(first.id());
        meanwhile.setContactPhone("+371 20000040");
        institutions.save(meanwhile);
        save();

        assertThat(errorMessage()).startsWith("Someone else changed this record");
        assertThat(_find(InstitutionForm.class)).hasSize(1);
        assertThat(form.contactPhone.getValue()).isEqualTo("+371 20000030");
        assertThat(institutions.get(first.id()).getContactPhone()).isEqualTo("+371 20000040");
    }

    @Test
    void admin_is_told_what_refers_to_an_institution_that_cannot_be_deleted() {
        login("admin");
        InstitutionListView view = open();
        _setValue(view.search, "Ziemeļu kultūras");
        GridKt._clickItem(view.grid, 0);
        _click(_get(Button.class, spec -> spec.withText("Delete")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        String message = errorMessage();
        assertThat(message).startsWith("This cannot be deleted").contains("Initiatives it funds: 1", "User accounts: 1");
        assertThat(_find(InstitutionForm.class)).hasSize(1);
        assertThat(institutions.count(InstitutionFilter.search("Ziemeļu kultūras"))).isEqualTo(1);
    }

    @Test
    void admin_deletes_an_institution_nothing_refers_to() {
        login("admin");
        InstitutionListView view = open();
        _setValue(view.search, "Balvu novada muzejs");
        GridKt._clickItem(view.grid, 0);
        _click(_get(Button.class, spec -> spec.withText("Delete")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        NotificationsKt.expectNotifications("Deleted");
        assertThat(GridKt._size(view.grid)).isZero();
    }

    @Test
    void a_coordinator_is_not_offered_delete() {
        login("coordinator");
        InstitutionListView view = open();
        GridKt._clickItem(view.grid, 0);
        assertThat(_find(InstitutionForm.class)).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withText("Delete"))).isEmpty();
    }

    @Test
    void educators_and_funders_are_not_let_in() {
        for (String user : List.of("educator", "funder")) {
            login(user);
            assertThatThrownBy(() -> UI.getCurrent().navigate(InstitutionListView.class)).as(user)
                    .isInstanceOf(MockAccessDeniedException.class);
            assertThat(_find(InstitutionListView.class)).as(user).isEmpty();
        }
    }

    private static InstitutionListView open() {
        UI.getCurrent().navigate(InstitutionListView.class);
        return _get(InstitutionListView.class);
    }

    /** The text of the error notification (it has a close button beside the text). */
    private static String errorMessage() {
        return NotificationsKt.getNotifications().stream()
                .flatMap(n -> _find(n, Span.class).stream()).map(Span::getText)
                .findFirst().orElseThrow();
    }

    private static void save() {
        _click(_get(Button.class, spec -> spec.withText("Save")));
    }

    private static Municipality municipality(InstitutionListView view, String name) {
        return view.municipality.getListDataView().getItems().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    private static Municipality municipality(InstitutionForm form, String name) {
        return form.municipality.getListDataView().getItems().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }
}
