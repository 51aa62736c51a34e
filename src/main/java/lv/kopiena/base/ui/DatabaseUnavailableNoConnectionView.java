package lv.kopiena.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/** {@link DatabaseUnavailablePage} when a connection could not be obtained outside a transaction. */
@AnonymousAllowed
public class DatabaseUnavailableNoConnectionView extends DatabaseUnavailablePage
        implements HasErrorParameter<CannotGetJdbcConnectionException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<CannotGetJdbcConnectionException> parameter) {
        return show(event, parameter);
    }
}
