package lv.kopiena.demo;

import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Warns at start when the embedded demo database holds accounts that the demo data did not create:
 * somebody has started entering real people (typically educators registering themselves) into a
 * database whose admin password is "demo" for everyone and that is meant for trying Kopiena on one
 * machine. One WARN per start, with counts and ids, never names or addresses.
 */
@Component
@Order(6)
@ConditionalOnProperty(name = "kopiena.embedded", havingValue = "true")
class DemoAccountCheck implements ApplicationRunner {

    /** Enough ids to find the accounts; the count says how many there are. */
    static final int MAX_IDS = 20;

    private static final Logger log = LoggerFactory.getLogger(DemoAccountCheck.class);

    private final DemoDataRepository demo;

    DemoAccountCheck(DemoDataRepository demo) {
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        DemoDataRepository.OtherAccounts others = demo.otherAccounts();
        if (others.ids().isEmpty()) {
            return;
        }
        String ids = others.ids().stream().limit(MAX_IDS).map(String::valueOf).collect(Collectors.joining(", "))
                + (others.ids().size() > MAX_IDS ? ", …" : "");
        String roles = others.byRole().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        log.warn("The embedded demo database holds {} account(s) that are not demo accounts (user_account ids {}, "
                        + "newest first; by role: {}). The demo is for trying Kopiena with invented people: everybody "
                        + "knows its admin password ('demo'). Keep real people's data in a MariaDB server "
                        + "(SPRING_DATASOURCE_URL, see the README's Configure section).",
                others.ids().size(), ids, roles);
    }
}
