package lv.kopiena.initiative;

import static lv.kopiena.base.NotFoundAssertions.assertAnsweredAsMissing;
import static lv.kopiena.base.TextAssertions.WITH_LINE_BREAK;
import static lv.kopiena.base.TextAssertions.assertRefusedForControlCharacters;
import static lv.kopiena.jooq.Tables.INITIATIVE;
import static lv.kopiena.jooq.Tables.INITIATIVE_PHASE;
import static lv.kopiena.jooq.Tables.INSTITUTION;
import static lv.kopiena.jooq.Tables.MUNICIPALITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import lv.kopiena.IntegrationTest;
import lv.kopiena.base.ConcurrentEditException;
import lv.kopiena.base.NotFoundException;
import lv.kopiena.base.PageRequest;
import lv.kopiena.base.ReferencedException;
import lv.kopiena.base.ValidationException;
import lv.kopiena.centre.CentreService;
import lv.kopiena.jooq.tables.records.InitiativePhaseRecord;
import lv.kopiena.jooq.tables.records.InitiativeRecord;
import lv.kopiena.priority.PriorityService;
import lv.kopiena.priority.Tag;
import lv.kopiena.priority.TagDraft;
import lv.kopiena.priority.TagKind;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

class InitiativeServiceTest extends IntegrationTest {

    private static final String AKTIVAS = "Aktīvās kopienas";
    private static final String LUDZA_DIALOGUE = "Zilupes un Ludzas kopienu dialogs";
    private static final String KRASLAVA_YOUTH = "Krāslavas jauniešu telpa";

    @Autowired
    InitiativeService initiatives;
    @Autowired
    CentreService centres;
    @Autowired
    PriorityService priorities;
    @Autowired
    DSLContext dsl;

    @Test
    void admin_creates_an_initiative_with_its_links() {
        login("admin");
        long ludza = centreId("Ludzas");
        InitiativeRecord initiative = initiatives.newInitiative().initiative();
        initiative.setCentreId(ludza);
        initiative.setTitle("  Kārsavas kaimiņu talkas  ");
        initiative.setStartsOn(LocalDate.of(2026, 3, 1));
        initiative.setEndsOn(LocalDate.of(2026, 11, 30));
        initiative.setLeadInstitutionId(institutionId("Ludzas novada pašvaldība"));
        long participation = tagId(TagKind.PRIORITY, "PARTICIPATION");
        long parents = tagId(TagKind.TARGET_GROUP, "PARENTS");
        long id = initiatives.save(initiative, new InitiativeLinks(
                Set.of(institutionId("Ziemeļu kultūras institūts")),
                Set.of(institutionId("Kārsavas vidusskola"), institutionId("Ludzas 2. vidusskola")),
                Set.of(participation), Set.of(parents)));

        InitiativeDetail saved = initiatives.detail(id);
        assertThat(saved.initiative().getTitle()).isEqualTo("Kārsavas kaimiņu talkas");
        assertThat(saved.centreName()).isEqualTo("Ludzas Kopienu resursu centrs");
        assertThat(saved.lead()).extracting(InstitutionOption::name).isEqualTo("Ludzas novada pašvaldība");
        assertThat(saved.funders()).extracting(InstitutionOption::name).containsExactly("Ziemeļu kultūras institūts");
        assertThat(saved.partners()).extracting(InstitutionOption::name)
                .containsExactly("Kārsavas vidusskola", "Ludzas 2. vidusskola");
        assertThat(saved.priorityIds()).containsExactly(participation);
        assertThat(saved.targetGroupIds()).containsExactly(parents);
        assertThat(saved.initiative().getStatus()).isEqualTo("PLANNED");
    }

    @Test
    void a_coordinators_new_initiative_belongs_to_its_own_centre_and_names_it_as_coordinator() {
        login("admin");
        long preili = centreId("Preiļu");
        long ludza = centreId("Ludzas");
        var coordinator = login("coordinator-ludza");
        InitiativeDetail fresh = initiatives.newInitiative();
        assertThat(fresh.centreName()).isEqualTo("Ludzas Kopienu resursu centrs");
        InitiativeRecord initiative = fresh.initiative();
        initiative.setCentreId(preili); // whatever the form sends: a coordinator's initiative is its centre's
        initiative.setTitle("Zilupes jauniešu forums");
        long id = initiatives.save(initiative, InitiativeLinks.none());

        InitiativeRecord saved = initiatives.detail(id).initiative();
        assertThat(saved.getCentreId()).isEqualTo(ludza);
        assertThat(saved.getCoordinatorId()).isEqualTo(coordinator.id());
    }

    @Test
    void an_admin_must_choose_the_centre_of_a_new_initiative() {
        login("admin");
        InitiativeRecord initiative = initiatives.newInitiative().initiative();
        initiative.setTitle("Bez centra");
        assertThatThrownBy(() -> initiatives.save(initiative, InitiativeLinks.none()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.translationKey()).isEqualTo("initiative.error.centre-required"));
    }

    @Test
    void editing_replaces_the_links() {
        login("coordinator");
        long id = initiativeId(AKTIVAS);
        InitiativeDetail detail = initiatives.detail(id);
        assertThat(detail.funders()).hasSize(2);
        assertThat(detail.partners()).hasSize(7);
        assertThat(detail.priorityIds()).hasSize(5);
        assertThat(detail.targetGroupIds()).hasSize(4);
        long sustainability = tagId(TagKind.PRIORITY, "SUSTAINABILITY");
        long teachers = tagId(TagKind.TARGET_GROUP, "TEACHERS");
        long school = institutionId("Preiļu 1. pamatskola");

        initiatives.save(detail.initiative(), new InitiativeLinks(Set.of(), Set.of(school), Set.of(sustainability),
                Set.of(teachers)));

        InitiativeDetail saved = initiatives.detail(id);
        assertThat(saved.funders()).isEmpty();
        assertThat(saved.partners()).extracting(InstitutionOption::id).containsExactly(school);
        assertThat(saved.priorityIds()).containsExactly(sustainability);
        assertThat(saved.targetGroupIds()).containsExactly(teachers);
    }

    @Test
    void the_list_counts_phases_and_a_coordinator_sees_only_its_centre() {
        login("coordinator");
        List<InitiativeRow> rows = initiatives.list(InitiativeFilter.all(), PageRequest.of(0, 50));
        assertThat(rows).extracting(InitiativeRow::title).containsExactly(AKTIVAS);
        InitiativeRow row = rows.getFirst();
        assertThat(row.phaseCount()).isEqualTo(2);
        assertThat(row.centreName()).isEqualTo("Preiļu novada Kopienu resursu centrs");
        assertThat(row.leadName()).isEqualTo("Izglītības biedrība \"Kopā\"");
        assertThat(row.status()).isEqualTo(InitiativeStatus.ACTIVE);
        assertThat(initiatives.count(InitiativeFilter.all())).isEqualTo(1);
    }

    @Test
    void admin_filters_the_list_by_text_status_and_centre_and_sorts_it() {
        login("admin");
        assertThat(initiatives.count(InitiativeFilter.all())).isEqualTo(3);
        assertThat(initiatives.list(new InitiativeFilter("", InitiativeStatus.PLANNED, null), PageRequest.of(0, 10)))
                .extracting(InitiativeRow::title).containsExactly(KRASLAVA_YOUTH);
        assertThat(initiatives.list(new InitiativeFilter("", null, centreId("Ludzas")), PageRequest.of(0, 10)))
                .extracting(InitiativeRow::title).containsExactly(LUDZA_DIALOGUE);
        assertThat(initiatives.list(new InitiativeFilter("kopien", null, null), PageRequest.of(0, 10)))
                .extracting(InitiativeRow::title).containsExactlyInAnyOrder(AKTIVAS, LUDZA_DIALOGUE);
        assertThat(initiatives.list(InitiativeFilter.all(), sorted("title", false)))
                .extracting(InitiativeRow::title).containsExactly(LUDZA_DIALOGUE, KRASLAVA_YOUTH, AKTIVAS);
        assertThat(initiatives.list(InitiativeFilter.all(), sorted("start", true)))
                .extracting(InitiativeRow::title).containsExactly(AKTIVAS, LUDZA_DIALOGUE, KRASLAVA_YOUTH);
        // within one status by title
        assertThat(initiatives.list(InitiativeFilter.all(), sorted("status", true)))
                .extracting(InitiativeRow::title).containsExactly(AKTIVAS, LUDZA_DIALOGUE, KRASLAVA_YOUTH);
        // default: the newest first
        assertThat(initiatives.list(InitiativeFilter.all(), PageRequest.of(0, 10)))
                .extracting(InitiativeRow::title).containsExactly(KRASLAVA_YOUTH, LUDZA_DIALOGUE, AKTIVAS);
        assertThat(initiatives.list(InitiativeFilter.all(), new PageRequest(1, 1, List.of())))
                .extracting(InitiativeRow::title).containsExactly(LUDZA_DIALOGUE);
    }

    @Test
    void sorting_by_an_unknown_property_fails_loudly() {
        login("admin");
        assertThatThrownBy(() -> initiatives.list(InitiativeFilter.all(), sorted("coordinator_id", true)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_end_before_the_start_and_a_missing_title_are_refused() {
        login("coordinator");
        InitiativeRecord initiative = initiatives.detail(initiativeId(AKTIVAS)).initiative();
        initiative.setEndsOn(initiative.getStartsOn().minusDays(1));
        assertThatThrownBy(() -> initiatives.save(initiative, InitiativeLinks.none()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.translationKey()).isEqualTo("validation.period"));
        initiative.setEndsOn(null);
        initiative.setTitle(" ");
        assertThatThrownBy(() -> initiatives.save(initiative, InitiativeLinks.none()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.translationKey()).isEqualTo("validation.required"));
        assertThat(initiatives.detail(initiativeId(AKTIVAS)).funders()).hasSize(2);
    }

    @Test
    void a_title_or_phase_name_with_a_line_break_is_refused_and_nothing_is_stored() {
        login("coordinator");
        long id = initiativeId(AKTIVAS);
        InitiativeRecord initiative = initiatives.detail(id).initiative();
        initiative.setTitle("Aktīvās kopienas" + WITH_LINE_BREAK);
        assertRefusedForControlCharacters(() -> initiatives.save(initiative, InitiativeLinks.none()));

        InitiativePhaseRecord phase = initiatives.newPhase(id);
        phase.setName("3. posms\r\nINFO forged");
        assertRefusedForControlCharacters(() -> initiatives.savePhase(phase));

        assertThat(initiatives.detail(id).initiative().getTitle()).isEqualTo(AKTIVAS);
        assertThat(initiatives.phases(id)).extracting(Phase::name).noneMatch(name -> name.startsWith("3. posms"));
    }

    @Test
    void only_a_coordinator_of_the_initiatives_centre_may_be_named_its_coordinator() {
        long ludzaCoordinator = login("coordinator-ludza").id();
        login("admin");
        InitiativeRecord initiative = initiatives.detail(initiativeId(AKTIVAS)).initiative();
        initiative.setCoordinatorId(ludzaCoordinator);
        assertThatThrownBy(() -> initiatives.save(initiative, InitiativeLinks.none()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.translationKey()).isEqualTo("initiative.error.coordinator-centre"));
        assertThat(initiatives.coordinators(centreId("Preiļu"))).extracting(CoordinatorOption::displayName)
                .containsExactly("Inga Koordinatore");
    }

    @Test
    void an_initiative_stays_with_its_centre() {
        login("admin");
        InitiativeRecord initiative = initiatives.detail(initiativeId(AKTIVAS)).initiative();
        initiative.setCentreId(centreId("Ludzas"));
        assertThatThrownBy(() -> initiatives.save(initiative, InitiativeLinks.none()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.translationKey()).isEqualTo("initiative.error.centre-fixed"));
    }

    @Test
    void an_inactive_priority_is_not_chosen_anew_but_stays_where_it_was() {
        login("admin");
        long youth = tagId(TagKind.PRIORITY, "INVISIBLE_YOUTH");
        TagDraft draft = priorities.edit(TagKind.PRIORITY, youth);
        draft.setActive(false);
        priorities.save(draft);

        login("coordinator");
        InitiativeDetail aktivas = initiatives.detail(initiativeId(AKTIVAS));
        initiatives.save(aktivas.initiative(), new InitiativeLinks(Set.of(), Set.of(), aktivas.priorityIds(), Set.of()));
        assertThat(initiatives.detail(initiativeId(AKTIVAS)).priorityIds()).contains(youth);

        login("coordinator-ludza");
        InitiativeDetail dialogue = initiatives.detail(initiativeId(LUDZA_DIALOGUE));
        assertThatThrownBy(() -> initiatives.save(dialogue.initiative(),
                new InitiativeLinks(Set.of(), Set.of(), Set.of(youth), Set.of())))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.translationKey()).isEqualTo("priority.error.inactive"));
    }

    @Test
    void the_second_of_two_concurrent_edits_is_refused_not_overwritten() {
        login("coordinator");
        long id = initiativeId(AKTIVAS);
        InitiativeDetail first = initiatives.detail(id);
        InitiativeDetail second = initiatives.detail(id);
        first.initiative().setTitle("Aktīvās kopienas 2024–2026");
        initiatives.save(first.initiative(), links(first));
        second.initiative().setGoals("Citi mērķi");

        assertThatThrownBy(() -> initiatives.save(second.initiative(), links(second)))
                .isInstanceOf(ConcurrentEditException.class);
        InitiativeRecord stored = initiatives.detail(id).initiative();
        assertThat(stored.getTitle()).isEqualTo("Aktīvās kopienas 2024–2026");
        assertThat(stored.getGoals()).startsWith("Stiprināt");
    }

    @Test
    void a_concurrent_change_of_the_links_alone_is_refused_too() {
        login("coordinator");
        long id = initiativeId(AKTIVAS);
        InitiativeDetail first = initiatives.detail(id);
        InitiativeDetail second = initiatives.detail(id);
        initiatives.save(first.initiative(), new InitiativeLinks(Set.of(), ids(first.partners()), Set.of(), Set.of()));

        assertThatThrownBy(() -> initiatives.save(second.initiative(), links(second)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(initiatives.detail(id).funders()).isEmpty();
    }

    @Test
    void phases_are_added_edited_listed_and_deleted() {
        login("coordinator");
        long id = initiativeId(AKTIVAS);
        InitiativePhaseRecord phase = initiatives.newPhase(id);
        List<Phase> before = initiatives.phases(id);
        assertThat(phase.getStartsOn()).isEqualTo(before.getLast().period().end().plusDays(1));
        phase.setName("3. posms: ilgtspēja");
        phase.setEndsOn(phase.getStartsOn().plusMonths(6));
        phase.setGoals("Nodot iniciatīvas kopienām.");
        long phaseId = initiatives.savePhase(phase).getId();

        InitiativePhaseRecord edited = initiatives.phase(phaseId);
        edited.setClosingSummary("Kopienas turpina pašas.");
        initiatives.savePhase(edited);

        assertThat(initiatives.phases(id)).extracting(Phase::name)
                .containsExactly("1. posms: kopienu iepazīšana", "2. posms: kopienu iniciatīvas", "3. posms: ilgtspēja");
        assertThat(initiatives.phaseList(id, PageRequest.of(0, 10)))
                .extracting(PhaseRow::name, PhaseRow::summarised)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1. posms: kopienu iepazīšana", true),
                        org.assertj.core.groups.Tuple.tuple("2. posms: kopienu iniciatīvas", false),
                        org.assertj.core.groups.Tuple.tuple("3. posms: ilgtspēja", true));
        assertThat(initiatives.phaseList(id, PageRequest.of(0, 10)).getFirst().activityCount()).isPositive();
        assertThat(initiatives.phaseCount(id)).isEqualTo(3);

        initiatives.deletePhase(phaseId);
        assertThat(initiatives.phases(id)).hasSize(2);
    }

    @Test
    void a_phase_needs_a_name_and_an_end_not_before_its_start_but_may_lie_outside_the_initiative() {
        login("coordinator");
        long id = initiativeId(AKTIVAS);
        InitiativePhaseRecord phase = initiatives.newPhase(id);
        phase.setName(" ");
        assertThatThrownBy(() -> initiatives.savePhase(phase))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.translationKey()).isEqualTo("validation.required"));
        phase.setName("Pēcprojekta posms");
        phase.setEndsOn(phase.getStartsOn().minusDays(1));
        assertThatThrownBy(() -> initiatives.savePhase(phase))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.translationKey()).isEqualTo("validation.period"));
        phase.setStartsOn(LocalDate.of(2040, 1, 1));
        phase.setEndsOn(LocalDate.of(2040, 12, 31));
        initiatives.savePhase(phase);
        assertThat(initiatives.phases(id)).extracting(Phase::name).contains("Pēcprojekta posms");
    }

    @Test
    void the_second_of_two_concurrent_phase_edits_is_refused() {
        login("coordinator");
        long phaseId = initiatives.phases(initiativeId(AKTIVAS)).getLast().id();
        InitiativePhaseRecord first = initiatives.phase(phaseId);
        InitiativePhaseRecord second = initiatives.phase(phaseId);
        first.setClosingSummary("Pirmais");
        initiatives.savePhase(first);
        second.setClosingSummary("Otrais");
        assertThatThrownBy(() -> initiatives.savePhase(second)).isInstanceOf(ConcurrentEditException.class);
        assertThat(initiatives.phase(phaseId).getClosingSummary()).isEqualTo("Pirmais");
    }

    @Test
    void deleting_a_phase_that_activities_belong_to_is_refused_with_their_count() {
        login("coordinator");
        long id = initiativeId(AKTIVAS);
        PhaseRow first = initiatives.phaseList(id, PageRequest.of(0, 10)).getFirst();
        assertThatThrownBy(() -> initiatives.deletePhase(first.id()))
                .isInstanceOfSatisfying(ReferencedException.class, e -> assertThat(e.references())
                        .containsExactly(new ReferencedException.Reference("activity.plural", first.activityCount())));
        assertThat(initiatives.phases(id)).hasSize(2);
    }

    @Test
    void deleting_an_initiative_that_activities_belong_to_is_refused() {
        login("coordinator");
        long id = initiativeId(AKTIVAS);
        assertThatThrownBy(() -> initiatives.delete(id))
                .isInstanceOfSatisfying(ReferencedException.class, e -> assertThat(e.references())
                        .extracting(ReferencedException.Reference::translationKey).containsExactly("activity.plural"));
        assertThat(initiatives.detail(id).initiative().getTitle()).isEqualTo(AKTIVAS);
    }

    @Test
    void deleting_an_initiative_without_activities_takes_its_phases_and_links_along() {
        login("coordinator-kraslava");
        long id = initiativeId(KRASLAVA_YOUTH);
        InitiativeDetail detail = initiatives.detail(id);
        initiatives.save(detail.initiative(), new InitiativeLinks(Set.of(institutionId("Krāslavas novada pašvaldība")),
                Set.of(institutionId("Dagdas vidusskola")), Set.of(tagId(TagKind.PRIORITY, "SUSTAINABILITY")), Set.of()));
        InitiativePhaseRecord phase = initiatives.newPhase(id);
        phase.setName("Telpas iekārtošana");
        initiatives.savePhase(phase);

        initiatives.delete(id);

        assertThatThrownBy(() -> initiatives.detail(id)).isInstanceOf(NotFoundException.class);
        assertThat(initiatives.count(InitiativeFilter.all())).isZero();
    }

    @Test
    void options_and_phases_serve_other_features_within_the_callers_centre() {
        login("coordinator");
        assertThat(initiatives.options("", 10)).extracting(InitiativeOption::title).containsExactly(AKTIVAS);
        long id = initiativeId(AKTIVAS);
        List<Phase> phases = initiatives.phases(id);
        assertThat(phases).extracting(Phase::name)
                .containsExactly("1. posms: kopienu iepazīšana", "2. posms: kopienu iniciatīvas");
        assertThat(phases.getFirst().period().end()).isEqualTo(phases.getLast().period().start().minusDays(1));

        login("admin");
        assertThat(initiatives.options("", 10)).hasSize(3);
        assertThat(initiatives.options("Ludzas", 10)).extracting(InitiativeOption::title).containsExactly(LUDZA_DIALOGUE);
        assertThat(initiatives.options("", 2)).hasSize(2);
    }

    @Test
    void the_institution_lookup_filters_by_name_and_returns_at_most_50() {
        login("coordinator");
        assertThat(initiatives.institutions("vidusskola", 0, 50)).extracting(InstitutionOption::name)
                .allMatch(name -> name.contains("vidusskola")).hasSize(8);
        assertThat(initiatives.institutions("VIDUSSKOLA", 2, 3)).hasSize(3);
        long municipality = dsl.select(MUNICIPALITY.ID).from(MUNICIPALITY).limit(1).fetchOne(MUNICIPALITY.ID);
        for (int i = 0; i < 40; i++) {
            dsl.insertInto(INSTITUTION).set(INSTITUTION.NAME, "Testa biedrība " + i).set(INSTITUTION.TYPE, "NGO")
                    .set(INSTITUTION.MUNICIPALITY_ID, municipality).execute();
        }
        assertThat(initiatives.institutions("", 0, 500)).hasSize(50);
    }

    @Test
    void a_coordinator_of_ludza_is_answered_about_preilis_aktivas_kopienas_as_about_a_missing_initiative() {
        login("admin");
        long id = initiativeId(AKTIVAS);
        long preili = centreId("Preiļu");
        InitiativeRecord record = initiatives.detail(id).initiative();
        long phaseId = initiatives.phases(id).getLast().id();
        InitiativePhaseRecord phase = initiatives.phase(phaseId);

        login("coordinator-ludza");
        assertThat(initiatives.list(InitiativeFilter.all(), PageRequest.of(0, 10)))
                .extracting(InitiativeRow::title).containsExactly(LUDZA_DIALOGUE);
        assertThat(initiatives.list(new InitiativeFilter("", null, preili), PageRequest.of(0, 10))).isEmpty();
        assertThat(initiatives.options("Aktīvās", 10)).isEmpty();
        // another centre's initiative and phase are answered exactly like missing ones
        long missing = dsl.select(DSL.max(INITIATIVE.ID)).from(INITIATIVE).fetchSingle().value1() + 1000;
        for (long initiative : new long[] {id, missing}) {
            assertAnsweredAsMissing(() -> initiatives.detail(initiative), "initiative", initiative);
            assertAnsweredAsMissing(() -> initiatives.delete(initiative), "initiative", initiative);
            assertAnsweredAsMissing(() -> initiatives.phases(initiative), "initiative", initiative);
            assertAnsweredAsMissing(() -> initiatives.phaseList(initiative, PageRequest.of(0, 10)), "initiative", initiative);
            assertAnsweredAsMissing(() -> initiatives.phaseCount(initiative), "initiative", initiative);
            assertAnsweredAsMissing(() -> initiatives.newPhase(initiative), "initiative", initiative);
        }
        record.setTitle("Pārņemts");
        assertAnsweredAsMissing(() -> initiatives.save(record, InitiativeLinks.none()), "initiative", id);
        long missingPhase = dsl.select(DSL.max(INITIATIVE_PHASE.ID)).from(INITIATIVE_PHASE).fetchSingle().value1() + 1000;
        for (long p : new long[] {phaseId, missingPhase}) {
            assertAnsweredAsMissing(() -> initiatives.phase(p), "initiative_phase", p);
            assertAnsweredAsMissing(() -> initiatives.deletePhase(p), "initiative_phase", p);
        }
        phase.setClosingSummary("Pārņemts");
        assertAnsweredAsMissing(() -> initiatives.savePhase(phase), "initiative_phase", phaseId);
        assertThatThrownBy(() -> initiatives.coordinators(preili)).isInstanceOf(AccessDeniedException.class);

        login("coordinator");
        assertThat(initiatives.detail(id).initiative().getTitle()).isEqualTo(AKTIVAS);
        assertThat(initiatives.phase(phaseId).getClosingSummary()).isNull();
    }

    @Test
    void educators_funders_and_anonymous_callers_are_denied() {
        login("admin");
        long id = initiativeId(AKTIVAS);
        for (String user : List.of("educator", "funder")) {
            login(user);
            assertThatThrownBy(() -> initiatives.list(InitiativeFilter.all(), PageRequest.of(0, 10)))
                    .as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> initiatives.detail(id)).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> initiatives.options("", 10)).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> initiatives.phases(id)).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> initiatives.delete(id)).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> initiatives.institutions("", 0, 10)).as(user).isInstanceOf(AccessDeniedException.class);
        }
        logout();
        assertThatThrownBy(() -> initiatives.list(InitiativeFilter.all(), PageRequest.of(0, 10)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    // --- helpers: look ids up as an admin, then act as whoever was logged in ---

    private long initiativeId(String title) {
        return asAdmin(() -> initiatives.list(new InitiativeFilter(title, null, null), PageRequest.of(0, 5))
                .getFirst().id());
    }

    private long centreId(String name) {
        return asAdmin(() -> centres.list(name, PageRequest.of(0, 1)).getFirst().id());
    }

    private long institutionId(String name) {
        return asAdmin(() -> initiatives.institutions(name, 0, 5).stream()
                .filter(i -> i.name().equals(name)).findFirst().orElseThrow().id());
    }

    private long tagId(TagKind kind, String code) {
        List<Tag> tags = asAdmin(() -> kind == TagKind.PRIORITY ? priorities.activePriorities() : priorities.activeTargetGroups());
        return tags.stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow().id();
    }

    private <T> T asAdmin(java.util.function.Supplier<T> action) {
        var before = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        login("admin");
        try {
            return action.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    private static InitiativeLinks links(InitiativeDetail detail) {
        return new InitiativeLinks(ids(detail.funders()), ids(detail.partners()), detail.priorityIds(),
                detail.targetGroupIds());
    }

    private static Set<Long> ids(List<InstitutionOption> options) {
        return options.stream().map(InstitutionOption::id).collect(java.util.stream.Collectors.toSet());
    }

    private static PageRequest sorted(String property, boolean ascending) {
        return new PageRequest(0, 10, List.of(new PageRequest.SortOrder(property, ascending)));
    }
}
