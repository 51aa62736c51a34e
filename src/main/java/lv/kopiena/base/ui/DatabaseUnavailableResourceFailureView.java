package lv.kopiena.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.dao.DataAccessResourceFailureException;

/** {@link DatabaseUnavailablePage} when the database failed under a running statement. */
@AnonymousAllowed
public class DatabaseUnavailableResourceFailureView extends DatabaseUnavailablePage
        implements HasErrorParameter<DataAccessResourceFailureException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<DataAccessResourceFailureException> parameter) {
        return show(event, parameter);
    }
}
