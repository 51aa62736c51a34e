package lv.kopiena.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import lv.kopiena.base.NotFoundException;

/**
 * Every address no other route takes ({@code /no-such-page}, {@code /activities/abc}). Without
 * it the security filter answers such an address before Vaadin sees it: a blank 403 after login,
 * the login page before. As a route that anyone may open it lets the request through, and then
 * gives the same neutral not-found page as a missing record ({@link RecordNotFoundView}); the
 * views and services keep their own access rules, so it opens nothing else.
 */
@Route(":path*")
@AnonymousAllowed
public class NoRouteView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // the path itself is not logged or shown: it is whatever someone typed
        throw new NotFoundException("page", "(no route)");
    }
}
