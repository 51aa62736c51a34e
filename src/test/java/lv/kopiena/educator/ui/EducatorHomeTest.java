package lv.kopiena.educator.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.RouterLink;
import lv.kopiena.KaribuTest;
import lv.kopiena.security.ui.LoginView;
import org.junit.jupiter.api.Test;

/** The start page points educators and visitors to the workshop pages. */
class EducatorHomeTest extends KaribuTest {

    @Test
    void an_educators_start_page_points_to_workshops_sign_ups_and_hours() {
        login("educator");
        UI.getCurrent().navigate("");

        assertThat(_find(RouterLink.class)).extracting(RouterLink::getText, RouterLink::getHref).contains(
                org.assertj.core.groups.Tuple.tuple("Upcoming workshops", "workshops"),
                org.assertj.core.groups.Tuple.tuple("My workshops", "my-workshops"));
        assertThat(_find(Anchor.class)).extracting(Anchor::getText, Anchor::getHref)
                .contains(org.assertj.core.groups.Tuple.tuple("Hours and certificates", "my-hours"));
    }

    @Test
    void a_visitor_opening_the_start_page_gets_the_login_page_with_a_way_to_the_workshops() {
        UI.getCurrent().navigate("");

        assertThat(_find(LoginView.class)).hasSize(1);
        assertThat(_find(RouterLink.class)).extracting(RouterLink::getText, RouterLink::getHref).contains(
                org.assertj.core.groups.Tuple.tuple("See upcoming workshops without logging in", "workshops"),
                org.assertj.core.groups.Tuple.tuple("Create an educator account", "register"));
    }
}
