package lv.kopiena.institution;

import static lv.kopiena.base.TextAssertions.WITH_LINE_BREAK;
import static lv.kopiena.base.TextAssertions.assertRefusedForControlCharacters;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import lv.kopiena.IntegrationTest;
import lv.kopiena.base.ConcurrentEditException;
import lv.kopiena.base.PageRequest;
import lv.kopiena.base.ReferencedException;
import lv.kopiena.base.ReferencedException.Reference;
import lv.kopiena.base.ValidationException;
import lv.kopiena.institution.SimilarInstitution.Likeness;
import lv.kopiena.jooq.tables.records.InstitutionRecord;
import lv.kopiena.municipality.Municipality;
import lv.kopiena.municipality.MunicipalityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

class InstitutionServiceTest extends IntegrationTest {

    private static final int DEMO_INSTITUTIONS = 33;

    @Autowired
    InstitutionService institutions;
    @Autowired
    MunicipalityService municipalities;

    // --- list, search, filters, sorting ---

    @Test
    void the_list_pages_through_all_demo_institutions_by_name() {
        login("coordinator");
        assertThat(institutions.count(InstitutionFilter.all())).isEqualTo(DEMO_INSTITUTIONS);
        List<Institution> firstPage = institutions.list(InstitutionFilter.all(), PageRequest.of(0, 5));
        assertThat(firstPage).extracting(Institution::name).first().isEqualTo("Aglonas bērnudārzs \"Sprīdītis\"");
        assertThat(firstPage.getFirst().municipalityName()).isEqualTo("Aglonas novads");
        assertThat(firstPage.getFirst().municipalitySuccessorName()).isEqualTo("Preiļu novads");
    }

    @Test
    void search_matches_part_of_the_name_ignoring_case_and_accents() {
        login("admin");
        assertThat(institutions.list(InstitutionFilter.search("preilu GALVENA"), PageRequest.of(0, 10)))
                .extracting(Institution::name).containsExactly("Preiļu galvenā bibliotēka");
        assertThat(institutions.count(InstitutionFilter.search("vidusskola"))).isEqualTo(8);
    }

    @Test
    void search_takes_like_wildcards_literally() {
        login("admin");
        assertThat(institutions.count(InstitutionFilter.search("%"))).isZero();
        assertThat(institutions.count(InstitutionFilter.search("_"))).isZero();
    }

    @Test
    void filter_by_type() {
        login("admin");
        InstitutionFilter libraries = InstitutionFilter.all().withType(InstitutionType.LIBRARY);
        assertThat(institutions.list(libraries, PageRequest.of(0, 50))).extracting(Institution::name)
                .containsExactly("Ilūkstes bibliotēka", "Ludzas novada bibliotēka", "Preiļu galvenā bibliotēka");
        assertThat(institutions.count(libraries)).isEqualTo(3);
    }

    @Test
    void todays_municipality_also_matches_institutions_registered_under_its_former_municipalities() {
        login("admin");
        InstitutionFilter preili = InstitutionFilter.all().withMunicipality(municipality("Preiļu novads").id());
        List<Institution> found = institutions.list(preili, PageRequest.of(0, 50));
        assertThat(found).extracting(Institution::name).contains("Preiļu 1. pamatskola", "Aglonas vidusskola",
                "Vārkavas pamatskola", "Riebiņu vidusskola", "Biedrība \"Vārkavas sievietes\"");
        assertThat(found).extracting(Institution::municipalityName)
                .containsOnly("Preiļu novads", "Aglonas novads", "Vārkavas novads", "Riebiņu novads");
        assertThat(found).hasSize(16);
        assertThat(institutions.count(preili)).isEqualTo(16);
    }

    @Test
    void a_former_municipality_matches_only_itself() {
        login("admin");
        InstitutionFilter aglona = InstitutionFilter.all().withMunicipality(municipality("Aglonas novads").id());
        assertThat(institutions.list(aglona, PageRequest.of(0, 50))).extracting(Institution::name)
                .containsExactly("Aglonas bērnudārzs \"Sprīdītis\"", "Aglonas vidusskola");
        assertThat(institutions.count(aglona)).isEqualTo(2);
    }

    @Test
    void search_type_and_municipality_combine() {
        login("admin");
        InstitutionFilter filter = new InstitutionFilter("skola", InstitutionType.SCHOOL, municipality("Preiļu novads").id());
        assertThat(institutions.list(filter, PageRequest.of(0, 50))).extracting(Institution::name).containsExactly(
                "Aglonas vidusskola", "Preiļu 1. pamatskola", "Riebiņu vidusskola", "Vārkavas pamatskola");
        assertThat(institutions.count(filter)).isEqualTo(4);
    }

    @Test
    void sorting_by_type_and_municipality_pages_without_gaps_or_repeats() {
        login("admin");
        for (String property : List.of("name", "type", "municipality")) {
            for (boolean ascending : List.of(true, false)) {
                List<PageRequest.SortOrder> sort = List.of(new PageRequest.SortOrder(property, ascending));
                List<Institution> whole = institutions.list(InstitutionFilter.all(), new PageRequest(0, 100, sort));
                List<Institution> paged = new ArrayList<>();
                for (int offset = 0; offset < DEMO_INSTITUTIONS; offset += 7) {
                    paged.addAll(institutions.list(InstitutionFilter.all(), new PageRequest(offset, 7, sort)));
                }
                assertThat(paged).as(property).isEqualTo(whole).hasSize(DEMO_INSTITUTIONS);
            }
        }
        List<Institution> byMunicipality = institutions.list(InstitutionFilter.all(),
                new PageRequest(0, 100, List.of(new PageRequest.SortOrder("municipality", true))));
        // the database's collation, not Java's String order: "Kārsavas" before "Krāslavas"
        assertThat(byMunicipality.getFirst().municipalityName()).isEqualTo("Aglonas novads");
        assertThat(byMunicipality.getLast().municipalityName()).isEqualTo("Zilupes novads");
        assertThat(byMunicipality).extracting(Institution::municipalityName).containsSubsequence(
                "Kārsavas novads", "Krāslavas novads", "Ludzas novads", "Preiļu novads", "Vārkavas novads", "Viļānu novads");
        // within a municipality, by name (as the name-sorted list has them)
        List<Long> byName = institutions.list(InstitutionFilter.all(), PageRequest.of(0, 100)).stream().map(Institution::id).toList();
        for (int i = 1; i < byMunicipality.size(); i++) {
            Institution previous = byMunicipality.get(i - 1);
            Institution current = byMunicipality.get(i);
            if (previous.municipalityId() == current.municipalityId()) {
                assertThat(byName.indexOf(current.id())).as(current.name()).isGreaterThan(byName.indexOf(previous.id()));
            }
        }
        List<Institution> byType = institutions.list(InstitutionFilter.all(),
                new PageRequest(0, 100, List.of(new PageRequest.SortOrder("type", false))));
        assertThat(byType.getFirst().type()).isEqualTo(InstitutionType.SCHOOL);
    }

    @Test
    void sorting_by_an_unknown_property_fails_loudly() {
        login("admin");
        assertThatThrownBy(() -> institutions.list(InstitutionFilter.all(),
                new PageRequest(0, 10, List.of(new PageRequest.SortOrder("notes", true)))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // --- options for other features ---

    @Test
    void options_name_the_institution_and_its_municipality_for_selection_fields() {
        login("coordinator");
        List<InstitutionOption> aglona = institutions.options("aglonas", 10);
        assertThat(aglona).extracting(InstitutionOption::name)
                .containsExactly("Aglonas bērnudārzs \"Sprīdītis\"", "Aglonas vidusskola");
        InstitutionOption school = aglona.get(1);
        assertThat(school.type()).isEqualTo(InstitutionType.SCHOOL);
        assertThat(school.municipalityName()).isEqualTo("Aglonas novads");
        assertThat(school.municipalitySuccessorName()).isEqualTo("Preiļu novads");

        assertThat(institutions.findOption(school.id())).contains(school);
        assertThat(institutions.findOption(-1)).isEmpty();
        assertThat(institutions.options(List.of(school.id(), aglona.getFirst().id(), -1L))).containsExactlyElementsOf(aglona);
        assertThat(institutions.options(List.of())).isEmpty();
    }

    @Test
    void options_page_and_are_capped() {
        login("admin");
        assertThat(institutions.options("", 1_000)).hasSize(DEMO_INSTITUTIONS);
        assertThat(institutions.options("", 30, 10)).hasSize(DEMO_INSTITUTIONS - 30);
        assertThat(institutions.options("", 0, 10).get(1)).isEqualTo(institutions.options("", 1, 1).getFirst());
        assertThat(InstitutionService.MAX_OPTIONS).isLessThan(1_000);
    }

    // --- look-alike names ---

    @Test
    void a_name_equal_after_normalising_is_reported_as_the_same_name() {
        login("coordinator");
        assertThat(institutions.similar("VĀRKAVAS sievietes", null))
                .extracting(s -> s.institution().name(), SimilarInstitution::likeness)
                .first().isEqualTo(org.assertj.core.groups.Tuple.tuple("Biedrība \"Vārkavas sievietes\"", Likeness.SAME_NAME));
        assertThat(institutions.similar("preilu maiznica", null)).extracting(s -> s.institution().name())
                .containsExactly("SIA \"Preiļu maiznīca\"");
    }

    @Test
    void a_name_contained_in_an_existing_one_is_reported() {
        login("coordinator");
        assertThat(institutions.similar("Kopā", null)).extracting(s -> s.institution().name(), SimilarInstitution::likeness)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Izglītības biedrība \"Kopā\"", Likeness.CONTAINED));
    }

    @Test
    void a_typo_is_reported_as_a_similar_name() {
        login("coordinator");
        assertThat(institutions.similar("Preiļu galvena bibliotēak", null))
                .extracting(s -> s.institution().name(), SimilarInstitution::likeness)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Preiļu galvenā bibliotēka", Likeness.SIMILAR_NAME));
        assertThat(institutions.similar("Latgales jauniesu biedriba", null)).extracting(s -> s.institution().name())
                .containsExactly("Biedrība \"Latgales jaunieši\"");
    }

    @Test
    void different_names_raise_no_warning() {
        login("coordinator");
        assertThat(institutions.similar("Rēzeknes tehnikums", null)).isEmpty();
        assertThat(institutions.similar("Preiļu 3. pamatskola", null)).extracting(s -> s.institution().name())
                .doesNotContain("Preiļu 1. pamatskola");
        assertThat(institutions.similar("  ", null)).isEmpty();
    }

    @Test
    void an_institution_is_not_its_own_look_alike_when_edited() {
        login("admin");
        long aglona = institutions.options("Aglonas vidusskola", 1).getFirst().id();
        assertThat(institutions.similar("Aglonas vidusskola", aglona)).isEmpty();
        assertThat(institutions.similar("Aglonas vidusskola", null)).extracting(s -> s.institution().id()).containsExactly(aglona);
    }

    @Test
    void a_look_alike_may_still_be_saved() {
        login("coordinator");
        InstitutionRecord record = newInstitution("Aglonas vidusskola", InstitutionType.SCHOOL, "Preiļu novads");
        institutions.save(record);
        assertThat(institutions.count(InstitutionFilter.search("Aglonas vidusskola"))).isEqualTo(2);
    }

    // --- create, edit, validation, concurrent edits ---

    @Test
    void coordinator_creates_and_edits_an_institution() {
        login("coordinator");
        InstitutionRecord record = newInstitution("  Preiļu novada sporta skola ", InstitutionType.SCHOOL, "Preiļu novads");
        record.setContactEmail(" sports@preili.example.lv ");
        record.setContactPhone("  ");
        long id = institutions.save(record).getId();

        InstitutionRecord stored = institutions.get(id);
        assertThat(stored.getName()).isEqualTo("Preiļu novada sporta skola");
        assertThat(stored.getContactEmail()).isEqualTo("sports@preili.example.lv");
        assertThat(stored.getContactPhone()).isNull();

        login("coordinator-ludza");
        stored.setNotes("Sadarbojas arī ar Ludzu");
        institutions.save(stored);
        assertThat(institutions.get(id).getNotes()).isEqualTo("Sadarbojas arī ar Ludzu");
    }

    @Test
    void a_name_or_contact_with_a_line_break_is_refused_and_nothing_is_stored() {
        login("coordinator");
        InstitutionRecord named = newInstitution("Ludzas mūzikas skola" + WITH_LINE_BREAK, InstitutionType.SCHOOL,
                "Ludzas novads");
        assertRefusedForControlCharacters(() -> institutions.save(named));
        InstitutionRecord contact = newInstitution("Ludzas mūzikas skola", InstitutionType.SCHOOL, "Ludzas novads");
        contact.setContactPhone("+371\n20000000");
        assertRefusedForControlCharacters(() -> institutions.save(contact));
        assertThat(institutions.count(InstitutionFilter.search("mūzikas"))).isZero();
    }

    @Test
    void invalid_input_is_refused_with_a_message_key() {
        login("admin");
        assertValidation(newInstitution(" ", InstitutionType.NGO, "Ludzas novads"), "validation.required");
        assertValidation(newInstitution("x".repeat(201), InstitutionType.NGO, "Ludzas novads"), "validation.max-length");
        InstitutionRecord noType = newInstitution("Ludzas mūzikas skola", InstitutionType.SCHOOL, "Ludzas novads");
        noType.setType(null);
        assertValidation(noType, "validation.required");
        InstitutionRecord badType = newInstitution("Ludzas mūzikas skola", InstitutionType.SCHOOL, "Ludzas novads");
        badType.setType("CHURCH");
        assertValidation(badType, "institution.error.unknown-type");
        InstitutionRecord noMunicipality = newInstitution("Ludzas mūzikas skola", InstitutionType.SCHOOL, "Ludzas novads");
        noMunicipality.setMunicipalityId(null);
        assertValidation(noMunicipality, "validation.required");
        InstitutionRecord badEmail = newInstitution("Ludzas mūzikas skola", InstitutionType.SCHOOL, "Ludzas novads");
        badEmail.setContactEmail("skola at ludza");
        assertValidation(badEmail, "validation.email");
        InstitutionRecord longPhone = newInstitution("Ludzas mūzikas skola", InstitutionType.SCHOOL, "Ludzas novads");
        longPhone.setContactPhone("1".repeat(41));
        assertValidation(longPhone, "validation.max-length");
        assertThat(institutions.count(InstitutionFilter.search("mūzikas"))).isZero();
    }

    @Test
    void the_second_of_two_concurrent_edits_is_refused_not_overwritten() {
        login("admin");
        long id = institutions.options("Ludzas novada bibliotēka", 1).getFirst().id();
        InstitutionRecord first = institutions.get(id);
        login("coordinator-ludza");
        InstitutionRecord second = institutions.get(id);
        login("admin");
        first.setContactPhone("+371 20000010");
        institutions.save(first);
        login("coordinator-ludza");
        second.setContactPhone("+371 20000020");

        assertThatThrownBy(() -> institutions.save(second)).isInstanceOf(ConcurrentEditException.class);
        assertThat(institutions.get(id).getContactPhone()).isEqualTo("+371 20000010");
    }

    // --- delete ---

    @Test
    void deleting_a_referenced_institution_says_what_refers_to_it() {
        login("admin");
        assertThat(referencesOf("Preiļu novada pašvaldība")).contains(
                new Reference("institution.ref.funded-initiatives", 1),
                new Reference("institution.ref.partner-initiatives", 1));
        assertThat(referencesOf("Ludzas novada pašvaldība")).extracting(Reference::translationKey)
                .containsExactlyInAnyOrder("initiative.plural", "activity.plural");
        assertThat(referencesOf("Preiļu 1. pamatskola")).extracting(Reference::translationKey)
                .contains("user.plural", "participant.plural", "institution.ref.partner-initiatives");
        assertThat(institutions.count(InstitutionFilter.search("Preiļu novada pašvaldība"))).isEqualTo(1);
    }

    @Test
    void an_institution_nothing_refers_to_is_deleted() {
        login("admin");
        long id = institutions.options("Balvu novada muzejs", 1).getFirst().id();
        institutions.delete(id);
        assertThat(institutions.findOption(id)).isEmpty();
        assertThat(institutions.count(InstitutionFilter.all())).isEqualTo(DEMO_INSTITUTIONS - 1);
    }

    // --- who may do what ---

    @Test
    void only_an_admin_may_delete() {
        login("admin");
        assertThat(institutions.canDelete()).isTrue();
        long id = institutions.options("Balvu novada muzejs", 1).getFirst().id();
        for (String user : List.of("coordinator", "coordinator-ludza")) {
            login(user);
            assertThat(institutions.canDelete()).as(user).isFalse();
            assertThatThrownBy(() -> institutions.delete(id)).as(user).isInstanceOf(AccessDeniedException.class);
        }
        login("admin");
        assertThat(institutions.findOption(id)).isPresent();
    }

    @Test
    void the_list_is_shared_by_all_centres_coordinators() {
        login("coordinator-kraslava");
        assertThat(institutions.count(InstitutionFilter.all())).isEqualTo(DEMO_INSTITUTIONS);
        long preiliSchool = institutions.options("Preiļu 1. pamatskola", 1).getFirst().id();
        assertThat(institutions.get(preiliSchool).getName()).isEqualTo("Preiļu 1. pamatskola");
    }

    @Test
    void educators_and_funders_have_no_access() {
        login("admin");
        long id = institutions.options("Balvu novada muzejs", 1).getFirst().id();
        InstitutionRecord record = institutions.get(id);
        for (String user : List.of("educator", "funder")) {
            login(user);
            assertDenied(user, () -> institutions.list(InstitutionFilter.all(), PageRequest.of(0, 10)));
            assertDenied(user, () -> institutions.count(InstitutionFilter.all()));
            assertDenied(user, () -> institutions.options("", 10));
            assertDenied(user, () -> institutions.options(List.of(id)));
            assertDenied(user, () -> institutions.findOption(id));
            assertDenied(user, () -> institutions.get(id));
            assertDenied(user, () -> institutions.similar("Balvu muzejs", null));
            assertDenied(user, () -> institutions.newInstitution());
            assertDenied(user, () -> institutions.save(record));
            assertDenied(user, () -> institutions.delete(id));
            assertThat(institutions.canDelete()).as(user).isFalse();
        }
    }

    @Test
    void anonymous_callers_have_no_access() {
        logout();
        assertThatThrownBy(() -> institutions.list(InstitutionFilter.all(), PageRequest.of(0, 10)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> institutions.options("", 10)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> institutions.delete(1L)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private List<Reference> referencesOf(String name) {
        long id = institutions.options(name, 1).getFirst().id();
        try {
            institutions.delete(id);
        } catch (ReferencedException e) {
            return e.references();
        }
        throw new AssertionError(name + " was deleted although it is referred to");
    }

    private InstitutionRecord newInstitution(String name, InstitutionType type, String municipalityName) {
        InstitutionRecord record = institutions.newInstitution();
        record.setName(name);
        record.setType(type.name());
        record.setMunicipalityId(municipality(municipalityName).id());
        return record;
    }

    private Municipality municipality(String name) {
        return municipalities.all().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    private void assertValidation(InstitutionRecord record, String key) {
        assertThatThrownBy(() -> institutions.save(record))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.translationKey()).isEqualTo(key));
    }

    private static void assertDenied(String user, org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).as(user).isInstanceOf(AccessDeniedException.class);
    }
}
