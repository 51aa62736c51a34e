package lv.kopiena.centre.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import lv.kopiena.KaribuTest;
import lv.kopiena.base.PageRequest;
import lv.kopiena.centre.Centre;
import lv.kopiena.centre.CentreService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CentreListViewTest extends KaribuTest {

    @Autowired
    CentreService centres;

    @Test
    void admin_sees_the_demo_centres() {
        login("admin");
        UI.getCurrent().navigate(CentreListView.class);
        CentreListView view = _get(CentreListView.class);
        assertThat(GridKt._size(view.grid)).isEqualTo(3);
        assertThat(GridKt._get(view.grid, 0).name()).isEqualTo("Krāslavas Kopienu resursu centrs");
    }

    @Test
    void admin_adds_a_centre_through_the_form() {
        login("admin");
        UI.getCurrent().navigate(CentreListView.class);
        CentreListView view = _get(CentreListView.class);
        _click(view.add);
        CentreForm form = _get(CentreForm.class);
        _setValue(form.name, "Rēzeknes Kopienu resursu centrs");
        form.municipality.setValue(form.municipality.getListDataView().getItems()
                .filter(m -> m.name().equals("Rēzeknes valstspilsēta")).findFirst().orElseThrow());
        _setValue(form.premises, "Rēzeknes bibliotēkā");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(centres.list("Rēzeknes", PageRequest.of(0, 5))).extracting(Centre::premises)
                .containsExactly("Rēzeknes bibliotēkā");
        NotificationsKt.expectNotifications("Saved");
    }

    @Test
    void a_missing_name_is_shown_and_the_dialog_stays_open() {
        login("admin");
        UI.getCurrent().navigate(CentreListView.class);
        _click(_get(CentreListView.class).add);
        _click(_get(Button.class, spec -> spec.withText("Save")));

        CentreForm form = _get(CentreForm.class);
        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.name.getErrorMessage()).isEqualTo("Required");
        assertThat(_find(Dialog.class)).hasSize(1);
    }

    @Test
    void admin_edits_a_centre() {
        login("admin");
        UI.getCurrent().navigate(CentreListView.class);
        CentreListView view = _get(CentreListView.class);
        Centre ludza = GridKt._get(view.grid, 1);
        GridKt._clickItem(view.grid, 1);
        CentreForm form = _get(CentreForm.class);
        assertThat(form.name.getValue()).isEqualTo(ludza.name());
        _setValue(form.contactPhone, "+371 29999999");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(centres.list("Ludzas", PageRequest.of(0, 1)).getFirst().contactPhone()).isEqualTo("+371 29999999");
    }

    @Test
    void a_coordinator_is_not_let_into_the_centre_list() {
        login("coordinator");
        assertThatThrownBy(() -> UI.getCurrent().navigate(CentreListView.class))
                .isInstanceOf(MockAccessDeniedException.class);
        assertThat(_find(CentreListView.class)).isEmpty();
    }

    @Test
    void search_filters_the_list() {
        login("admin");
        UI.getCurrent().navigate(CentreListView.class);
        CentreListView view = _get(CentreListView.class);
        _setValue(view.search, "Ludza");
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(_get(TextField.class, spec -> spec.withPlaceholder("Search"))).isSameAs(view.search);
    }
}
