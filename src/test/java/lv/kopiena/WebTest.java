package lv.kopiena;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Base of tests that act as a browser does: HTTP requests through the application's real security
 * filter chain (MockMvc in the test's thread, so the test's transaction and the demo data apply),
 * each browser with its own session. MockMvc has no Vaadin servlet behind the filters, so what is
 * tested here is what the filters decide: logins, throttling, sessions, headers.
 */
public abstract class WebTest extends IntegrationTest {

    /** The host MockMvc requests go to; a browser's Origin for this site. */
    protected static final String ORIGIN = "http://localhost";

    @Autowired
    private WebApplicationContext context;

    protected MockMvc mvc;

    @BeforeEach
    void setUpMockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    /** The login form's POST as a browser on this site sends it, from the given address. */
    protected static MockHttpServletRequestBuilder loginPost(String username, String password, String address) {
        return post("/login").param("username", username).param("password", password)
                .header("Origin", ORIGIN)
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }

    /**
     * Sends the request in a browser's session: the session, and its id as the cookie would bring it
     * (without that, a servlet request has no "requested session id" and session fixation
     * protection does not apply).
     */
    protected static RequestPostProcessor in(MockHttpSession session) {
        return request -> {
            request.setSession(session);
            request.setRequestedSessionId(session.getId());
            return request;
        };
    }

    /** A new browser that logs in; fails the test when the login does not succeed. */
    protected MockHttpSession browserLoggedInAs(String username, String password, String address) throws Exception {
        MockHttpSession session = new MockHttpSession();
        MockHttpServletResponse response = mvc.perform(loginPost(username, password, address).with(in(session)))
                .andReturn().getResponse();
        assertThat(response.getRedirectedUrl()).as("login of " + username).isEqualTo("/");
        return session;
    }
}
