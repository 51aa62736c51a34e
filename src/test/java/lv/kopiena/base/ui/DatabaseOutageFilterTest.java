package lv.kopiena.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import lv.kopiena.i18n.TranslationProvider;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Requests that fail before Vaadin because the database is down (the session check of a logged-in
 * person, the login): 503 with Retry-After and a translated page, no stack trace.
 */
class DatabaseOutageFilterTest {

    private final DatabaseOutageFilter filter = new DatabaseOutageFilter(new TranslationProvider());

    private static FilterChain failing(RuntimeException e) {
        return (request, response) -> {
            throw e;
        };
    }

    @Test
    void a_page_request_gets_503_with_retry_after_and_the_message_in_the_browsers_language_first() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/activities");
        request.addHeader("Accept-Language", "uk-UA,uk;q=0.9,en;q=0.8");
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, failing(DatabaseOutageTest.poolTimeout()));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        String html = response.getContentAsString();
        assertThat(html).contains("<html lang=\"uk\">", "База даних зараз недоступна. Спробуйте ще раз за мить.",
                "Datubāze pašlaik nav sasniedzama.", "The database is not reachable right now.")
                .doesNotContain("Exception", "Hikari", "at lv.");
        assertThat(html.indexOf("База даних")).isLessThan(html.indexOf("Datubāze"));
    }

    @Test
    void the_language_chosen_in_the_app_wins_and_latvian_is_the_default() throws Exception {
        MockHttpServletRequest chosen = new MockHttpServletRequest("POST", "/login");
        chosen.addHeader("Accept-Language", "uk");
        chosen.setCookies(new Cookie("kopiena-lang", "en"));
        assertThat(DatabaseOutageFilter.locale(chosen)).isEqualTo(TranslationProvider.ENGLISH);
        assertThat(DatabaseOutageFilter.locale(new MockHttpServletRequest())).isEqualTo(TranslationProvider.LATVIAN);
    }

    @Test
    void a_click_in_an_open_page_gets_vaadins_system_message_in_json() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setParameter("v-r", "uidl");
        request.setCookies(new Cookie("kopiena-lang", "lv"));
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, failing(new RuntimeException(DatabaseOutageTest.poolTimeout())));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("appError", "Datubāze nav pieejama",
                "Datubāze pašlaik nav sasniedzama. Mēģiniet vēlreiz pēc brīža.");
    }

    @Test
    void other_failures_pass_through_unchanged() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        IllegalStateException other = new IllegalStateException("a bug");
        assertThatThrownBy(() -> filter.doFilter(request, new MockHttpServletResponse(), failing(other))).isSameAs(other);
        ServletException servlet = new ServletException("x");
        assertThatThrownBy(() -> filter.doFilter(request, new MockHttpServletResponse(), (q, s) -> {
            throw servlet;
        })).isSameAs(servlet);
    }
}
