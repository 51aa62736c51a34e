package lv.kopiena.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.HttpStatusCode;
import lv.kopiena.educator.ui.WorkshopCatalogueView;
import lv.kopiena.home.ui.HomeView;
import lv.kopiena.security.CurrentUser;

/**
 * The one answer for an address that leads nowhere: no such page, no such record, a record of
 * another centre or another person, an id that is not a number. All of them read the same and
 * answer HTTP 404, so that nobody can tell an existing record of someone else from a missing one,
 * and nobody sees a stack trace or the list of routes. Shown in the normal frame, with a way on:
 * the start page after login, the public workshops before.
 *
 * <p>Two error views extend it, one per exception type Vaadin routes to it:
 * {@link RecordNotFoundView} and {@link RouteNotFoundView}.
 */
abstract class NotFoundPage extends VerticalLayout implements HasDynamicTitle, LocaleChangeObserver {

    private final boolean loggedIn;
    final H2 title = new H2();
    final Paragraph text = new Paragraph();
    final RouterLink onwards = new RouterLink();

    NotFoundPage(CurrentUser currentUser) {
        loggedIn = currentUser.get().isPresent();
        addClassName("not-found");
        onwards.setRoute(loggedIn ? HomeView.class : WorkshopCatalogueView.class);
        add(title, text, onwards);
    }

    /** Also when the reader switches the language on this page (the same instance stays). */
    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("error.not-found.title"));
        text.setText(getTranslation("error.not-found.text"));
        onwards.setText(getTranslation(loggedIn ? "error.not-found.home" : "error.not-found.workshops"));
    }

    /** The HTTP status of every not-found answer. */
    static int status() {
        return HttpStatusCode.NOT_FOUND.getCode();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.not-found.title") + " · " + getTranslation("app.name");
    }
}
