package lv.kopiena;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockRouteNotFoundError;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Locale;
import java.util.Set;
import kotlin.jvm.functions.Function0;
import lv.kopiena.i18n.TranslationProvider;
import lv.kopiena.security.KopienaUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Base of the UI tests: a Vaadin UI in the test's thread (Karibu), with the real services and
 * database behind it. {@link #login} also sets the request's principal and roles, so the views'
 * access annotations are checked as in the browser. The UI starts in English unless a test
 * switches it.
 */
public abstract class KaribuTest extends IntegrationTest {

    private static Routes routes;

    @Autowired
    private ApplicationContext ctx;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("lv.kopiena");
            // the application has its own not-found page (RouteNotFoundView); Karibu's would clash with it
            routes.getErrorRoutes().remove(MockRouteNotFoundError.class);
        }
    }

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, ctx, uiFactory));
        UI.getCurrent().setLocale(TranslationProvider.ENGLISH);
    }

    @Autowired
    private TranslationProvider translations;

    @AfterEach
    void tearDownVaadin() {
        logout();
        MockVaadin.tearDown();
        Set<String> missing = translations.missingKeys();
        translations.clearMissing();
        assertThat(missing).as("translation keys the rendered views asked for but no bundle has").isEmpty();
    }

    @Override
    protected KopienaUser login(String username) {
        KopienaUser user = super.login(username);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication());
        request.setUserInRole((principal, role) -> user.role().name().equals(role));
        return user;
    }

    @Override
    protected void logout() {
        super.logout();
        if (VaadinServletRequest.getCurrent() != null) {
            FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
            request.setUserPrincipalInt(null);
            request.setUserInRole((principal, role) -> false);
        }
    }

    protected void switchLanguage(Locale locale) {
        UI.getCurrent().setLocale(locale);
    }
}
