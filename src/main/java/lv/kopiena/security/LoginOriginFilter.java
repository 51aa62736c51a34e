package lv.kopiena.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Closes login CSRF: a login form posted from another site (which would log the victim in to the
 * attacker's account, to collect what they then type) is refused. Vaadin's login form is a plain
 * HTML form that carries no CSRF token, so the browser's own word is used: every browser sends
 * {@code Origin} with a form POST (and {@code Referer} unless told not to); the login is accepted
 * only when one of them names this site, as the request reached it (behind a proxy, the address
 * the proxy forwarded).
 */
class LoginOriginFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(LoginOriginFilter.class);

    private final String loginPath;

    LoginOriginFilter(String loginPath) {
        this.loginPath = loginPath;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && loginPath.equals(request.getRequestURI().substring(request.getContextPath().length())));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader("Origin");
        String source = origin != null && !"null".equals(origin) ? origin : request.getHeader("Referer");
        if (source == null || !sameOrigin(source, request)) {
            log.warn("Login form posted from another origin refused (address {})", ClientAddress.of(request));
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean sameOrigin(String source, HttpServletRequest request) {
        URI uri = parse(source);
        if (uri == null || uri.getScheme() == null || uri.getHost() == null) {
            return false;
        }
        return uri.getScheme().equalsIgnoreCase(request.getScheme())
                && uri.getHost().equalsIgnoreCase(request.getServerName())
                && port(uri.getPort(), uri.getScheme()) == port(request.getServerPort(), request.getScheme());
    }

    private static @Nullable URI parse(String source) {
        try {
            return new URI(source);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static int port(int port, String scheme) {
        if (port > 0) {
            return port;
        }
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }
}
