package lv.kopiena.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.List;
import java.util.Map;
import lv.kopiena.security.LoginSessions.EndReason;
import lv.kopiena.security.ui.LoginView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Login through the Vaadin login view; every view declares who may enter and every service
 * method says it again ({@code @PreAuthorize}), so the services are the security boundary. Around
 * that: logins are throttled and recorded ({@link KopienaAuthenticationProvider}), login sessions
 * are recorded and checked on every request so they can be ended at once ({@link LoginSessions}),
 * a login posted from another site is refused ({@link LoginOriginFilter}), and every response
 * carries the security headers below. Passwords are hashed with Argon2id; hashes carry an
 * {@code {id}} prefix, so older bcrypt hashes keep working and are replaced at the next login.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * As strict as Vaadin Flow allows: its bootstrap is an inline script and its client evaluates
     * the JavaScript the server sends (executeJs), which needs 'unsafe-inline' and 'unsafe-eval'
     * for scripts, and its components set inline styles. Everything else comes from this site only;
     * no plugins, no other base URL, no framing by other sites, forms post only here.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");
    /** Kopiena uses none of these browser features. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), bluetooth=(), hid=(), midi=(), display-capture=()";
    static final String LOGIN_PATH = "/login";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginSessions sessions) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles.css", "/images/**").permitAll());
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .frameOptions(frame -> frame.deny())
                // sent on HTTPS requests only (behind the TLS proxy), as HSTS must be
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true))
                // Vaadin's pages are served through a forward to its servlet, after which the container
                // commits the response itself; headers written "on commit" would never be sent
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        http.sessionManagement(session -> session.sessionAuthenticationStrategy(new CompositeSessionAuthenticationStrategy(
                List.of(new ChangeSessionIdAuthenticationStrategy(), new LoginSessionStrategy(sessions)))));
        http.addFilterBefore(new LoginOriginFilter(LOGIN_PATH), UsernamePasswordAuthenticationFilter.class);
        http.addFilterBefore(new SessionCheckFilter(sessions), AnonymousAuthenticationFilter.class);
        LogoutHandler endLoginSession = (request, response, authentication) ->
                sessions.currentId().ifPresent(id -> sessions.end(id, EndReason.LOGOUT, null));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .addLogoutHandler(endLoginSession));
        return http.build();
    }

    /** Lets the login sessions learn when the container drops an HTTP session (idle timeout). */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /**
     * Argon2id with OWASP's parameters (19 MiB, 2 iterations, 1 lane): no 72-byte limit, so
     * passphrases of any length and script count in full. bcrypt stays readable for old hashes. At
     * most {@code kopiena.security.concurrent-hashes} hashes (default: the number of cores) run at
     * once ({@link BoundedPasswordEncoder}).
     */
    @Bean
    PasswordEncoder passwordEncoder(
            @Value("${kopiena.security.concurrent-hashes:0}") int concurrentHashes) {
        String current = "argon2";
        PasswordEncoder encoder = new DelegatingPasswordEncoder(current, Map.of(
                current, new Argon2PasswordEncoder(16, 32, 1, 19_456, 2),
                "bcrypt", new BCryptPasswordEncoder()));
        int bound = concurrentHashes > 0 ? concurrentHashes : Math.max(2, Runtime.getRuntime().availableProcessors());
        return new BoundedPasswordEncoder(encoder, bound);
    }
}
