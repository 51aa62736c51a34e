package lv.kopiena.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import lv.kopiena.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

class MunicipalityServiceTest extends IntegrationTest {

    @Autowired
    MunicipalityService municipalities;

    @Test
    void former_municipalities_know_their_successor_from_the_2021_reform() {
        login("coordinator");
        Municipality aglona = municipalities.all().stream().filter(m -> m.name().equals("Aglonas novads")).findFirst().orElseThrow();
        assertThat(aglona.isFormer()).isTrue();
        assertThat(aglona.successorName()).isEqualTo("Preiļu novads");
        assertThat(aglona.mergedOn()).hasYear(2021);
        assertThat(municipalities.current()).extracting(Municipality::name)
                .contains("Preiļu novads", "Augšdaugavas novads", "Ludzas novads")
                .doesNotContain("Aglonas novads", "Ilūkstes novads", "Zilupes novads");
    }

    @Test
    void every_logged_in_role_may_read_the_list_but_an_anonymous_caller_may_not() {
        for (String user : List.of("admin", "coordinator", "educator", "funder")) {
            login(user);
            assertThat(municipalities.all()).as(user).isNotEmpty();
        }
        logout();
        assertThatThrownBy(municipalities::all).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
