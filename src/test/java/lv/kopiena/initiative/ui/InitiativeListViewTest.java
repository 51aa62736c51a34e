package lv.kopiena.initiative.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
import lv.kopiena.KaribuTest;
import lv.kopiena.initiative.InitiativeRow;
import lv.kopiena.initiative.InitiativeStatus;
import org.junit.jupiter.api.Test;

class InitiativeListViewTest extends KaribuTest {

    @Test
    void a_coordinator_sees_aktivas_kopienas_with_its_two_phases() {
        login("coordinator");
        InitiativeListView view = open("initiatives");
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        InitiativeRow row = GridKt._get(view.grid, 0);
        assertThat(row.title()).isEqualTo("Aktīvās kopienas");
        assertThat(row.phaseCount()).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(view.grid, 0))
                .contains("Aktīvās kopienas", "Active", "Izglītības biedrība \"Kopā\"", "2");
        assertThat(view.centre.isVisible()).isFalse();
    }

    @Test
    void admin_sees_every_centre_and_filters_by_status_centre_and_title() {
        login("admin");
        InitiativeListView view = open("initiatives");
        assertThat(GridKt._size(view.grid)).isEqualTo(3);
        for (int i = 0; i < 3; i++) {
            GridKt._getFormattedRow(view.grid, i); // renders each status label
        }
        _setValue(view.status, InitiativeStatus.PLANNED);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._get(view.grid, 0).title()).isEqualTo("Krāslavas jauniešu telpa");
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("Planned", "Krāslavas Kopienu resursu centrs");

        _setValue(view.status, null);
        view.centre.setValue(view.centre.getListDataView().getItems()
                .filter(c -> c.name().startsWith("Ludzas")).findFirst().orElseThrow());
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._get(view.grid, 0).title()).isEqualTo("Zilupes un Ludzas kopienu dialogs");

        view.centre.clear();
        _setValue(view.search, "kopien");
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
    }

    @Test
    void the_list_sorts_by_title() {
        login("admin");
        InitiativeListView view = open("initiatives");
        GridKt._sortByKey(view.grid, "title", SortDirection.ASCENDING);
        assertThat(GridKt._get(view.grid, 0).title()).isEqualTo("Aktīvās kopienas");
        GridKt._sortByKey(view.grid, "status", SortDirection.DESCENDING);
        assertThat(GridKt._get(view.grid, 0).status()).isEqualTo(InitiativeStatus.PLANNED);
    }

    @Test
    void a_bookmarked_address_restores_the_filters() {
        login("admin");
        UI.getCurrent().navigate("initiatives", QueryParameters.fromString("status=ACTIVE&q=Ludzas"));
        InitiativeListView view = _get(InitiativeListView.class);
        assertThat(view.status.getValue()).isEqualTo(InitiativeStatus.ACTIVE);
        assertThat(view.search.getValue()).isEqualTo("Ludzas");
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
    }

    @Test
    void a_row_opens_the_initiative_and_new_opens_an_empty_form() {
        login("coordinator");
        InitiativeListView view = open("initiatives");
        GridKt._clickItem(view.grid, 0);
        assertThat(_get(InitiativeForm.class).title.getValue()).isEqualTo("Aktīvās kopienas");

        view = open("initiatives");
        _click(view.add);
        assertThat(_get(InitiativeForm.class).title.getValue()).isEmpty();
    }

    @Test
    void educators_and_funders_are_not_let_in() {
        for (String user : new String[] {"educator", "funder"}) {
            login(user);
            assertThatThrownBy(() -> UI.getCurrent().navigate(InitiativeListView.class)).as(user)
                    .isInstanceOf(MockAccessDeniedException.class);
            assertThat(_find(InitiativeListView.class)).isEmpty();
        }
    }

    private static InitiativeListView open(String location) {
        UI.getCurrent().navigate(location);
        return _get(InitiativeListView.class);
    }
}
