package lv.kopiena.user;

import static lv.kopiena.jooq.Tables.LOGIN_SESSION;
import static lv.kopiena.jooq.Tables.USER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import lv.kopiena.IntegrationTest;
import lv.kopiena.base.ConcurrentEditException;
import lv.kopiena.base.NotFoundException;
import lv.kopiena.base.PageRequest;
import lv.kopiena.base.ReferencedException;
import lv.kopiena.base.ValidationException;
import lv.kopiena.centre.CentreService;
import lv.kopiena.security.KopienaUser;
import lv.kopiena.security.LoginSessions;
import lv.kopiena.security.Role;
import org.springframework.mock.web.MockHttpServletRequest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

class UserServiceTest extends IntegrationTest {

    private static final String PASSWORD = "Zaļš ābols uz galda 7";

    @Autowired
    UserService users;
    @Autowired
    CentreService centres;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    LoginSessions loginSessions;
    /** The application's login: the throttled, recording provider that the login form uses. */
    @Autowired
    AuthenticationProvider provider;
    @Autowired
    DSLContext dsl;

    @Test
    void admin_creates_an_account_of_each_role() {
        login("admin");
        long preili = centreId("Preiļu");
        InstitutionOption school = users.institutions("Preiļu 1. pamatskola", 0, 10).getFirst();
        for (Role role : Role.values()) {
            UserAccountDetails account = account("new-" + role.name().toLowerCase(), role);
            if (role == Role.COORDINATOR) {
                account.setCentreId(preili);
            }
            if (role == Role.EDUCATOR || role == Role.FUNDER) {
                account.setInstitution(school);
            }
            users.save(account);
        }

        List<UserAccount> created = users.list(UserFilter.search("new-"), PageRequest.of(0, 10));
        assertThat(created).extracting(UserAccount::username, UserAccount::role, UserAccount::centreName,
                        UserAccount::institutionName, UserAccount::enabled)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("new-admin", Role.ADMIN, null, null, true),
                        org.assertj.core.groups.Tuple.tuple("new-coordinator", Role.COORDINATOR,
                                "Preiļu novada Kopienu resursu centrs", null, true),
                        org.assertj.core.groups.Tuple.tuple("new-educator", Role.EDUCATOR, null, "Preiļu 1. pamatskola", true),
                        org.assertj.core.groups.Tuple.tuple("new-funder", Role.FUNDER, null, "Preiļu 1. pamatskola", true));
    }

    @Test
    void the_password_is_stored_hashed_and_the_new_user_can_log_in_with_it() {
        login("admin");
        users.save(account("inga.berzina", Role.FUNDER));

        String stored = storedHash("inga.berzina");
        assertThat(stored).startsWith("{argon2}$argon2id$").doesNotContain(PASSWORD);
        assertThat(encoder.matches(PASSWORD, stored)).isTrue();
        assertThat(encoder.matches("Zaļš ābols uz galda 8", stored)).isFalse();

        Authentication auth = provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("inga.berzina", PASSWORD));
        assertThat(auth.isAuthenticated()).isTrue();
        assertThat(auth.getAuthorities()).extracting(a -> a.getAuthority()).contains("ROLE_FUNDER");
        assertThatThrownBy(() -> provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("inga.berzina", "wrong-password")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void what_the_service_returns_carries_no_password_hash() {
        login("admin");
        assertThat(Arrays.stream(UserAccount.class.getRecordComponents()).map(c -> c.getName().toLowerCase()))
                .noneMatch(name -> name.contains("password") || name.contains("hash"));
        assertThat(Arrays.stream(UserAccountDetails.class.getMethods()).map(m -> m.getName().toLowerCase()))
                .filteredOn(name -> !name.equals("hashcode"))
                .noneMatch(name -> name.contains("hash"));
        UserAccountDetails admin = users.get(idOf("admin"));
        assertThat(admin.getNewPassword()).isNull();
        assertThat(admin.toString()).doesNotContain("{bcrypt}");
    }

    @Test
    void editing_without_a_new_password_keeps_the_old_one_and_a_new_one_replaces_it() {
        login("admin");
        long id = idOf("educator");
        String before = storedHash("educator");
        UserAccountDetails educator = users.get(id);
        educator.setDisplayName("Līga Skolotāja");
        users.save(educator);
        assertThat(storedHash("educator")).isEqualTo(before);
        assertThat(users.get(id).getDisplayName()).isEqualTo("Līga Skolotāja");

        UserAccountDetails again = users.get(id);
        again.setNewPassword("jauna-parole-123");
        users.save(again);
        assertThat(encoder.matches("jauna-parole-123", storedHash("educator"))).isTrue();
        assertThat(encoder.matches("demo", storedHash("educator"))).isFalse();
    }

    @Test
    void a_taken_username_is_refused_with_a_message() {
        login("admin");
        UserAccountDetails account = account("coordinator", Role.EDUCATOR);
        expectRefusal(() -> users.save(account), "user.error.username-taken");
        assertThat(users.count(UserFilter.search("coordinator"))).isEqualTo(3);
    }

    @Test
    void usernames_must_be_lower_case_letters_digits_and_dots_or_an_e_mail_address() {
        login("admin");
        for (String bad : List.of("Inga", "in", "inga berzina", "inga@kopiena", "Inga@Skola.lv", "ā".repeat(5),
                "x".repeat(65))) {
            expectRefusal(() -> users.save(account(bad, Role.EDUCATOR)), "user.error.username-format");
        }
        users.save(account("inga.berzina_2-a", Role.EDUCATOR));
        assertThat(users.count(UserFilter.search("inga.berzina_2-a"))).isEqualTo(1);
        users.save(account("inga.berzina@preili.edu.lv", Role.EDUCATOR));
        assertThat(users.count(UserFilter.search("inga.berzina@preili.edu.lv"))).isEqualTo(1);
    }

    @Test
    void a_name_or_e_mail_with_a_line_break_is_refused_and_nothing_is_stored() {
        login("admin");
        UserAccountDetails forged = account("new-educator", Role.EDUCATOR);
        forged.setDisplayName("Inga\nINFO Login of account 1 from 10.0.0.1");
        expectRefusal(() -> users.save(forged), "validation.control-characters");
        UserAccountDetails mail = account("new-educator", Role.EDUCATOR);
        mail.setEmail("inga@skola.lv\r\nBcc: x@y.lv");
        expectRefusal(() -> users.save(mail), "validation.control-characters");
        assertThat(users.count(UserFilter.search("new-educator"))).isZero();
    }

    @Test
    void an_account_whose_user_name_is_an_accented_e_mail_can_still_be_disabled() {
        // registration takes any e-mail address as the user name, the admin's form a narrower format
        dsl.update(USER_ACCOUNT).set(USER_ACCOUNT.USERNAME, "jānis.bērziņš@skola.lv")
                .where(USER_ACCOUNT.USERNAME.eq("anna.kalnina@example.lv")).execute();
        login("admin");
        UserAccountDetails registered = users.get(idOf("jānis.bērziņš@skola.lv"));
        registered.setEnabled(false);
        users.save(registered);
        assertThat(users.get(idOf("jānis.bērziņš@skola.lv")).isEnabled()).isFalse();

        // a new user name must follow the format
        UserAccountDetails renamed = users.get(idOf("jānis.bērziņš@skola.lv"));
        renamed.setUsername("pēteris.ozols@skola.lv");
        expectRefusal(() -> users.save(renamed), "user.error.username-format");
    }

    @Test
    void a_coordinator_needs_a_centre() {
        login("admin");
        expectRefusal(() -> users.save(account("new-coordinator", Role.COORDINATOR)), "user.error.centre-required");
        assertThat(users.count(UserFilter.search("new-coordinator"))).isZero();
    }

    @Test
    void only_a_coordinator_keeps_a_centre_and_only_educators_and_funders_an_institution() {
        login("admin");
        UserAccountDetails account = account("new-admin", Role.ADMIN);
        account.setCentreId(centreId("Ludzas"));
        account.setInstitution(users.institutions("", 0, 1).getFirst());
        long id = users.save(account);

        UserAccountDetails saved = users.get(id);
        assertThat(saved.getCentreId()).isNull();
        assertThat(saved.getInstitution()).isNull();
    }

    @Test
    void passwords_follow_the_password_rules_whoever_sets_them() {
        login("admin");
        UserAccountDetails none = account("new-educator", Role.EDUCATOR);
        none.setNewPassword("");
        expectRefusal(() -> users.save(none), "user.error.password-required");
        UserAccountDetails shortOne = account("new-educator", Role.EDUCATOR);
        shortOne.setNewPassword("123456789");
        expectRefusal(() -> users.save(shortOne), "password.error.too-short");
        UserAccountDetails sameAsName = account("new-educator", Role.EDUCATOR);
        sameAsName.setNewPassword("New-Educator");
        expectRefusal(() -> users.save(sameAsName), "password.error.personal");
        UserAccountDetails withEmail = account("new-educator", Role.EDUCATOR);
        withEmail.setEmail("inga.berzina@skola.lv");
        withEmail.setNewPassword("inga.berzina-2026");
        expectRefusal(() -> users.save(withEmail), "password.error.personal");
        UserAccountDetails common = account("new-educator", Role.EDUCATOR);
        common.setNewPassword("Password2024!");
        expectRefusal(() -> users.save(common), "password.error.common");
        UserAccountDetails tooLong = account("new-educator", Role.EDUCATOR);
        tooLong.setNewPassword("ā".repeat(257));
        expectRefusal(() -> users.save(tooLong), "password.error.too-long");

        UserAccountDetails existing = users.get(idOf("funder"));
        existing.setNewPassword("funder");
        expectRefusal(() -> users.save(existing), "password.error.too-short");
        assertThat(users.count(UserFilter.search("new-educator"))).isZero();

        // a passphrase of 40 letters with diacritics (80 bytes, over bcrypt's old limit) is fine
        UserAccountDetails passphrase = account("new-educator", Role.EDUCATOR);
        passphrase.setNewPassword("ā".repeat(10) + " mūsu kopienas dārzs zied " + "ž".repeat(4));
        users.save(passphrase);
        assertThat(users.count(UserFilter.search("new-educator"))).isOne();
    }

    @Test
    void the_last_active_admin_cannot_be_demoted_disabled_or_deleted() {
        login("admin");
        long id = idOf("admin");
        UserAccountDetails demoted = users.get(id);
        demoted.setRole(Role.COORDINATOR);
        demoted.setCentreId(centreId("Preiļu"));
        expectRefusal(() -> users.save(demoted), "user.error.last-admin");
        UserAccountDetails disabled = users.get(id);
        disabled.setEnabled(false);
        expectRefusal(() -> users.save(disabled), "user.error.last-admin");
        expectRefusal(() -> users.delete(id), "user.error.last-admin");

        assertThat(users.list(new UserFilter("", Role.ADMIN, null), PageRequest.of(0, 10)))
                .extracting(UserAccount::username, UserAccount::enabled)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("admin", true));
    }

    @Test
    void disabling_an_account_or_changing_its_role_centre_or_password_ends_its_open_sessions() {
        login("admin");
        long ludza = idOf("coordinator-ludza");
        long first = openSession("coordinator-ludza");
        long second = openSession("coordinator-ludza");
        long other = openSession("coordinator");

        UserAccountDetails renamed = users.get(ludza);
        renamed.setDisplayName("Renāte Ludzas-Koordinatore");
        users.save(renamed);
        assertThat(sessionEnd(first)).as("a new name changes nothing anyone may see").isNull();

        UserAccountDetails disabled = users.get(ludza);
        disabled.setEnabled(false);
        users.save(disabled);
        assertThat(sessionEnd(first)).isEqualTo("ACCOUNT_DISABLED");
        assertThat(sessionEnd(second)).isEqualTo("ACCOUNT_DISABLED");
        assertThat(sessionEnd(other)).isNull();

        long third = openSession("coordinator");
        UserAccountDetails moved = users.get(idOf("coordinator"));
        moved.setCentreId(centreId("Krāslav"));
        users.save(moved);
        assertThat(sessionEnd(other)).isEqualTo("ACCOUNT_CHANGED");
        assertThat(sessionEnd(third)).isEqualTo("ACCOUNT_CHANGED");

        long funder = openSession("funder");
        UserAccountDetails newPassword = users.get(idOf("funder"));
        newPassword.setNewPassword(PASSWORD);
        users.save(newPassword);
        assertThat(sessionEnd(funder)).isEqualTo("PASSWORD_RESET");
        assertThat(dsl.select(LOGIN_SESSION.ENDED_BY).from(LOGIN_SESSION).where(LOGIN_SESSION.ID.eq(funder))
                .fetchSingle(LOGIN_SESSION.ENDED_BY)).isEqualTo(idOf("admin"));
    }

    /** A login session as the login form opens one, for the account. */
    private long openSession(String username) {
        KopienaUser user = (KopienaUser) userDetails.loadUserByUsername(username);
        return loginSessions.start(user, new MockHttpServletRequest());
    }

    private String sessionEnd(long id) {
        return dsl.select(LOGIN_SESSION.END_REASON).from(LOGIN_SESSION).where(LOGIN_SESSION.ID.eq(id))
                .fetchSingle(LOGIN_SESSION.END_REASON);
    }

    @Test
    void an_admin_cannot_disable_demote_or_delete_itself_even_when_others_remain() {
        login("admin");
        users.save(account("second-admin", Role.ADMIN));
        long id = idOf("admin");
        UserAccountDetails disabled = users.get(id);
        disabled.setEnabled(false);
        expectRefusal(() -> users.save(disabled), "user.error.self");
        UserAccountDetails demoted = users.get(id);
        demoted.setRole(Role.FUNDER);
        expectRefusal(() -> users.save(demoted), "user.error.self");
        expectRefusal(() -> users.delete(id), "user.error.self");

        // but it may demote the other admin, and change its own name
        UserAccountDetails other = users.get(idOf("second-admin"));
        other.setRole(Role.FUNDER);
        users.save(other);
        UserAccountDetails renamed = users.get(id);
        renamed.setDisplayName("Aina Administratore-Ozola");
        users.save(renamed);
        assertThat(users.get(id).getDisplayName()).isEqualTo("Aina Administratore-Ozola");
        assertThat(users.get(idOf("second-admin")).getRole()).isEqualTo(Role.FUNDER);
    }

    @Test
    void the_second_of_two_concurrent_edits_is_refused_not_overwritten() {
        login("admin");
        long id = idOf("funder");
        UserAccountDetails first = users.get(id);
        UserAccountDetails second = users.get(id);
        first.setEmail("first@demo.example.lv");
        users.save(first);
        second.setEmail("second@demo.example.lv");

        assertThatThrownBy(() -> users.save(second)).isInstanceOf(ConcurrentEditException.class);
        assertThat(users.get(id).getEmail()).isEqualTo("first@demo.example.lv");
    }

    @Test
    void deleting_an_initiative_coordinator_is_refused_and_says_what_refers_to_it() {
        login("admin");
        long id = idOf("coordinator");
        assertThatThrownBy(() -> users.delete(id))
                .isInstanceOfSatisfying(ReferencedException.class, e -> assertThat(e.references())
                        .extracting(ReferencedException.Reference::translationKey, ReferencedException.Reference::count)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("initiative.plural", 1L)));
        assertThat(users.get(id).getUsername()).isEqualTo("coordinator");
    }

    @Test
    void disabling_instead_of_deleting_stops_the_login() {
        login("admin");
        UserAccountDetails coordinator = users.get(idOf("coordinator"));
        coordinator.setEnabled(false);
        users.save(coordinator);

        assertThatThrownBy(() -> provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("coordinator", "demo")))
                .isInstanceOf(DisabledException.class);
        // and a wrong password does not even tell that the account is disabled
        assertThatThrownBy(() -> provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("coordinator", "Demo")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void an_unreferenced_account_is_deleted() {
        login("admin");
        long id = idOf("coordinator-kraslava");
        users.delete(id);
        assertThatThrownBy(() -> users.get(id)).isInstanceOf(NotFoundException.class);
        assertThat(dsl.fetchCount(USER_ACCOUNT, USER_ACCOUNT.ID.eq(id))).isZero();
    }

    @Test
    void the_list_filters_by_text_role_and_centre_and_sorts() {
        login("admin");
        // the demo's 6 accounts and its 12 educators who signed up for workshops
        assertThat(users.count(UserFilter.all())).isEqualTo(18);
        assertThat(users.list(UserFilter.search("Pedagoģe"), PageRequest.of(0, 10))).extracting(UserAccount::username)
                .containsExactly("educator");
        assertThat(users.list(UserFilter.search("funder@demo"), PageRequest.of(0, 10))).extracting(UserAccount::username)
                .containsExactly("funder");
        assertThat(users.list(new UserFilter("", Role.COORDINATOR, null), PageRequest.of(0, 10)))
                .extracting(UserAccount::username)
                .containsExactly("coordinator", "coordinator-kraslava", "coordinator-ludza");
        assertThat(users.count(new UserFilter("", null, centreId("Ludzas")))).isEqualTo(1);
        assertThat(users.list(UserFilter.all(), new PageRequest(0, 3, List.of(new PageRequest.SortOrder("displayName", false)))))
                .extracting(UserAccount::displayName)
                .containsExactly("Zane Strazda", "Viktors Finansētājs", "Sanita Gailīte");
        assertThat(users.list(UserFilter.all(), new PageRequest(0, 1, List.of(new PageRequest.SortOrder("role", true)))))
                .extracting(UserAccount::role).containsExactly(Role.ADMIN);
        assertThat(users.list(new UserFilter("", Role.COORDINATOR, null), new PageRequest(1, 2, List.of())))
                .extracting(UserAccount::username).containsExactly("coordinator-kraslava", "coordinator-ludza");
    }

    @Test
    void sorting_by_an_unknown_property_fails_loudly() {
        login("admin");
        assertThatThrownBy(() -> users.list(UserFilter.all(), new PageRequest(0, 10,
                List.of(new PageRequest.SortOrder("passwordHash", true)))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_institution_lookup_finds_by_part_of_the_name() {
        login("admin");
        List<InstitutionOption> found = users.institutions("pamatskola", 0, 50);
        assertThat(found).isNotEmpty().allMatch(i -> i.name().toLowerCase().contains("pamatskola"));
        assertThat(found).extracting(InstitutionOption::name).contains("Preiļu 1. pamatskola", "Vārkavas pamatskola");
        assertThat(users.institutions("", 0, 500)).hasSizeLessThanOrEqualTo(50);
        assertThat(users.institutions("", 0, 5)).hasSize(5);
    }

    @Test
    void coordinators_educators_and_funders_cannot_use_any_of_it() {
        login("admin");
        long id = idOf("funder");
        for (String user : List.of("coordinator", "coordinator-ludza", "educator", "funder")) {
            login(user);
            everyMethod(id, call -> assertThatThrownBy(call::run).as(user).isInstanceOf(AccessDeniedException.class));
        }
        login("admin");
        assertThat(users.get(id).getUsername()).isEqualTo("funder");
    }

    @Test
    void anonymous_callers_cannot_use_any_of_it() {
        logout();
        everyMethod(1L, call -> assertThatThrownBy(call::run).isInstanceOf(AuthenticationCredentialsNotFoundException.class));
    }

    private void everyMethod(long id, Consumer<Runnable> expectDenied) {
        expectDenied.accept(() -> users.list(UserFilter.all(), PageRequest.of(0, 10)));
        expectDenied.accept(() -> users.count(UserFilter.all()));
        expectDenied.accept(() -> users.get(id));
        expectDenied.accept(() -> users.newAccount());
        expectDenied.accept(() -> users.institutions("", 0, 10));
        expectDenied.accept(() -> users.save(account("intruder", Role.ADMIN)));
        expectDenied.accept(() -> users.delete(id));
    }

    private static UserAccountDetails account(String username, Role role) {
        UserAccountDetails account = new UserAccountDetails();
        account.setUsername(username);
        account.setDisplayName("Jauns Lietotājs");
        account.setEmail(username.replaceAll("[^a-z0-9.]", "") + "@demo.example.lv");
        account.setRole(role);
        account.setNewPassword(PASSWORD);
        return account;
    }

    private void expectRefusal(Runnable call, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.translationKey()).isEqualTo(key));
    }

    private long idOf(String username) {
        return dsl.select(USER_ACCOUNT.ID).from(USER_ACCOUNT).where(USER_ACCOUNT.USERNAME.eq(username)).fetchSingle().value1();
    }

    private String storedHash(String username) {
        return dsl.select(USER_ACCOUNT.PASSWORD_HASH).from(USER_ACCOUNT).where(USER_ACCOUNT.USERNAME.eq(username))
                .fetchSingle().value1();
    }

    private long centreId(String namePart) {
        return centres.list(namePart, PageRequest.of(0, 1)).getFirst().id();
    }
}
