package lv.kopiena.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.Year;
import java.util.List;
import lv.kopiena.IntegrationTest;
import lv.kopiena.base.ConcurrentEditException;
import lv.kopiena.base.ValidationException;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class RetentionServiceTest extends IntegrationTest {

    @Autowired
    RetentionService retention;
    @Autowired
    RetentionJob job;
    @Autowired
    DSLContext dsl;

    PrivacyFixtures fixtures;
    long preili;
    long inactive;
    long active;
    long grownUp;
    long adult;

    /**
     * In the coordinator's centre: someone last seen 7 years ago, someone as old who came last
     * month, someone registered at 15 who is 18 now with an e-mail, and an adult registered as one.
     */
    @BeforeEach
    void setUp() {
        fixtures = new PrivacyFixtures(dsl);
        preili = login("coordinator").centreId();
        logout();
        LocalDateTime now = LocalDateTime.now();
        int year = Year.now().getValue();
        inactive = person("Senaizmirstā", now.minusYears(7), null);
        active = person("Nesenā", now.minusYears(7), null);
        long recent = fixtures.id("SELECT id FROM activity WHERE centre_id = ? AND starts_at < NOW() "
                + "ORDER BY starts_at DESC LIMIT 1", preili);
        fixtures.attended(recent, active);
        grownUp = person("Pieaugusī", now.minusYears(3), (short) (year - 18));
        adult = person("Pieaugušā", now.minusYears(3), (short) (year - 30));
    }

    private long person(String lastName, LocalDateTime createdAt, Short birthYear) {
        long id = fixtures.participant(preili, "Retencija", lastName, lastName.toLowerCase() + "@example.lv",
                "+371 2111 0000", "Aizbildnis " + lastName, null);
        dsl.execute("UPDATE participant SET created_at = ?, birth_year = ? WHERE id = ?", createdAt, birthYear, id);
        return id;
    }

    private RetentionRule saveRule(boolean enabled) {
        return retention.save(retention.rule(preili).with(enabled, 5, true));
    }

    private String lastName(long id) {
        return dsl.fetchValue("SELECT last_name FROM participant WHERE id = ?", id).toString();
    }

    private List<Long> ours(List<RetentionCandidate> candidates) {
        return candidates.stream().map(RetentionCandidate::participantId)
                .filter(id -> List.of(inactive, active, grownUp, adult).contains(id)).toList();
    }

    @Test
    void retention_dry_run_lists_inactive_participants_and_erases_nothing() {
        login("coordinator");
        saveRule(false);
        List<RetentionCandidate> list = retention.dryRun(preili, 0, 500);

        assertThat(ours(list)).containsExactly(inactive, grownUp);
        assertThat(list).filteredOn(c -> c.participantId() == inactive).singleElement()
                .satisfies(c -> assertThat(c.reason()).isEqualTo(RetentionCandidate.Reason.INACTIVE))
                .satisfies(c -> assertThat(c.lastName()).isEqualTo("Senaizmirstā"));
        assertThat(list).filteredOn(c -> c.participantId() == grownUp).singleElement()
                .satisfies(c -> assertThat(c.reason()).isEqualTo(RetentionCandidate.Reason.CONTACT_AT_18));
        assertThat(retention.dryRunCount(preili)).isEqualTo(list.size());
        assertThat(lastName(inactive)).isEqualTo("Senaizmirstā");
        assertThat(dsl.fetchValue("SELECT email FROM participant WHERE id = ?", grownUp)).isNotNull();
        assertThat(dsl.fetchValue("SELECT COUNT(*) FROM audit_event WHERE action = 'RETENTION_ERASE'")).isEqualTo(0L);
    }

    @Test
    void applying_the_rule_erases_the_inactive_and_removes_contacts_at_18_each_audited() {
        login("coordinator");
        saveRule(false);
        int listed = retention.dryRunCount(preili);

        RetentionOutcome outcome = retention.applyNow(preili);

        assertThat(outcome.erased() + outcome.contactsRemoved()).isEqualTo(listed);
        assertThat(lastName(inactive)).isEqualTo("—");
        assertThat(lastName(active)).isEqualTo("Nesenā");
        assertThat(lastName(grownUp)).isEqualTo("Pieaugusī");
        assertThat(dsl.fetchValue("SELECT CONCAT_WS(',', email, phone) FROM participant WHERE id = ?", grownUp))
                .isEqualTo("");
        assertThat(dsl.fetchValue("SELECT email FROM participant WHERE id = ?", adult)).isNotNull();
        assertThat(dsl.fetchValue("SELECT COUNT(*) FROM audit_event WHERE action = 'RETENTION_ERASE' "
                + "AND actor_account_id IS NOT NULL AND record_id IN (?, ?)", inactive, grownUp)).isEqualTo(2L);
        assertThat(retention.dryRunCount(preili)).isZero();
    }

    @Test
    void the_nightly_job_applies_enabled_rules_as_the_system() {
        login("coordinator");
        saveRule(true);
        logout();

        job.runNightly();

        assertThat(lastName(inactive)).isEqualTo("—");
        assertThat(dsl.fetchValue("SELECT COUNT(*) FROM audit_event WHERE action = 'RETENTION_ERASE' "
                + "AND actor_account_id IS NULL AND record_id = ?", inactive)).isEqualTo(1L);
    }

    @Test
    void the_nightly_job_leaves_a_disabled_rule_alone() {
        login("coordinator");
        saveRule(false);
        logout();
        job.runNightly();
        assertThat(lastName(inactive)).isEqualTo("Senaizmirstā");
    }

    @Test
    void a_rule_saved_meanwhile_by_someone_else_is_not_overwritten() {
        login("coordinator");
        RetentionRule read = saveRule(false);
        retention.save(read.with(true, 10, true));
        assertThatThrownBy(() -> retention.save(read.with(false, 3, false))).isInstanceOf(ConcurrentEditException.class);
        assertThat(retention.rule(preili).inactiveYears()).isEqualTo(10);
        assertThatThrownBy(() -> retention.save(retention.rule(preili).with(true, 0, true)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.translationKey()).isEqualTo("privacy.retention.error.years"));
    }

    @Test
    void only_the_centres_own_coordinator_or_an_admin_may_see_or_run_its_rule() {
        login("coordinator-ludza");
        assertThatThrownBy(() -> retention.rule(preili)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> retention.dryRun(preili, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> retention.applyNow(preili)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> retention.save(new RetentionRule(preili, true, 5, true, null)))
                .isInstanceOf(AccessDeniedException.class);
        for (String who : List.of("funder", "educator")) {
            login(who);
            assertThatThrownBy(() -> retention.rule(preili)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> retention.applyNow(preili)).isInstanceOf(AccessDeniedException.class);
        }
        login("admin");
        assertThat(retention.rule(preili).centreId()).isEqualTo(preili);
        assertThat(lastName(inactive)).isEqualTo("Senaizmirstā");
    }
}
