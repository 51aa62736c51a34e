package lv.kopiena.demo;

import static lv.kopiena.jooq.Tables.USER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import lv.kopiena.IntegrationTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The start log of the demo says so when real people's accounts have crept into the demo database. */
@ExtendWith(OutputCaptureExtension.class)
class DemoAccountCheckTest extends IntegrationTest {

    @Autowired
    private DemoDataRepository demo;
    @Autowired
    private DSLContext dsl;

    @Test
    void the_accounts_of_the_demo_data_are_demo_accounts() {
        List<Long> demoAccounts = dsl.select(USER_ACCOUNT.ID).from(USER_ACCOUNT)
                .where(USER_ACCOUNT.USERNAME.in("admin", "coordinator", "coordinator-ludza", "coordinator-kraslava",
                        "educator", "funder").or(USER_ACCOUNT.USERNAME.like("%@example.lv")))
                .fetch(USER_ACCOUNT.ID);

        assertThat(demoAccounts).as("6 staff accounts and 12 self-registered educators").hasSize(18);
        assertThat(demo.otherAccounts().ids()).doesNotContainAnyElementsOf(demoAccounts);
    }

    @Test
    void accounts_added_to_the_demo_are_reported_once_by_id_and_role_without_names_or_addresses(CapturedOutput output) {
        long registered = account("janis.ozols@skola.test", "Jānis Ozols", "janis.ozols@skola.test", "EDUCATOR");
        long added = account("vfinansetaja", "Vija Finansētāja", null, "FUNDER");

        new DemoAccountCheck(demo).run(new DefaultApplicationArguments());

        var warnings = output.getOut().lines().filter(line -> line.contains("not demo accounts")).toList();
        assertThat(warnings).singleElement().asString()
                .contains(" WARN ")
                .containsPattern("holds \\d+ account\\(s\\) that are not demo accounts")
                .contains("user_account ids " + added + ", " + registered)
                .contains("EDUCATOR").contains("FUNDER")
                .doesNotContain("janis.ozols").doesNotContain("Jānis").doesNotContain("Ozols")
                .doesNotContain("vfinansetaja").doesNotContain("Vija");
    }

    private long account(String username, String name, String email, String role) {
        return dsl.insertInto(USER_ACCOUNT)
                .set(USER_ACCOUNT.USERNAME, username).set(USER_ACCOUNT.PASSWORD_HASH, "{noop}not-used")
                .set(USER_ACCOUNT.DISPLAY_NAME, name).set(USER_ACCOUNT.EMAIL, email).set(USER_ACCOUNT.ROLE, role)
                .returning(USER_ACCOUNT.ID).fetchSingle(USER_ACCOUNT.ID);
    }
}
