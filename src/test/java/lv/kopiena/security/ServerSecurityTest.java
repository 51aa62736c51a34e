package lv.kopiena.security;

import static lv.kopiena.jooq.Tables.ATTEMPT_COUNTER;
import static lv.kopiena.jooq.Tables.LOGIN_EVENT;
import static lv.kopiena.jooq.Tables.LOGIN_SESSION;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * What only the real servlet container shows, asked over HTTP on a real port: Vaadin's own pages
 * carry the security headers, the session id travels only in an HttpOnly SameSite=Lax cookie
 * (never in a URL, so a client without cookies is not sent round in circles), and behind a TLS
 * proxy the cookie is Secure and HSTS is sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ServerSecurityTest {

    @LocalServerPort
    int port;
    @Autowired
    DSLContext dsl;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final LocalDateTime started = LocalDateTime.now().minusSeconds(5);

    @AfterEach
    void forgetWhatTheServerCommitted() {
        // the server's requests commit: leave the shared test database as it was
        dsl.deleteFrom(LOGIN_SESSION).where(LOGIN_SESSION.STARTED_AT.ge(started)).execute();
        dsl.deleteFrom(LOGIN_EVENT).execute();
        dsl.deleteFrom(ATTEMPT_COUNTER).execute();
    }

    @Test
    void vaadin_pages_carry_the_security_headers() throws Exception {
        for (String path : List.of("/login", "/workshops", "/register")) {
            HttpResponse<String> page = get(path, null);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Security-Policy")).as(path).get().asString()
                    .contains("object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'");
            assertThat(page.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(page.headers().firstValue("Referrer-Policy")).as(path).contains("same-origin");
            assertThat(page.headers().firstValue("Permissions-Policy")).as(path).isPresent();
            assertThat(page.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
            assertThat(page.headers().firstValue("Strict-Transport-Security")).as(path + " over plain HTTP").isEmpty();
        }
    }

    @Test
    void a_client_without_cookies_is_sent_to_the_login_page_once_and_never_gets_the_session_id_in_a_url() throws Exception {
        HttpResponse<String> view = get("/activities", null);
        assertThat(view.statusCode()).isEqualTo(302);
        String location = view.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/login").doesNotContainIgnoringCase("jsessionid");
        HttpResponse<String> login = get(URI.create(location).getPath(), null);
        assertThat(login.statusCode()).as("the login page itself opens").isEqualTo(200);
        assertThat(login.body()).doesNotContainIgnoringCase("jsessionid=");
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_lax_and_secure_behind_a_tls_proxy() throws Exception {
        HttpResponse<String> plain = postLogin("http://localhost:" + port, false);
        assertThat(plain.headers().firstValue("Location")).get().asString().endsWith("/");
        String cookie = sessionCookie(plain);
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContain("Secure");

        HttpResponse<String> proxied = postLogin("https://localhost", true);
        assertThat(proxied.headers().firstValue("Location")).get().asString().startsWith("https://").endsWith("/");
        assertThat(sessionCookie(proxied)).contains("HttpOnly", "Secure").containsIgnoringCase("SameSite=Lax");
        assertThat(proxied.headers().firstValue("Strict-Transport-Security")).get().asString().contains("max-age=");
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The login form's POST, directly or as a TLS-terminating proxy on this machine forwards it. */
    private HttpResponse<String> postLogin(String origin, boolean viaTlsProxy) throws Exception {
        String form = "username=" + URLEncoder.encode("coordinator", StandardCharsets.UTF_8) + "&password=demo";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (viaTlsProxy) {
            request.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }
}
