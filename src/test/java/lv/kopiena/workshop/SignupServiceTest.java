package lv.kopiena.workshop;

import static lv.kopiena.jooq.Tables.MAIL_OUTBOX;
import static lv.kopiena.jooq.Tables.WORKSHOP;
import static lv.kopiena.jooq.Tables.WORKSHOP_SIGNUP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import lv.kopiena.IntegrationTest;
import lv.kopiena.base.ValidationException;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

class SignupServiceTest extends IntegrationTest {

    @Autowired
    SignupService signups;
    @Autowired
    Seats seats;
    @Autowired
    DSLContext dsl;
    @Autowired
    Clock clock;

    WorkshopFixtures fixtures;
    LocalDateTime nextWeek;

    @BeforeEach
    void setUp() {
        fixtures = new WorkshopFixtures(dsl);
        nextWeek = LocalDateTime.now(clock).plusDays(7).withHour(10).withMinute(0).withSecond(0).withNano(0);
    }

    private SignupResult signUpAs(String username, long workshop) {
        login(username);
        return signups.signUp(workshop);
    }

    private String statusOf(String username, long workshop) {
        return dsl.select(WORKSHOP_SIGNUP.STATUS).from(WORKSHOP_SIGNUP)
                .join(lv.kopiena.jooq.Tables.USER_ACCOUNT)
                .on(lv.kopiena.jooq.Tables.USER_ACCOUNT.ID.eq(WORKSHOP_SIGNUP.USER_ACCOUNT_ID))
                .where(WORKSHOP_SIGNUP.WORKSHOP_ID.eq(workshop),
                        lv.kopiena.jooq.Tables.USER_ACCOUNT.USERNAME.eq(username))
                .fetchSingle(WORKSHOP_SIGNUP.STATUS);
    }

    private List<String> mailsFor(long workshop) {
        return dsl.select(MAIL_OUTBOX.KIND).from(MAIL_OUTBOX)
                .join(WORKSHOP_SIGNUP).on(WORKSHOP_SIGNUP.ID.eq(MAIL_OUTBOX.SIGNUP_ID))
                .where(WORKSHOP_SIGNUP.WORKSHOP_ID.eq(workshop))
                .orderBy(MAIL_OUTBOX.ID)
                .fetch(MAIL_OUTBOX.KIND);
    }

    private int confirmedCount(long workshop) {
        return dsl.select(WORKSHOP.CONFIRMED_COUNT).from(WORKSHOP).where(WORKSHOP.ACTIVITY_ID.eq(workshop))
                .fetchSingle(WORKSHOP.CONFIRMED_COUNT);
    }

    @Test
    void seats_are_confirmed_until_full_then_people_wait_in_arrival_order() {
        long workshop = fixtures.workshop("Digitālie rīki skolotājiem", 2, true, nextWeek);
        for (String name : List.of("t-anna", "t-baiba", "t-cilda", "t-dace")) {
            fixtures.educator(name);
        }

        assertThat(signUpAs("t-anna", workshop).status()).isEqualTo(SignupStatus.CONFIRMED);
        assertThat(signUpAs("t-baiba", workshop).status()).isEqualTo(SignupStatus.CONFIRMED);
        SignupResult third = signUpAs("t-cilda", workshop);
        SignupResult fourth = signUpAs("t-dace", workshop);

        assertThat(third.status()).isEqualTo(SignupStatus.WAITING);
        assertThat(third.waitingPosition()).isEqualTo(1);
        assertThat(fourth.waitingPosition()).isEqualTo(2);
        assertThat(confirmedCount(workshop)).isEqualTo(2);
        assertThat(mailsFor(workshop)).containsExactly("CONFIRMED", "CONFIRMED", "WAITING", "WAITING");
    }

    @Test
    void a_cancelled_seat_goes_at_once_to_the_first_person_waiting() {
        long workshop = fixtures.workshop("Medijpratība", 1, true, nextWeek);
        for (String name : List.of("t-anna", "t-baiba", "t-cilda")) {
            fixtures.educator(name);
            signUpAs(name, workshop);
        }

        login("t-anna");
        signups.cancelMine(workshop);

        assertThat(statusOf("t-anna", workshop)).isEqualTo("CANCELLED");
        assertThat(statusOf("t-baiba", workshop)).isEqualTo("CONFIRMED");
        assertThat(statusOf("t-cilda", workshop)).isEqualTo("WAITING");
        assertThat(confirmedCount(workshop)).isEqualTo(1);
        assertThat(mailsFor(workshop)).containsExactly("CONFIRMED", "WAITING", "WAITING", "SIGNUP_CANCELLED",
                "PROMOTED");
    }

    @Test
    void a_person_waiting_who_cancels_frees_no_seat() {
        long workshop = fixtures.workshop("Medijpratība", 1, true, nextWeek);
        for (String name : List.of("t-anna", "t-baiba", "t-cilda")) {
            fixtures.educator(name);
            signUpAs(name, workshop);
        }

        login("t-baiba");
        signups.cancelMine(workshop);

        assertThat(statusOf("t-anna", workshop)).isEqualTo("CONFIRMED");
        assertThat(statusOf("t-cilda", workshop)).isEqualTo("WAITING");
        assertThat(confirmedCount(workshop)).isEqualTo(1);
        assertThat(mailsFor(workshop)).containsExactly("CONFIRMED", "WAITING", "WAITING", "SIGNUP_CANCELLED");
    }

    @Test
    void signing_up_twice_is_refused_with_a_clear_message() {
        long workshop = fixtures.workshop("Medijpratība", 5, true, nextWeek);
        fixtures.educator("t-anna");
        signUpAs("t-anna", workshop);

        assertThatThrownBy(() -> signups.signUp(workshop))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.translationKey()).isEqualTo("workshop.error.already-signed-up"));
        assertThat(dsl.fetchCount(WORKSHOP_SIGNUP, WORKSHOP_SIGNUP.WORKSHOP_ID.eq(workshop))).isEqualTo(1);
    }

    @Test
    void signing_up_again_after_cancelling_joins_the_end_of_the_queue() {
        long workshop = fixtures.workshop("Medijpratība", 1, true, nextWeek);
        for (String name : List.of("t-anna", "t-baiba", "t-cilda")) {
            fixtures.educator(name);
            signUpAs(name, workshop);
        }
        login("t-baiba");
        signups.cancelMine(workshop);

        SignupResult again = signups.signUp(workshop);

        assertThat(again.status()).isEqualTo(SignupStatus.WAITING);
        assertThat(again.waitingPosition()).isEqualTo(2);
        assertThat(dsl.fetchCount(WORKSHOP_SIGNUP, WORKSHOP_SIGNUP.WORKSHOP_ID.eq(workshop))).isEqualTo(3);
    }

    @Test
    void a_full_workshop_without_a_waiting_list_refuses() {
        long workshop = fixtures.workshop("Medijpratība", 1, false, nextWeek);
        fixtures.educator("t-anna");
        fixtures.educator("t-baiba");
        signUpAs("t-anna", workshop);

        assertThatThrownBy(() -> signUpAs("t-baiba", workshop))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.translationKey()).isEqualTo("workshop.error.full"));
    }

    @Test
    void sign_up_outside_the_sign_up_period_or_for_a_past_or_cancelled_workshop_is_refused() {
        fixtures.educator("t-anna");
        long closed = fixtures.workshop("Slēgta", 5, true, nextWeek);
        dsl.update(WORKSHOP).set(WORKSHOP.SIGNUP_CLOSES_AT, LocalDateTime.now(clock).minusHours(1))
                .where(WORKSHOP.ACTIVITY_ID.eq(closed)).execute();
        long notYet = fixtures.workshop("Vēl ne", 5, true, nextWeek);
        dsl.update(WORKSHOP).set(WORKSHOP.SIGNUP_OPENS_AT, LocalDateTime.now(clock).plusDays(1))
                .where(WORKSHOP.ACTIVITY_ID.eq(notYet)).execute();
        long past = fixtures.workshop("Pagājusi", 5, true, LocalDateTime.now(clock).minusDays(1));
        long cancelled = fixtures.workshop("Atcelta", 5, true, nextWeek);
        seats.cancelWorkshop(cancelled, "Lektors saslima");

        login("t-anna");
        assertRefused(closed, "workshop.error.closed");
        assertRefused(notYet, "workshop.error.not-open-yet");
        assertRefused(past, "workshop.error.past");
        assertRefused(cancelled, "workshop.error.cancelled");
    }

    private void assertRefused(long workshop, String key) {
        assertThatThrownBy(() -> signups.signUp(workshop))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.translationKey()).isEqualTo(key));
    }

    @Test
    void raising_the_capacity_promotes_people_waiting_in_order() {
        long workshop = fixtures.workshop("Medijpratība", 1, true, nextWeek);
        for (String name : List.of("t-anna", "t-baiba", "t-cilda", "t-dace")) {
            fixtures.educator(name);
            signUpAs(name, workshop);
        }

        seats.changeCapacity(workshop, 3);

        assertThat(statusOf("t-baiba", workshop)).isEqualTo("CONFIRMED");
        assertThat(statusOf("t-cilda", workshop)).isEqualTo("CONFIRMED");
        assertThat(statusOf("t-dace", workshop)).isEqualTo("WAITING");
        assertThat(confirmedCount(workshop)).isEqualTo(3);
        assertThatThrownBy(() -> seats.changeCapacity(workshop, 2))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.translationKey()).isEqualTo("workshop.error.capacity-below-confirmed"));
    }

    @Test
    void cancelling_a_workshop_tells_everyone_on_it() {
        long workshop = fixtures.workshop("Medijpratība", 1, true, nextWeek);
        for (String name : List.of("t-anna", "t-baiba")) {
            fixtures.educator(name);
            signUpAs(name, workshop);
        }

        seats.cancelWorkshop(workshop, null);

        assertThat(mailsFor(workshop)).containsExactly("CONFIRMED", "WAITING", "WORKSHOP_CANCELLED",
                "WORKSHOP_CANCELLED");
    }

    @Test
    void cancelling_when_not_signed_up_says_so() {
        long workshop = fixtures.workshop("Medijpratība", 1, true, nextWeek);
        fixtures.educator("t-anna");
        login("t-anna");

        assertThatThrownBy(() -> signups.cancelMine(workshop))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.translationKey()).isEqualTo("workshop.error.not-signed-up"));
    }

    @Test
    void only_educators_sign_up() {
        long workshop = fixtures.workshop("Medijpratība", 5, true, nextWeek);
        for (String role : List.of("coordinator", "funder", "admin")) {
            login(role);
            assertThatThrownBy(() -> signups.signUp(workshop)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> signups.cancelMine(workshop)).isInstanceOf(AccessDeniedException.class);
        }
        logout();
        assertThatThrownBy(() -> signups.signUp(workshop))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(dsl.fetchCount(WORKSHOP_SIGNUP, WORKSHOP_SIGNUP.WORKSHOP_ID.eq(workshop))).isZero();
    }
}
