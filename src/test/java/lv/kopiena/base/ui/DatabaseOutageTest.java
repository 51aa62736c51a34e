package lv.kopiena.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.vaadin.flow.component.UI;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import lv.kopiena.KaribuTest;
import lv.kopiena.base.LogCapture;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/** What a reader sees in the Vaadin UI while the database is not reachable. */
class DatabaseOutageTest extends KaribuTest {

    static CannotCreateTransactionException poolTimeout() {
        return new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 3000ms.",
                        new java.sql.SQLNonTransientConnectionException("Socket fail to connect to 127.0.0.1:33606")));
    }

    @Test
    void a_failed_action_says_try_again_in_the_readers_language_and_logs_one_line() {
        List<String> logged;
        try (LogCapture log = LogCapture.start()) {
            assertThat(ErrorMessages.describe(UI.getCurrent(), poolTimeout()))
                    .isEqualTo("The database is not reachable right now. Try again in a moment.");
            switchLanguage(lv.kopiena.i18n.TranslationProvider.LATVIAN);
            assertThat(ErrorMessages.describe(UI.getCurrent(), new RuntimeException("wrapped",
                    new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection"))))
                    .isEqualTo("Datubāze pašlaik nav sasniedzama. Mēģiniet vēlreiz pēc brīža.");
            logged = log.atLeast(Level.WARN);
        }
        assertThat(logged).hasSize(2).allSatisfy(line -> assertThat(line)
                .startsWith("WARN lv.kopiena.base.ui.ErrorMessages: Database not reachable:")
                .doesNotContain("\n"));
    }

    @Test
    void a_page_that_cannot_reach_the_database_shows_the_try_again_page() {
        UI.getCurrent().navigate("test-outage");

        DatabaseUnavailablePage page = _get(DatabaseUnavailablePage.class);
        assertThat(page.title.getText()).isEqualTo("Database unavailable");
        assertThat(page.text.getText()).isEqualTo("The database is not reachable right now. Try again in a moment.");
        assertThat(page.retry.getHref()).isEqualTo("/test-outage");
    }
}
