package lv.kopiena.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import lv.kopiena.base.NotFoundException;
import lv.kopiena.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A record page whose record does not exist or is not the reader's ({@link NotFoundException}
 * from a service or from {@link RouteIds}): the neutral not-found page. An everyday event, so
 * logged at DEBUG (the message names only the kind of record and its id).
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class RecordNotFoundView extends NotFoundPage implements HasErrorParameter<NotFoundException> {

    private static final Logger log = LoggerFactory.getLogger(RecordNotFoundView.class);

    public RecordNotFoundView(CurrentUser currentUser) {
        super(currentUser);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        log.debug("Record page not shown: {}", parameter.getCaughtException().getMessage());
        return status();
    }
}
