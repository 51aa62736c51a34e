package lv.kopiena.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lv.kopiena.IntegrationTest;
import lv.kopiena.activity.AttendanceService;
import lv.kopiena.base.NotFoundException;
import lv.kopiena.base.ValidationException;
import lv.kopiena.certificate.CertificateCheck;
import lv.kopiena.certificate.CertificateFixtures;
import lv.kopiena.certificate.CertificateService;
import lv.kopiena.certificate.IssuedCertificate;
import lv.kopiena.report.Report;
import lv.kopiena.report.ReportFilter;
import lv.kopiena.report.ReportService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

class PrivacyServiceTest extends IntegrationTest {

    private static final Locale LV = Locale.of("lv", "LV");
    private static final String FIRST = "Ksaverija";
    private static final String LAST = "Privātumniece";
    private static final String EMAIL = "ksaverija.privatumniece@example.lv";
    private static final String PHONE = "+371 2999 4711";
    private static final String GUARDIAN = "Gvido Aizbildnītis";

    @Autowired
    PrivacyService privacy;
    @Autowired
    ReportService reports;
    @Autowired
    AttendanceService attendance;
    @Autowired
    CertificateService certificates;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    DSLContext dsl;

    PrivacyFixtures fixtures;
    long initiative;
    long centre;
    List<Long> fundedActivities;

    @BeforeEach
    void setUp() {
        fixtures = new PrivacyFixtures(dsl);
        initiative = fixtures.id("SELECT id FROM initiative WHERE title = 'Aktīvās kopienas'");
        centre = fixtures.id("SELECT centre_id FROM initiative WHERE id = ?", initiative);
        fundedActivities = dsl.resultQuery("SELECT id FROM activity WHERE initiative_id = ? AND starts_at < NOW() "
                + "ORDER BY starts_at LIMIT 2", initiative).fetch(0, Long.class);
        assertThat(fundedActivities).hasSize(2);
    }

    /** A participant of the funded initiative's centre who attended two of its activities. */
    private long attendingParticipant() {
        long id = fixtures.participant(centre, FIRST, LAST, EMAIL, PHONE, GUARDIAN, null);
        fundedActivities.forEach(activity -> fixtures.attended(activity, id));
        return id;
    }

    // ---- erasure keeps the counts

    @Test
    void erasing_a_participant_keeps_every_report_total() {
        long id = attendingParticipant();
        ReportFilter all = ReportFilter.none();
        ReportFilter funded = new ReportFilter(null, null, null, initiative, null, null, null, null);
        login("admin");
        Report exactBefore = reports.report(all, LV);
        Report exactFundedBefore = reports.report(funded, LV);
        login("funder");
        Report protectedBefore = reports.report(ReportFilter.none(), LV);

        login("admin");
        privacy.eraseParticipant(id);

        assertThat(dsl.fetchValue("SELECT first_name FROM participant WHERE id = ?", id)).isEqualTo("—");
        assertSameNumbers(reports.report(all, LV), exactBefore);
        assertSameNumbers(reports.report(funded, LV), exactFundedBefore);
        login("funder");
        assertSameNumbers(reports.report(ReportFilter.none(), LV), protectedBefore);
    }

    private static void assertSameNumbers(Report after, Report before) {
        assertThat(after.keyFigures()).isEqualTo(before.keyFigures());
        assertThat(after.tables()).isEqualTo(before.tables());
    }

    @Test
    void erased_participant_leaves_no_personal_value_in_any_table() {
        long id = attendingParticipant();
        for (String value : List.of(FIRST, LAST, EMAIL, PHONE, GUARDIAN)) {
            assertThat(fixtures.hits(value)).as(value + " before").isNotEmpty();
        }
        login("coordinator");
        privacy.eraseParticipant(id);

        for (String value : List.of(FIRST, LAST, EMAIL, PHONE, GUARDIAN)) {
            assertThat(fixtures.hits(value)).as(value + " after").isEmpty();
        }
        assertThat(dsl.fetchCount(dsl.selectFrom("attendance").where("participant_id = ?", id))).isEqualTo(2);
        assertThat(dsl.fetchValue("SELECT COUNT(*) FROM audit_event WHERE action = 'ERASE' AND record_type = "
                + "'participant' AND record_id = ?", id)).isEqualTo(1L);
        // the anonymous record is gone from the coordinator's look-ups
        assertThatThrownBy(() -> privacy.exportParticipant(id, ExportFormat.JSON, LV))
                .isInstanceOf(NotFoundException.class);
    }

    // ---- an educator's account

    private record Educator(long accountId, long signupId, String username) {
    }

    /** An educator with every kind of trace: sign-up, certificate, participant record, mails, links, logins. */
    private Educator tracedEducator() {
        return tracedEducator(false);
    }

    /**
     * @param attemptCounter also a throttle counter of its name (not for a test that logs in as it:
     *                       the throttle writes that row in a transaction of its own)
     */
    private Educator tracedEducator(boolean attemptCounter) {
        CertificateFixtures certificateFixtures = new CertificateFixtures(dsl);
        String username = "ksaverija.educator@example.lv";
        long account = certificateFixtures.educator(username, FIRST + " " + LAST);
        dsl.execute("UPDATE user_account SET password_hash = ? WHERE id = ?", encoder.encode("Dzēst-mani-2026"), account);
        long workshop = certificateFixtures.workshop(CertificateFixtures.PREILI, "Privātuma seminārs",
                LocalDateTime.of(2025, 3, 14, 10, 0), "4");
        long signup = certificateFixtures.signup(workshop, account, "CONFIRMED", true);
        long participant = fixtures.participant(certificateFixtures.centreId(CertificateFixtures.PREILI), FIRST, LAST,
                username, PHONE, GUARDIAN, account);
        fixtures.attended(workshop, participant);
        LocalDateTime now = fixtures.now();
        dsl.execute("INSERT INTO mail_outbox (kind, signup_id, created_at, next_try_at) VALUES ('REMINDER', ?, ?, ?)",
                signup, now, now);
        dsl.execute("INSERT INTO mail_outbox (kind, created_at, next_try_at, recipient_email, recipient_name, "
                + "recipient_locale, account_username) VALUES ('PASSWORD_CHANGED', ?, ?, ?, ?, 'lv', ?)",
                now, now, username, FIRST + " " + LAST, username);
        dsl.execute("INSERT INTO pending_registration (email, display_name, password_hash, preferred_locale, "
                + "privacy_consent_at, token_hash, created_at, expires_at, address) VALUES (?, ?, 'x', 'lv', ?, ?, ?, ?, "
                + "'203.0.113.77')", username, FIRST + " " + LAST, now, "a".repeat(64), now, now.plusDays(2));
        dsl.execute("INSERT INTO account_token (purpose, user_account_id, token_hash, created_at, expires_at, address) "
                + "VALUES ('PASSWORD_RESET', ?, ?, ?, ?, '203.0.113.77')", account, "b".repeat(64), now, now.plusHours(1));
        dsl.execute("INSERT INTO login_session (user_account_id, started_at, last_seen_at, expires_at, address, user_agent) "
                + "VALUES (?, ?, ?, ?, '203.0.113.77', 'PrivacyTestBrowser/1.0')", account, now, now, now.plusHours(8));
        dsl.execute("INSERT INTO login_event (occurred_at, outcome, username, user_account_id, address) "
                + "VALUES (?, 'SUCCESS', ?, ?, '203.0.113.77')", now, username, account);
        if (attemptCounter) {
            dsl.execute("INSERT INTO attempt_counter (kind, subject, attempts, window_start, last_attempt_at) "
                    + "VALUES ('LOGIN_ACCOUNT', ?, 1, ?, ?)", username, now, now);
        }
        dsl.execute("INSERT INTO audit_event (occurred_at, action, actor_account_id, actor_role, address) "
                + "VALUES (?, 'LOGIN', ?, 'EDUCATOR', '203.0.113.77')", now, account);
        return new Educator(account, signup, username);
    }

    private static final List<String> EDUCATOR_VALUES = List.of(FIRST, LAST, "ksaverija.educator", PHONE, GUARDIAN,
            "203.0.113.77", "PrivacyTestBrowser");

    @Test
    void erased_educator_leaves_no_personal_value_in_any_table() {
        Educator educator = tracedEducator(true);
        login(educator.username());
        certificates.issue(educator.signupId());
        for (String value : EDUCATOR_VALUES) {
            assertThat(fixtures.hits(value)).as(value + " before").isNotEmpty();
        }
        long hoursBefore = dsl.fetchCount(dsl.selectFrom("workshop_signup").where("user_account_id = ? AND attended",
                educator.accountId()));

        login("admin");
        privacy.eraseAccount(educator.accountId());

        for (String value : EDUCATOR_VALUES) {
            assertThat(fixtures.hits(value)).as(value + " after").isEmpty();
        }
        assertThat(dsl.fetchCount(dsl.selectFrom("workshop_signup").where("user_account_id = ? AND attended",
                educator.accountId()))).isEqualTo(hoursBefore);
        assertThat(dsl.fetchValue("SELECT enabled FROM user_account WHERE id = ?", educator.accountId()))
                .isIn(false, 0, (byte) 0);
        assertThat(dsl.fetchValue("SELECT end_reason FROM login_session WHERE user_account_id = ?", educator.accountId()))
                .isEqualTo("ACCOUNT_DELETED");
        assertThat(dsl.fetchValue("SELECT COUNT(*) FROM audit_event WHERE action = 'ERASE' AND record_type = "
                + "'user_account' AND record_id = ?", educator.accountId())).isEqualTo(1L);
    }

    @Test
    void certificate_of_an_erased_educator_still_verifies_without_a_name() {
        Educator educator = tracedEducator();
        login(educator.username());
        IssuedCertificate issued = certificates.issue(educator.signupId());
        login("admin");
        privacy.eraseAccount(educator.accountId());
        logout();

        Optional<CertificateCheck> check = certificates.verify(issued.displayCode());
        assertThat(check).hasValueSatisfying(c -> {
            assertThat(c.valid()).isTrue();
            assertThat(c.holderErased()).isTrue();
            assertThat(c.holderName()).isNull();
            assertThat(c.workshopTitle()).isEqualTo("Privātuma seminārs");
        });
    }

    @Test
    void an_educator_downloads_and_erases_only_its_own_account() {
        Educator educator = tracedEducator();
        login(educator.username());
        String json = new String(privacy.exportMine(ExportFormat.JSON, LV).content(), StandardCharsets.UTF_8);
        assertThat(json).contains(educator.username(), "Privātuma seminārs", "\"signups\"").doesNotContain("password");
        assertThat(privacy.maySelfErase()).isTrue();
        long other = new CertificateFixtures(dsl).accountId("educator");
        assertThatThrownBy(() -> privacy.eraseAccount(other)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> privacy.exportAccount(other, ExportFormat.JSON, LV))
                .isInstanceOf(AccessDeniedException.class);

        assertThatThrownBy(() -> privacy.eraseMyAccount("wrong"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.translationKey()).isEqualTo("privacy.error.password"));
        assertThat(dsl.fetchValue("SELECT erased_at FROM user_account WHERE id = ?", educator.accountId())).isNull();

        privacy.eraseMyAccount("Dzēst-mani-2026");
        assertThat(dsl.fetchValue("SELECT username FROM user_account WHERE id = ?", educator.accountId()))
                .isEqualTo("erased-" + educator.accountId());
        assertThat(dsl.fetchValue("SELECT erased_at FROM user_account WHERE id = ?", other)).isNull();
    }

    @Test
    void staff_accounts_cannot_be_erased() {
        long coordinator = new CertificateFixtures(dsl).accountId("coordinator");
        login("admin");
        assertThatThrownBy(() -> privacy.eraseAccount(coordinator))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.translationKey()).isEqualTo("privacy.error.staff"));
        login("coordinator");
        assertThat(privacy.maySelfErase()).isFalse();
        assertThatThrownBy(() -> privacy.eraseMyAccount("demo")).isInstanceOf(AccessDeniedException.class);
        assertThat(privacy.exportMine(ExportFormat.PDF, LV).content()).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
    }

    // ---- who may

    @Test
    void coordinator_of_another_centre_cannot_export_or_erase() {
        long id = attendingParticipant();
        login("coordinator-ludza");
        assertThatThrownBy(() -> privacy.exportParticipant(id, ExportFormat.JSON, LV)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> privacy.eraseParticipant(id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> privacy.withdrawConsent(id)).isInstanceOf(NotFoundException.class);
        assertThat(dsl.fetchValue("SELECT first_name FROM participant WHERE id = ?", id)).isEqualTo(FIRST);
    }

    @Test
    void funders_and_educators_are_refused() {
        long id = attendingParticipant();
        long account = new CertificateFixtures(dsl).accountId("educator");
        for (String who : List.of("funder", "educator")) {
            login(who);
            assertThatThrownBy(() -> privacy.exportParticipant(id, ExportFormat.PDF, LV)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> privacy.eraseParticipant(id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> privacy.withdrawConsent(id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> privacy.eraseAccount(account)).isInstanceOf(AccessDeniedException.class);
        }
        login("funder");
        assertThatThrownBy(() -> privacy.eraseMyAccount("demo")).isInstanceOf(AccessDeniedException.class);
        logout();
        assertThatThrownBy(() -> privacy.exportMine(ExportFormat.JSON, LV))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    // ---- export

    @Test
    void export_holds_the_record_and_its_attendance_in_json_and_pdf_and_is_audited() {
        long id = attendingParticipant();
        login("coordinator");
        PersonalDataFile json = privacy.exportParticipant(id, ExportFormat.JSON, LV);
        String text = new String(json.content(), StandardCharsets.UTF_8);
        assertThat(json.mimeType()).isEqualTo("application/json");
        assertThat(text).contains(FIRST, LAST, EMAIL, GUARDIAN, "\"attendance\"", "\"refugee\":true");
        PersonalDataFile pdf = privacy.exportParticipant(id, ExportFormat.PDF, LV);
        assertThat(pdf.fileName()).endsWith(".pdf");
        assertThat(pdf.content()).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        assertThat(dsl.fetchValue("SELECT COUNT(*) FROM audit_event WHERE action = 'PERSONAL_DATA_EXPORT' "
                + "AND record_id = ? AND detail NOT LIKE ?", id, "%" + FIRST + "%")).isEqualTo(2L);
        // what the audit trail says happened to the record is part of it: when, what, by which role, not by whom
        String again = new String(privacy.exportParticipant(id, ExportFormat.JSON, LV).content(), StandardCharsets.UTF_8);
        assertThat(again).contains("\"history\"", "\"action\":\"PERSONAL_DATA_EXPORT\"", "\"role\":\"COORDINATOR\"")
                .doesNotContain(login("coordinator").displayName());
    }

    // ---- consent

    @Test
    void participant_without_consent_cannot_be_added_by_name() {
        long id = fixtures.participant(centre, FIRST, LAST, EMAIL, PHONE, GUARDIAN, null);
        long activity = fundedActivities.getFirst();
        login("coordinator");
        privacy.withdrawConsent(id);

        assertThatThrownBy(() -> attendance.add(activity, id)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.translationKey()).isEqualTo("privacy.attendance.consent-withdrawn"));
        assertThat(attendance.candidates(activity, LAST, 0, 50)).isEmpty();
        assertThat(dsl.fetchValue("SELECT COUNT(*) FROM audit_event WHERE action = 'CONSENT_WITHDRAWN' AND record_id = ?",
                id)).isEqualTo(1L);

        // a 16-year-old whose only consent is the guardian's from when they were younger
        long teen = fixtures.participant(centre, "Jaunā", "Bezpiekrišanas", "teen@example.lv", "+371 2000 0001",
                GUARDIAN, null);
        dsl.execute("UPDATE participant SET birth_year = YEAR(NOW()) - 16, consent_given = FALSE, consent_date = NULL, "
                + "guardian_consent = TRUE, guardian_consent_date = '2020-01-01' WHERE id = ?", teen);
        assertThatThrownBy(() -> attendance.add(activity, teen)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.translationKey()).isEqualTo("privacy.attendance.consent-missing"));
    }
}
