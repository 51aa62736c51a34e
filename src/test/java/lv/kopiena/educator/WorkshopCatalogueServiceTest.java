package lv.kopiena.educator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import lv.kopiena.IntegrationTest;
import lv.kopiena.base.PageRequest;
import lv.kopiena.i18n.TranslationProvider;
import lv.kopiena.workshop.SignupService;
import lv.kopiena.workshop.SignupStatus;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

class WorkshopCatalogueServiceTest extends IntegrationTest {

    private static final Locale EN = TranslationProvider.ENGLISH;

    @Autowired
    WorkshopCatalogueService catalogue;
    @Autowired
    SignupService signups;
    @Autowired
    DSLContext dsl;
    @Autowired
    Clock clock;

    EducatorFixtures fixtures;
    long centre;
    LocalDateTime nextWeek;

    @BeforeEach
    void setUp() {
        fixtures = new EducatorFixtures(dsl);
        centre = fixtures.centre("Rēzeknes testu centrs");
        nextWeek = LocalDateTime.now(clock).plusDays(7).withHour(10).withMinute(0).withSecond(0).withNano(0);
    }

    private CatalogueFilter inCentre() {
        return new CatalogueFilter(centre, null, null, null, null);
    }

    private List<String> titles(CatalogueFilter filter) {
        return catalogue.list(filter, PageRequest.of(0, 50), EN).stream().map(WorkshopCard::title).toList();
    }

    private void signUpAs(String username, long workshop) {
        login(username);
        signups.signUp(workshop);
    }

    @Test
    void only_upcoming_open_workshops_are_listed_soonest_first_with_the_seats_left() {
        long later = fixtures.workshop(centre, "Vēlāk", 10, true, nextWeek.plusDays(7));
        long soon = fixtures.workshop(centre, "Drīz", 3, true, nextWeek);
        fixtures.workshop(centre, "Pagājusi", 10, true, LocalDateTime.now(clock).minusDays(1));
        long cancelled = fixtures.workshop(centre, "Atcelta", 10, true, nextWeek);
        fixtures.cancel(cancelled, "Lektors saslima");
        fixtures.educator("t-anna");
        signUpAs("t-anna", soon);
        logout();

        List<WorkshopCard> cards = catalogue.list(inCentre(), PageRequest.of(0, 50), EN);

        assertThat(cards).extracting(WorkshopCard::title).containsExactly("Drīz", "Vēlāk");
        assertThat(cards.getFirst().seatsLeft()).isEqualTo(2);
        assertThat(cards.getFirst().capacity()).isEqualTo(3);
        assertThat(cards.getFirst().signupState()).isEqualTo(SignupState.OPEN);
        assertThat(cards.getFirst().centreName()).isEqualTo("Rēzeknes testu centrs");
        assertThat(cards.getFirst().municipalityName()).isEqualTo("Rēzeknes valstspilsēta");
        assertThat(cards.get(1).id()).isEqualTo(later);
        assertThat(catalogue.count(inCentre())).isEqualTo(2);
    }

    @Test
    void a_full_workshop_has_no_seats_left_and_says_whether_people_may_wait() {
        long withList = fixtures.workshop(centre, "Ar sarakstu", 1, true, nextWeek);
        long withoutList = fixtures.workshop(centre, "Bez saraksta", 1, false, nextWeek.plusHours(1));
        fixtures.educator("t-anna");
        signUpAs("t-anna", withList);
        signUpAs("t-anna", withoutList);

        List<WorkshopCard> cards = catalogue.list(inCentre(), PageRequest.of(0, 50), EN);

        assertThat(cards).allSatisfy(c -> assertThat(c.full()).isTrue());
        assertThat(cards).extracting(WorkshopCard::waitingList).containsExactly(true, false);
    }

    @Test
    void the_sign_up_state_follows_the_sign_up_period() {
        long notYet = fixtures.workshop(centre, "Vēl ne", 5, true, nextWeek);
        fixtures.signupPeriod(notYet, LocalDateTime.now(clock).plusDays(1), null);
        long closed = fixtures.workshop(centre, "Slēgta", 5, true, nextWeek.plusHours(1));
        fixtures.signupPeriod(closed, null, LocalDateTime.now(clock).minusHours(1));

        assertThat(catalogue.list(inCentre(), PageRequest.of(0, 50), EN)).extracting(WorkshopCard::signupState)
                .containsExactly(SignupState.NOT_YET, SignupState.CLOSED);
    }

    @Test
    void filters_narrow_by_centre_dates_language_and_priority() {
        long lvParticipation = fixtures.workshop(centre, "Līdzdalība", 5, true, nextWeek);
        fixtures.tag(lvParticipation, "PARTICIPATION");
        long ukRefugees = fixtures.workshop(centre, "Інтеграція", 5, true, nextWeek.plusDays(10), "uk", null);
        fixtures.tag(ukRefugees, "UKRAINIAN_REFUGEES");
        fixtures.tag(ukRefugees, "PARTICIPATION");
        long otherCentre = fixtures.centre("Cits testu centrs");
        fixtures.workshop(otherCentre, "Citur", 5, true, nextWeek);

        assertThat(titles(inCentre())).containsExactly("Līdzdalība", "Інтеграція");
        assertThat(titles(new CatalogueFilter(otherCentre, null, null, null, null))).containsExactly("Citur");
        assertThat(titles(new CatalogueFilter(centre, nextWeek.toLocalDate().plusDays(1), null, null, null)))
                .containsExactly("Інтеграція");
        assertThat(titles(new CatalogueFilter(centre, null, nextWeek.toLocalDate(), null, null)))
                .containsExactly("Līdzdalība");
        assertThat(titles(new CatalogueFilter(centre, null, null, "uk", null))).containsExactly("Інтеграція");
        assertThat(titles(new CatalogueFilter(centre, null, null, null, fixtures.priority("UKRAINIAN_REFUGEES"))))
                .containsExactly("Інтеграція");
        assertThat(titles(new CatalogueFilter(centre, null, null, null, fixtures.priority("PARTICIPATION"))))
                .containsExactly("Līdzdalība", "Інтеграція");
        assertThat(catalogue.count(new CatalogueFilter(centre, null, null, "uk", null))).isEqualTo(1);
    }

    @Test
    void priorities_are_named_in_the_readers_language_in_programme_order() {
        long workshop = fixtures.workshop(centre, "Kopā", 5, true, nextWeek);
        fixtures.tag(workshop, "UKRAINIAN_REFUGEES");
        fixtures.tag(workshop, "PARTICIPATION");

        assertThat(catalogue.list(inCentre(), PageRequest.of(0, 5), EN).getFirst().priorities())
                .containsExactly("Residents' participation", "Inclusion of Ukrainian refugees");
        assertThat(catalogue.list(inCentre(), PageRequest.of(0, 5), TranslationProvider.LATVIAN).getFirst().priorities())
                .containsExactly("Iedzīvotāju līdzdalība", "Ukrainas bēgļu iekļaušana");
        assertThat(catalogue.find(workshop, TranslationProvider.UKRAINIAN).orElseThrow().card().priorities())
                .containsExactly("Участь мешканців", "Інтеграція українських біженців");
    }

    @Test
    void anyone_without_login_can_list_and_read_a_workshop_but_never_its_online_link() {
        long workshop = fixtures.workshop(centre, "Tiešsaistē", 5, true, nextWeek, "lv",
                "https://meet.example.lv/slepena-saite");
        logout();

        List<WorkshopCard> cards = catalogue.list(inCentre(), PageRequest.of(0, 5), EN);
        WorkshopDetail detail = catalogue.find(workshop, EN).orElseThrow();

        assertThat(cards).singleElement().satisfies(c -> {
            assertThat(c.online()).isTrue();
            assertThat(c.toString()).doesNotContain("meet.example.lv");
        });
        assertThat(detail.description()).isEqualTo("Par Tiešsaistē");
        assertThat(detail.toString()).doesNotContain("meet.example.lv");
        assertThat(Arrays.stream(WorkshopCard.class.getRecordComponents()).map(c -> c.getName()))
                .noneMatch(name -> name.toLowerCase(Locale.ROOT).contains("link"));
        assertThat(catalogue.count(inCentre())).isEqualTo(1);
        assertThat(catalogue.centres()).extracting(CentreOption::name).contains("Rēzeknes testu centrs");
        assertThat(catalogue.priorities()).hasSize(7);
    }

    @Test
    void a_cancelled_or_past_workshop_can_still_be_read_with_its_state() {
        long cancelled = fixtures.workshop(centre, "Atcelta", 5, true, nextWeek);
        fixtures.cancel(cancelled, "Lektors saslima");
        long past = fixtures.workshop(centre, "Pagājusi", 5, true, LocalDateTime.now(clock).minusDays(3));

        WorkshopDetail c = catalogue.find(cancelled, EN).orElseThrow();
        assertThat(c.card().signupState()).isEqualTo(SignupState.CANCELLED);
        assertThat(c.cancelReason()).isEqualTo("Lektors saslima");
        assertThat(catalogue.find(past, EN).orElseThrow().card().signupState()).isEqualTo(SignupState.PAST);
        assertThat(catalogue.find(-1, EN)).isEmpty();
    }

    @Test
    void the_centre_filter_offers_only_centres_with_upcoming_open_workshops() {
        fixtures.workshop(centre, "Drīz", 5, true, nextWeek);
        long onlyPast = fixtures.centre("Centrs ar pagātni");
        fixtures.workshop(onlyPast, "Pagājusi", 5, true, LocalDateTime.now(clock).minusDays(3));

        assertThat(catalogue.centres()).extracting(CentreOption::name)
                .contains("Rēzeknes testu centrs")
                .doesNotContain("Centrs ar pagātni");
    }

    @Test
    void an_unknown_sort_property_fails_loudly() {
        assertThatThrownBy(() -> catalogue.list(CatalogueFilter.NONE,
                new PageRequest(0, 10, List.of(new PageRequest.SortOrder("title", true))), EN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(catalogue.list(inCentre(),
                new PageRequest(0, 10, List.of(new PageRequest.SortOrder("startsAt", false))), EN)).isEmpty();
    }

    @Test
    void my_signups_show_only_the_own_rows_with_the_waiting_position() {
        long workshop = fixtures.workshop(centre, "Medijpratība", 1, true, nextWeek);
        long other = fixtures.workshop(centre, "Cita", 5, true, nextWeek.plusDays(1));
        for (String name : List.of("t-anna", "t-baiba", "t-cilda")) {
            fixtures.educator(name);
            signUpAs(name, workshop);
        }
        signUpAs("t-anna", other);

        login("t-cilda");
        assertThat(catalogue.mySignups()).singleElement().satisfies(s -> {
            assertThat(s.title()).isEqualTo("Medijpratība");
            assertThat(s.status()).isEqualTo(SignupStatus.WAITING);
            assertThat(s.waitingPosition()).isEqualTo(2);
            assertThat(s.centreName()).isEqualTo("Rēzeknes testu centrs");
            assertThat(s.cancellable()).isTrue();
        });

        login("t-anna");
        signups.cancelMine(workshop);
        assertThat(catalogue.mySignups()).extracting(MySignup::title, MySignup::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Medijpratība", SignupStatus.CANCELLED),
                        org.assertj.core.groups.Tuple.tuple("Cita", SignupStatus.CONFIRMED));

        login("t-cilda");
        assertThat(catalogue.mine(workshop).orElseThrow().waitingPosition()).isEqualTo(1);
        login("t-baiba");
        assertThat(catalogue.mine(workshop).orElseThrow().status()).isEqualTo(SignupStatus.CONFIRMED);
        assertThat(catalogue.mine(other)).isEmpty();
    }

    @Test
    void upcoming_sign_ups_come_first_then_past_ones_latest_first() {
        fixtures.educator("t-anna");
        long soon = fixtures.workshop(centre, "Drīz", 5, true, nextWeek);
        long later = fixtures.workshop(centre, "Vēlāk", 5, true, nextWeek.plusDays(5));
        signUpAs("t-anna", later);
        signUpAs("t-anna", soon);
        long longAgo = fixtures.workshop(centre, "Sen", 5, true, nextWeek);
        long recently = fixtures.workshop(centre, "Nesen", 5, true, nextWeek);
        signUpAs("t-anna", longAgo);
        signUpAs("t-anna", recently);
        // the two took place since: move them into the past
        dsl.update(lv.kopiena.jooq.Tables.ACTIVITY)
                .set(lv.kopiena.jooq.Tables.ACTIVITY.STARTS_AT, LocalDateTime.now(clock).minusDays(30))
                .set(lv.kopiena.jooq.Tables.ACTIVITY.ENDS_AT, (LocalDateTime) null)
                .where(lv.kopiena.jooq.Tables.ACTIVITY.ID.eq(longAgo)).execute();
        dsl.update(lv.kopiena.jooq.Tables.ACTIVITY)
                .set(lv.kopiena.jooq.Tables.ACTIVITY.STARTS_AT, LocalDateTime.now(clock).minusDays(2))
                .set(lv.kopiena.jooq.Tables.ACTIVITY.ENDS_AT, (LocalDateTime) null)
                .where(lv.kopiena.jooq.Tables.ACTIVITY.ID.eq(recently)).execute();

        List<MySignup> mine = catalogue.mySignups();

        assertThat(mine).extracting(MySignup::title).containsExactly("Drīz", "Vēlāk", "Nesen", "Sen");
        assertThat(mine).extracting(MySignup::upcoming).containsExactly(true, true, false, false);
        assertThat(mine.get(2).cancellable()).isFalse();
    }

    @Test
    void the_online_link_goes_only_to_a_confirmed_seat_of_a_workshop_that_takes_place() {
        long workshop = fixtures.workshop(centre, "Tiešsaistē", 1, true, nextWeek, "lv", "https://meet.example.lv/x");
        fixtures.educator("t-anna");
        fixtures.educator("t-baiba");
        signUpAs("t-anna", workshop);
        signUpAs("t-baiba", workshop);

        assertThat(catalogue.mine(workshop).orElseThrow().onlineLink()).isNull();
        login("t-anna");
        assertThat(catalogue.mine(workshop).orElseThrow().onlineLink()).isEqualTo("https://meet.example.lv/x");

        fixtures.cancel(workshop, "Telpas nav pieejamas");
        MySignup cancelled = catalogue.mine(workshop).orElseThrow();
        assertThat(cancelled.onlineLink()).isNull();
        assertThat(cancelled.workshopCancelled()).isTrue();
        assertThat(cancelled.cancelReason()).isEqualTo("Telpas nav pieejamas");
        assertThat(cancelled.cancellable()).isFalse();
    }

    @Test
    void only_educators_read_their_sign_ups() {
        for (String role : List.of("coordinator", "funder", "admin")) {
            login(role);
            assertThatThrownBy(() -> catalogue.mySignups()).as(role).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> catalogue.mine(1)).as(role).isInstanceOf(AccessDeniedException.class);
        }
        logout();
        assertThatThrownBy(() -> catalogue.mySignups()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
