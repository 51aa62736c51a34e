package lv.kopiena.mail;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.util.List;
import lv.kopiena.base.LogCapture;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;

class MailTimerOutageTest {

    @Test
    void a_database_outage_costs_the_timer_one_run_and_one_log_line() {
        List<String> logged;
        try (LogCapture log = LogCapture.start()) {
            MailJobs.survive("sending the outbox", () -> {
                throw new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
                        new java.sql.SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
            });
            logged = log.atLeast(Level.WARN);
        }
        assertThat(logged).singleElement().satisfies(line -> assertThat(line)
                .startsWith("WARN lv.kopiena.mail.MailJobs: Mail timer skipped sending the outbox: database not reachable")
                .contains("trying again at the next poll").doesNotContain("\n"));
    }
}
