package lv.kopiena.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.sql.SQLNonTransientConnectionException;

/** {@link DatabaseUnavailablePage} when the driver could not connect or lost the connection. */
@AnonymousAllowed
public class DatabaseUnavailableConnectionRefusedView extends DatabaseUnavailablePage
        implements HasErrorParameter<SQLNonTransientConnectionException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<SQLNonTransientConnectionException> parameter) {
        return show(event, parameter);
    }
}
