package lv.kopiena.base.ui;

import static lv.kopiena.jooq.Tables.USER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import com.vaadin.flow.component.UI;
import java.util.List;
import lv.kopiena.KaribuTest;
import lv.kopiena.base.LogCapture;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

class ErrorMessagesTest extends KaribuTest {

    @Autowired
    DSLContext dsl;

    @Test
    void a_database_failure_is_logged_with_its_classes_but_without_the_e_mail_the_database_quotes() {
        String taken = "anna.kalnina@example.lv";
        Throwable failure = catchThrowable(() -> dsl.insertInto(USER_ACCOUNT)
                .set(USER_ACCOUNT.USERNAME, taken).set(USER_ACCOUNT.PASSWORD_HASH, "{noop}x")
                .set(USER_ACCOUNT.DISPLAY_NAME, "Anna Kalniņa").set(USER_ACCOUNT.ROLE, "EDUCATOR").execute());
        assertThat(failure).isInstanceOf(DataAccessException.class);
        assertThat(failure).rootCause().hasMessageContaining(taken);

        List<String> logged;
        try (LogCapture log = LogCapture.start()) {
            assertThat(ErrorMessages.describe(UI.getCurrent(), failure))
                    .isEqualTo("The database refused the change. Please try again; if it keeps failing, tell your administrator.");
            logged = log.atLeast(Level.ERROR);
        }
        assertThat(logged).singleElement().satisfies(line -> {
            assertThat(line).startsWith("ERROR lv.kopiena.base.ui.ErrorMessages: Database failure")
                    .contains(failure.getClass().getName(), "Duplicate entry '…' for key", "uq_user_account_username")
                    .doesNotContain(taken);
        });
    }

    @Test
    void the_logged_copy_keeps_the_stack_trace_and_the_causes() {
        IllegalStateException cause = new IllegalStateException("activity 12 has no centre");
        RuntimeException failure = new RuntimeException("Could not open activity 12", cause);

        Throwable logged = ErrorMessages.forLog(failure);

        assertThat(logged).hasToString("java.lang.RuntimeException: Could not open activity 12");
        assertThat(logged.getStackTrace()).isEqualTo(failure.getStackTrace());
        assertThat(logged.getCause()).hasToString("java.lang.IllegalStateException: activity 12 has no centre");
        assertThat(logged.getCause().getStackTrace()).isEqualTo(cause.getStackTrace());
    }
}
