package lv.kopiena.home.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import lv.kopiena.KaribuTest;
import org.junit.jupiter.api.Test;

class HomeViewTest extends KaribuTest {

    @Test
    void a_coordinator_sees_its_centre_and_the_active_communities_initiative() {
        login("coordinator");
        UI.getCurrent().navigate(HomeView.class);
        HomeView view = _get(HomeView.class);
        assertThat(view.greeting.getText()).isEqualTo("Welcome, Inga Koordinatore");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .contains("Your centre: Preiļu novada Kopienu resursu centrs");
        assertThat(_find(view.initiatives, ListItem.class)).extracting(ListItem::getText)
                .anyMatch(t -> t.startsWith("Aktīvās kopienas") && t.contains("current phase: 2. posms"))
                .noneMatch(t -> t.contains("Zilupes"));
    }

    @Test
    void an_admin_sees_all_centres_running_initiatives() {
        login("admin");
        UI.getCurrent().navigate(HomeView.class);
        HomeView view = _get(HomeView.class);
        assertThat(_find(view.initiatives, ListItem.class)).hasSize(3);
    }

    @Test
    void a_funder_sees_no_numbers_about_people() {
        login("funder");
        UI.getCurrent().navigate(HomeView.class);
        HomeView view = _get(HomeView.class);
        assertThat(view.numbers.getChildren()).isEmpty();
        assertThat(_find(view.initiatives, ListItem.class)).isEmpty();
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).anyMatch(t -> t.startsWith("As a funder"));
    }

    @Test
    void an_educator_is_told_what_kopiena_offers_educators() {
        login("educator");
        UI.getCurrent().navigate(HomeView.class);
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).anyMatch(t -> t.startsWith("As an educator"));
    }
}
