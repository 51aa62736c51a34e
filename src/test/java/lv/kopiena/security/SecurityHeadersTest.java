package lv.kopiena.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import lv.kopiena.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Responses of the security filters themselves (redirects to the login page, refusals) carry the
 * security headers; HSTS only over HTTPS, where it belongs. Vaadin's pages are checked on a real
 * server in {@link ServerSecurityTest}.
 */
class SecurityHeadersTest extends WebTest {

    @Test
    void every_response_carries_a_strict_content_security_policy_and_the_other_headers() throws Exception {
        for (String path : new String[] {"/activities", "/users", "/reports"}) {
            MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
            String csp = response.getHeader("Content-Security-Policy");
            assertThat(csp).as(path).contains("object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'",
                    "default-src 'self'", "form-action 'self'");
            assertThat(response.getHeader("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(response.getHeader("Referrer-Policy")).as(path).isEqualTo("same-origin");
            assertThat(response.getHeader("Permissions-Policy")).as(path).contains("camera=()", "geolocation=()");
            assertThat(response.getHeader("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(response.getHeader("Strict-Transport-Security")).as(path + " over plain HTTP").isNull();
        }
    }

    @Test
    void over_https_the_browser_is_told_to_keep_to_https() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/activities").secure(true)).andReturn().getResponse();
        assertThat(response.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
    }
}
