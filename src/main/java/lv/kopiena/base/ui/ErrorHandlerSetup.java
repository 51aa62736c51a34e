package lv.kopiena.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Any failure a view did not handle becomes a readable notification instead of a stack trace. */
@Component
class ErrorHandlerSetup implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(error -> ErrorMessages.show(error.getThrowable())));
    }
}
