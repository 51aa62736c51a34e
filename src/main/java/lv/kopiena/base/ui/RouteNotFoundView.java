package lv.kopiena.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import lv.kopiena.security.CurrentUser;

/**
 * An address no route matches (Vaadin's own not-found): the same neutral page as a missing
 * record, in place of Vaadin's default, which in development mode lists every route.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class RouteNotFoundView extends NotFoundPage implements HasErrorParameter<NotFoundException> {

    public RouteNotFoundView(CurrentUser currentUser) {
        super(currentUser);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return status();
    }
}
