package lv.kopiena.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** A page (tests only) that fails as a view does when its service finds no database connection. */
@Route("test-outage")
@AnonymousAllowed
public class OutageTestView extends Div {

    public OutageTestView() {
        throw DatabaseOutageTest.poolTimeout();
    }
}
