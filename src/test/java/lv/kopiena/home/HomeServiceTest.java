package lv.kopiena.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import lv.kopiena.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class HomeServiceTest extends IntegrationTest {

    @Autowired
    HomeService home;

    @Test
    void a_coordinators_numbers_cover_only_its_centre() {
        login("coordinator-ludza");
        Overview ludza = home.overview();
        assertThat(ludza.centreName()).isEqualTo("Ludzas Kopienu resursu centrs");
        assertThat(ludza.participants()).isEqualTo(40);
        assertThat(ludza.runningInitiatives()).extracting(Overview.InitiativeLine::title)
                .containsExactly("Zilupes un Ludzas kopienu dialogs");

        login("admin");
        assertThat(home.overview().participants()).isEqualTo(204);
    }

    @Test
    void educators_and_funders_get_no_overview() {
        for (String user : new String[] {"educator", "funder"}) {
            login(user);
            assertThatThrownBy(home::overview).as(user).isInstanceOf(AccessDeniedException.class);
        }
    }
}
