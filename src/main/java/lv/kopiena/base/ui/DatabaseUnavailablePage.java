package lv.kopiena.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.HttpStatusCode;
import lv.kopiena.base.db.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A page that could not be opened because the database is not reachable (stopped, restarting):
 * "try again in a moment" in the reader's language with a link that opens the same page again,
 * answered with HTTP 503, never a stack trace. Without the main layout, which would ask the
 * database too. One subclass per exception type that Vaadin routes here: Vaadin finds an error
 * view by the exact class of the failure or of one of its causes.
 */
abstract class DatabaseUnavailablePage extends VerticalLayout implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailablePage.class);

    final H2 title = new H2();
    final Paragraph text = new Paragraph();
    final Anchor retry = new Anchor();

    DatabaseUnavailablePage() {
        addClassName("database-unavailable");
        add(title, text, retry);
    }

    int show(BeforeEnterEvent event, ErrorParameter<? extends Exception> parameter) {
        log.warn("Page {} not shown, database not reachable: {}", event.getLocation().getPath(),
                DatabaseOutage.summary(parameter.getException()));
        title.setText(getTranslation("error.database-unavailable.title"));
        text.setText(getTranslation("error.database-unavailable"));
        retry.setText(getTranslation("error.database-unavailable.retry"));
        retry.setHref("/" + event.getLocation().getPathWithQueryParameters());
        return HttpStatusCode.SERVICE_UNAVAILABLE.getCode();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.database-unavailable.title") + " · " + getTranslation("app.name");
    }
}
