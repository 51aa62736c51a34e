package lv.kopiena.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import lv.kopiena.KaribuTest;
import lv.kopiena.i18n.TranslationProvider;
import org.junit.jupiter.api.Test;

/** The side menu shows each role only what it may open. */
class MainLayoutTest extends KaribuTest {

    private List<String> menu() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void an_admin_sees_every_area() {
        login("admin");
        UI.getCurrent().navigate("");
        assertThat(menu()).containsExactly(MenuExpectations.ADMIN.toArray(String[]::new));
    }

    @Test
    void a_coordinator_sees_its_work_but_not_the_administration() {
        login("coordinator");
        UI.getCurrent().navigate("");
        assertThat(menu()).containsExactly(MenuExpectations.COORDINATOR.toArray(String[]::new));
    }

    @Test
    void an_educator_sees_workshops_its_own_sign_ups_and_hours_but_no_personal_data_areas() {
        login("educator");
        UI.getCurrent().navigate("");
        assertThat(menu()).as("educator").containsExactly("Home", "Workshops", "My workshops", "My hours", "My data");
    }

    @Test
    void a_funder_sees_the_public_workshops_and_its_reports_only() {
        login("funder");
        UI.getCurrent().navigate("");
        assertThat(menu()).as("funder").containsExactly("Home", "Workshops", "Reports", "My data");
    }

    @Test
    void the_menu_follows_the_chosen_language() {
        login("coordinator");
        UI.getCurrent().navigate("");
        UI.getCurrent().setLocale(TranslationProvider.LATVIAN);
        assertThat(menu()).first().isEqualTo("Sākums");
    }

    /** The menu in English, in order, per role. */
    static final class MenuExpectations {
        static final List<String> ADMIN = List.of("Home", "Workshops", "Initiatives", "Reports",
                "Activities", "Workshop sign-ups", "Participants", "Retention", "Institutions", "Centres", "Users",
                "Logged-in sessions", "Audit trail", "Backups", "Priorities and target groups", "My data");
        static final List<String> COORDINATOR = List.of("Home", "Workshops", "Initiatives", "Reports",
                "Activities", "Workshop sign-ups", "Participants", "Retention", "Institutions", "Audit trail", "My data");
    }
}
