package lv.kopiena;

import static lv.kopiena.jooq.Tables.ATTEMPT_COUNTER;
import static lv.kopiena.jooq.Tables.AUDIT_EVENT;
import static lv.kopiena.jooq.Tables.LOGIN_EVENT;

import lv.kopiena.security.KopienaUser;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.transaction.AfterTransaction;
import org.springframework.transaction.annotation.Transactional;

/**
 * Base of every test that needs the application: a real MariaDB (the embedded one, or the server
 * named by SPRING_DATASOURCE_URL), the demo data as the known state, and a transaction per test
 * that is rolled back afterwards. {@link #login} acts as one of the demo accounts.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
public abstract class IntegrationTest {

    @Autowired
    private UserDetailsService userDetailsService;

    /** Acts as the given account (demo accounts: admin, coordinator, coordinator-ludza, educator, funder). */
    protected KopienaUser login(String username) {
        KopienaUser user = (KopienaUser) userDetailsService.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }

    protected void logout() {
        SecurityContextHolder.clearContext();
    }

    @Autowired
    private DSLContext cleanupDsl;
    @Autowired
    private SecurityContextHolderStrategy contextHolderStrategy;

    /**
     * The holder of "who is calling" is a JVM-wide setting that each application context sets to
     * its own (Vaadin's) strategy when it starts; a test class with another context (a real server
     * port) leaves its own behind. Put this context's back, or {@link #login} would write where the
     * services do not read.
     */
    @BeforeEach
    void useThisContextsSecurityHolder() {
        SecurityContextHolder.setContextHolderStrategy(contextHolderStrategy);
    }

    @AfterEach
    void clearSecurityContext() {
        SecurityContextHolder.clearContext();
    }

    /**
     * Login attempts are counted and recorded in transactions of their own (a failed login must
     * not roll its count back), so they outlive the test's rollback: forget them, or failures of
     * one test would lock the next one out.
     */
    @AfterTransaction
    void forgetLoginAttempts() {
        cleanupDsl.deleteFrom(ATTEMPT_COUNTER).execute();
        cleanupDsl.deleteFrom(LOGIN_EVENT).execute();
        // logins are in the audit trail too, written with their login event
        cleanupDsl.deleteFrom(AUDIT_EVENT).execute();
    }
}
