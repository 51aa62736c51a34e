package lv.kopiena.security;

import static lv.kopiena.jooq.Tables.USER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import lv.kopiena.IntegrationTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Logging in as a browser does it: HTTP requests through the application's real security filter
 * chain (MockMvc in the test's thread, so the test's transaction and the demo data apply). The
 * Vaadin login form posts username and password to /login. The requests carry a CSRF token like
 * a form would, although Vaadin's security configurer exempts its login page from the CSRF check.
 * MockMvc has no Vaadin servlet behind the filters, so only what the filter chain decides is
 * tested here; the views' own access rules are covered by the Karibu tests.
 */
class LoginTest extends IntegrationTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    DSLContext dsl;

    MockMvc mvc;

    @BeforeEach
    void setUpMockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

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
        mvc.perform(post("/login").param("username", "coordinator").param("password", "demo").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername("coordinator").withAuthentication(auth ->
                        assertThat(auth.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                                .contains("ROLE_COORDINATOR")));
    }

    @Test
    void a_wrong_password_does_not_log_in() throws Exception {
        mvc.perform(post("/login").param("username", "coordinator").param("password", "Demo").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
        mvc.perform(post("/login").param("username", "nobody").param("password", "demo").with(csrf()))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
    }

    @Test
    void demo_passwords_are_stored_as_bcrypt_hashes_never_in_plain_text() {
        Map<String, String> hashes = dsl.select(USER_ACCOUNT.USERNAME, USER_ACCOUNT.PASSWORD_HASH).from(USER_ACCOUNT)
                .fetchMap(USER_ACCOUNT.USERNAME, USER_ACCOUNT.PASSWORD_HASH);
        assertThat(hashes).containsKeys("admin", "coordinator", "coordinator-ludza", "coordinator-kraslava", "educator", "funder");
        hashes.forEach((username, hash) -> {
            assertThat(hash).as(username).startsWith("{bcrypt}$2").doesNotContain("demo");
            assertThat(encoder.matches("demo", hash)).as(username).isTrue();
        });
    }
}
