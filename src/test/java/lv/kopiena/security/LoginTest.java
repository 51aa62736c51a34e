package lv.kopiena.security;

import static lv.kopiena.jooq.Tables.USER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import lv.kopiena.WebTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Logging in as a browser does it: the Vaadin login form posts user name and password to /login,
 * through the application's real security filter chain.
 */
class LoginTest extends WebTest {

    @Autowired
    PasswordEncoder encoder;
    @Autowired
    DSLContext dsl;

    @Test
    void an_anonymous_visitor_of_a_view_is_sent_to_the_login_page() throws Exception {
        for (String view : new String[] {"/participants", "/users", "/centres"}) {
            mvc.perform(get(view))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/login"))
                    .andExpect(unauthenticated());
        }
    }

    @Test
    void coordinator_logs_in_with_the_demo_password() throws Exception {
        mvc.perform(loginPost("coordinator", "demo", "10.1.0.1"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername("coordinator").withAuthentication(auth ->
                        assertThat(auth.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                                .contains("ROLE_COORDINATOR")));
    }

    @Test
    void the_user_name_is_found_whatever_its_case_and_surrounding_spaces() throws Exception {
        mvc.perform(loginPost("  Coordinator ", "demo", "10.1.0.2"))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername("coordinator"));
    }

    @Test
    void a_wrong_password_does_not_log_in() throws Exception {
        mvc.perform(loginPost("coordinator", "Demo", "10.1.0.3"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
        mvc.perform(loginPost("nobody", "demo", "10.1.0.3"))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
    }

    @Test
    void a_login_posted_from_another_site_is_refused() throws Exception {
        // login CSRF: another site's page posting the attacker's credentials into the victim's browser
        mvc.perform(post("/login").param("username", "coordinator").param("password", "demo")
                        .header("Origin", "https://evil.example"))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
        mvc.perform(post("/login").param("username", "coordinator").param("password", "demo")
                        .header("Referer", "https://evil.example/login"))
                .andExpect(status().isForbidden());
        // neither header: not a browser on this site
        mvc.perform(post("/login").param("username", "coordinator").param("password", "demo"))
                .andExpect(status().isForbidden());
        // a browser that sends only the Referer of this site is fine
        mvc.perform(post("/login").param("username", "coordinator").param("password", "demo")
                        .header("Referer", ORIGIN + "/login"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void logging_in_gives_the_browser_a_new_session_id() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();
        mvc.perform(loginPost("coordinator", "demo", "10.1.0.4").with(in(session))).andExpect(redirectedUrl("/"));
        assertThat(session.getId()).as("session fixation: the id changes at login").isNotEqualTo(before);
    }

    @Test
    void new_passwords_are_hashed_with_argon2id_never_stored_in_plain_text() {
        Map<String, String> hashes = dsl.select(USER_ACCOUNT.USERNAME, USER_ACCOUNT.PASSWORD_HASH).from(USER_ACCOUNT)
                .fetchMap(USER_ACCOUNT.USERNAME, USER_ACCOUNT.PASSWORD_HASH);
        assertThat(hashes).containsKeys("admin", "coordinator", "coordinator-ludza", "coordinator-kraslava", "educator", "funder");
        hashes.forEach((username, hash) -> {
            assertThat(hash).as(username).startsWith("{argon2}$argon2id$").doesNotContain("demo");
            assertThat(encoder.matches("demo", hash)).as(username).isTrue();
        });
    }

    @Test
    void an_old_bcrypt_hash_still_logs_in_and_is_replaced_by_an_argon2id_hash() throws Exception {
        String bcrypt = "{bcrypt}" + new BCryptPasswordEncoder().encode("demo");
        dsl.update(USER_ACCOUNT).set(USER_ACCOUNT.PASSWORD_HASH, bcrypt).where(USER_ACCOUNT.USERNAME.eq("funder")).execute();

        mvc.perform(loginPost("funder", "demo", "10.1.0.5")).andExpect(redirectedUrl("/"));

        String upgraded = dsl.select(USER_ACCOUNT.PASSWORD_HASH).from(USER_ACCOUNT)
                .where(USER_ACCOUNT.USERNAME.eq("funder")).fetchSingle(USER_ACCOUNT.PASSWORD_HASH);
        assertThat(upgraded).startsWith("{argon2}$argon2id$");
        assertThat(encoder.matches("demo", upgraded)).isTrue();
        mvc.perform(loginPost("funder", "demo", "10.1.0.5")).andExpect(redirectedUrl("/"));
    }

    @Test
    void a_passphrase_of_128_letters_with_diacritics_logs_in_whole() throws Exception {
        String passphrase = "ā".repeat(64) + "ž".repeat(64);
        dsl.update(USER_ACCOUNT).set(USER_ACCOUNT.PASSWORD_HASH, encoder.encode(passphrase))
                .where(USER_ACCOUNT.USERNAME.eq("funder")).execute();
        mvc.perform(loginPost("funder", passphrase, "10.1.0.6")).andExpect(redirectedUrl("/"));
        // the whole of it counts, not a prefix
        mvc.perform(loginPost("funder", "ā".repeat(64) + "ž".repeat(63) + "z", "10.1.0.6"))
                .andExpect(redirectedUrl("/login?error"));
    }
}
