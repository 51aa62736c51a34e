package lv.kopiena.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.sql.SQLTransientConnectionException;

/** {@link DatabaseUnavailablePage} when no connection within the pool's timeout (HikariCP's answer). */
@AnonymousAllowed
public class DatabaseUnavailablePoolTimeoutView extends DatabaseUnavailablePage
        implements HasErrorParameter<SQLTransientConnectionException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<SQLTransientConnectionException> parameter) {
        return show(event, parameter);
    }
}
