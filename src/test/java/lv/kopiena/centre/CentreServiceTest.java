package lv.kopiena.centre;

import static lv.kopiena.base.TextAssertions.WITH_LINE_BREAK;
import static lv.kopiena.base.TextAssertions.assertRefusedForControlCharacters;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import lv.kopiena.IntegrationTest;
import lv.kopiena.base.ConcurrentEditException;
import lv.kopiena.base.PageRequest;
import lv.kopiena.base.ReferencedException;
import lv.kopiena.base.ValidationException;
import lv.kopiena.jooq.tables.records.CentreRecord;
import lv.kopiena.municipality.MunicipalityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

class CentreServiceTest extends IntegrationTest {

    @Autowired
    CentreService centres;
    @Autowired
    MunicipalityService municipalities;

    @Test
    void admin_creates_a_centre_and_finds_it_by_search() {
        login("admin");
        CentreRecord centre = centres.newCentre();
        centre.setName("Aglonas kopienu centrs");
        centre.setMunicipalityId(municipalities.current().getFirst().id());
        centres.save(centre);

        List<Centre> found = centres.list("Aglonas", PageRequest.of(0, 10));
        assertThat(found).extracting(Centre::name).containsExactly("Aglonas kopienu centrs");
        assertThat(centres.count("Aglonas")).isEqualTo(1);
    }

    @Test
    void a_name_or_contact_with_a_line_break_is_refused_and_nothing_is_stored() {
        login("admin");
        CentreRecord centre = centres.newCentre();
        centre.setName(WITH_LINE_BREAK);
        centre.setMunicipalityId(municipalities.current().getFirst().id());
        assertRefusedForControlCharacters(() -> centres.save(centre));

        centre.setName("Aglonas kopienu centrs");
        centre.setContactName("Anna\tBērziņa");
        assertRefusedForControlCharacters(() -> centres.save(centre));
        assertThat(centres.count("Anna")).isZero();
        assertThat(centres.count("Aglonas")).isZero();
    }

    @Test
    void a_second_centre_with_the_same_name_is_refused_with_a_message() {
        login("admin");
        CentreRecord centre = centres.newCentre();
        centre.setName("Preiļu novada Kopienu resursu centrs");
        centre.setMunicipalityId(municipalities.current().getFirst().id());
        assertThatThrownBy(() -> centres.save(centre))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).translationKey()).isEqualTo("centre.error.name-taken");
    }

    @Test
    void the_second_of_two_concurrent_edits_is_refused_not_overwritten() {
        login("admin");
        long id = centres.list("Ludzas", PageRequest.of(0, 1)).getFirst().id();
        CentreRecord first = centres.get(id);
        CentreRecord second = centres.get(id);
        first.setAddress("Ludza, Tirgus iela 1");
        centres.save(first);
        second.setAddress("Ludza, Stacijas iela 9");

        assertThatThrownBy(() -> centres.save(second)).isInstanceOf(ConcurrentEditException.class);
        assertThat(centres.get(id).getAddress()).isEqualTo("Ludza, Tirgus iela 1");
    }

    @Test
    void deleting_a_centre_with_accounts_and_activities_says_what_refers_to_it() {
        login("admin");
        long id = centres.list("Preiļu", PageRequest.of(0, 1)).getFirst().id();
        assertThatThrownBy(() -> centres.delete(id))
                .isInstanceOfSatisfying(ReferencedException.class, e -> assertThat(e.references())
                        .extracting(ReferencedException.Reference::translationKey)
                        .contains("user.plural", "activity.plural", "participant.plural"));
    }

    @Test
    void sorting_by_an_unknown_property_fails_loudly() {
        login("admin");
        assertThatThrownBy(() -> centres.list("", new PageRequest(0, 10, List.of(new PageRequest.SortOrder("password", true)))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void only_an_admin_may_change_centres() {
        for (String user : List.of("coordinator", "educator", "funder")) {
            login(user);
            assertThatThrownBy(() -> centres.save(new CentreRecord())).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> centres.delete(1L)).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> centres.get(1L)).as(user).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void educators_funders_and_anonymous_callers_cannot_list_centres() {
        for (String user : List.of("educator", "funder")) {
            login(user);
            assertThatThrownBy(() -> centres.list("", PageRequest.of(0, 10))).as(user).isInstanceOf(AccessDeniedException.class);
        }
        logout();
        assertThatThrownBy(() -> centres.list("", PageRequest.of(0, 10)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
