package lv.kopiena.workshop.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import java.util.List;
import lv.kopiena.KaribuTest;
import lv.kopiena.i18n.TranslationProvider;
import lv.kopiena.workshop.WorkshopFilter;
import lv.kopiena.workshop.WorkshopRow;
import lv.kopiena.workshop.WorkshopStatus;
import org.junit.jupiter.api.Test;

class WorkshopListViewTest extends KaribuTest {

    private WorkshopListView open() {
        UI.getCurrent().navigate(WorkshopListView.class);
        return _get(WorkshopListView.class);
    }

    private List<String> titles(WorkshopListView view) {
        return GridKt._findAll(view.grid).stream().map(WorkshopRow::title).toList();
    }

    @Test
    void a_coordinator_sees_the_centres_workshops_under_way_and_upcoming_soonest_first() {
        login("coordinator");
        WorkshopListView view = open();

        assertThat(titles(view)).containsExactly("Darbnīca: jauniešu brīvprātīgais darbs",
                "Seminārs: kopienas projekti skolā", "Digitālie rīki mācību stundā",
                "Iekļaujošā izglītība: darbs ar bēgļu bērniem");
        assertThat(GridKt._getFormattedRow(view.grid, 2)).contains("Digitālie rīki mācību stundā", "20", "6", "14", "0",
                "Open");
        assertThat(GridKt._getFormattedRow(view.grid, 3)).contains("8", "0", "2");
        assertThat(view.centre.isAttached()).as("a coordinator has one centre").isFalse();
    }

    @Test
    void filters_show_past_and_searched_workshops() {
        login("coordinator");
        WorkshopListView view = open();
        _setValue(view.when, WorkshopFilter.When.PAST);
        assertThat(titles(view)).containsExactly("Pedagogu apmācības: medijpratība klasē");
        // the one under way is not past yet

        _setValue(view.when, WorkshopFilter.When.ALL);
        _setValue(view.search, "digit");
        assertThat(titles(view)).containsExactly("Digitālie rīki mācību stundā");

        _setValue(view.status, WorkshopStatus.CANCELLED);
        assertThat(GridKt._size(view.grid)).isZero();
    }

    @Test
    void an_admin_sees_every_centres_workshops_and_can_pick_a_centre() {
        login("admin");
        WorkshopListView view = open();
        // upcoming and under way: the one that started an hour ago is where attendance is marked now
        assertThat(GridKt._size(view.grid)).isEqualTo(6);
        assertThat(titles(view)).contains("Darbnīca: jauniešu brīvprātīgais darbs");
        assertThat(view.grid.getColumnByKey("centre")).isNotNull();

        view.centre.setValue(view.centre.getListDataView().getItems()
                .filter(c -> c.name().startsWith("Krāslavas")).findFirst().orElseThrow());
        assertThat(titles(view)).containsExactly("Підтримка дітей-біженців у школі");
    }

    @Test
    void a_click_opens_the_workshop() {
        login("coordinator");
        WorkshopListView view = open();
        GridKt._clickItem(view.grid, 3);

        WorkshopView workshop = _get(WorkshopView.class);
        assertThat(workshop.heading.getText()).isEqualTo("Iekļaujošā izglītība: darbs ar bēgļu bērniem");
    }

    @Test
    void the_list_speaks_latvian_and_ukrainian() {
        login("coordinator");
        switchLanguage(TranslationProvider.LATVIAN);
        WorkshopListView lv = open();
        assertThat(lv.getPageTitle()).isEqualTo("Darbnīcu pieteikumi");
        assertThat(GridKt._getFormattedRow(lv.grid, 0)).contains("Atvērta");
        assertThat(lv.when.getListDataView().getItems().map(w -> lv.when.getItemLabelGenerator().apply(w)))
                .containsExactly("Gaidāmās un notiekošās", "Notikušās", "Visi datumi");

        switchLanguage(TranslationProvider.UKRAINIAN);
        WorkshopListView uk = open();
        assertThat(uk.getPageTitle()).isEqualTo("Реєстрації на семінари");
        assertThat(GridKt._getFormattedRow(uk.grid, 0)).contains("Відкритий");
    }

    @Test
    void educators_and_funders_are_not_let_in() {
        for (String role : List.of("educator", "funder")) {
            login(role);
            assertThatThrownBy(() -> UI.getCurrent().navigate(WorkshopListView.class))
                    .as(role).isInstanceOf(MockAccessDeniedException.class);
            assertThat(_find(WorkshopListView.class)).isEmpty();
        }
    }
}
