package lv.kopiena.base.ui;

import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import lv.kopiena.base.db.DatabaseOutage;
import lv.kopiena.i18n.TranslationProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * The answer to a request that failed before Vaadin could handle it because the database is not
 * reachable: the login, the check of a logged-in person's session on every request
 * ({@code SessionCheckFilter}), the login throttle. Instead of a stack trace or a blank error
 * page, the reader gets HTTP 503 with {@code Retry-After} and a small page that says, in their
 * language first and then in the two others, to try again in a moment. A click in an open Vaadin
 * page (its XHR expects JSON) gets Vaadin's own critical-notification answer with the same text;
 * clicking it reloads the page. Sits outside Spring Security's filters, so that it sees their
 * failures; logs one line per failed request, no stack trace.
 */
class DatabaseOutageFilter extends OncePerRequestFilter {

    /** Seconds a browser or proxy is asked to wait; the connection pool reconnects within seconds. */
    static final String RETRY_AFTER = "5";
    private static final String LANGUAGE_COOKIE = "kopiena-lang";
    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    private final TranslationProvider translations;

    DatabaseOutageFilter(TranslationProvider translations) {
        this.translations = translations;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!DatabaseOutage.isCause(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("{} {} answered 503, database not reachable: {}", request.getMethod(), request.getRequestURI(),
                    DatabaseOutage.summary(e));
            answer(request, response);
        }
    }

    void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locale(request);
        // the body only: the security headers already written (CSP, nosniff, frame options) stay
        response.resetBuffer();
        response.setHeader("Retry-After", RETRY_AFTER);
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if ("uidl".equals(request.getParameter("v-r"))) {
            // Vaadin's client reads this as a system message and reloads the page when it is clicked
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("application/json");
            response.getWriter().write(VaadinService.createCriticalNotificationJSON(
                    tr("error.database-unavailable.title", locale), tr("error.database-unavailable", locale), null, null));
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("text/html");
        response.getWriter().write(page(locale));
    }

    /** A self-contained page: no script, no styles from the server, the reader's language first. */
    String page(Locale locale) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(locale.getLanguage())
                .append("\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(esc(tr("error.database-unavailable.title", locale))).append(" · ")
                .append(esc(tr("app.name", locale))).append("</title></head>")
                .append("<body style=\"font-family:system-ui,sans-serif;max-width:40em;margin:2em auto;padding:0 1em;color:#1a1a1a\">")
                .append("<main><h1>").append(esc(tr("error.database-unavailable.title", locale))).append("</h1>")
                .append("<p>").append(esc(tr("error.database-unavailable", locale))).append("</p>")
                .append("<p><a href=\"\">").append(esc(tr("error.database-unavailable.retry", locale))).append("</a></p>");
        for (Locale other : TranslationProvider.LOCALES) {
            if (!other.getLanguage().equals(locale.getLanguage())) {
                html.append("<p lang=\"").append(other.getLanguage()).append("\">")
                        .append(esc(tr("error.database-unavailable", other))).append("</p>");
            }
        }
        return html.append("</main></body></html>\n").toString();
    }

    /** The language chosen in this browser (the app's cookie), else the browser's, else Latvian. */
    static Locale locale(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (LANGUAGE_COOKIE.equals(cookie.getName())) {
                    return TranslationProvider.supported(Locale.forLanguageTag(cookie.getValue()));
                }
            }
        }
        List<Locale> accepted = request.getHeader("Accept-Language") == null ? List.of()
                : new ArrayList<>(Collections.list(request.getLocales()));
        return TranslationProvider.firstSupported(accepted).orElse(TranslationProvider.LATVIAN);
    }

    private String tr(String key, Locale locale) {
        return translations.getTranslation(key, locale);
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }
}
