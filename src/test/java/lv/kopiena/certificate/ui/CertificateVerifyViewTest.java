package lv.kopiena.certificate.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static lv.kopiena.certificate.CertificateFixtures.PREILI;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import java.time.LocalDateTime;
import java.util.List;
import lv.kopiena.KaribuTest;
import lv.kopiena.base.LogCapture;
import lv.kopiena.certificate.CertificateFixtures;
import lv.kopiena.certificate.CertificateService;
import lv.kopiena.certificate.IssuedCertificate;
import lv.kopiena.i18n.TranslationProvider;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

class CertificateVerifyViewTest extends KaribuTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    CertificateService certificates;
    CertificateFixtures fixtures;
    long signup;
    IssuedCertificate issued;

    @BeforeEach
    void issuedCertificate() {
        fixtures = new CertificateFixtures(dsl);
        long workshop = fixtures.workshop(PREILI, "Kopienu mediācija skolā", LocalDateTime.of(2025, 3, 14, 10, 0), "6");
        signup = fixtures.signup(workshop, fixtures.accountId("educator"), "CONFIRMED", true);
        login("educator");
        issued = certificates.issue(signup);
        logout();
    }

    @Test
    void anyone_sees_a_genuine_certificate_from_its_address_without_logging_in() {
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        UI.getCurrent().navigate("certificates/verify/" + issued.code().toLowerCase());
        CertificateVerifyView view = _get(CertificateVerifyView.class);

        assertThat(_get(view.result, H3.class).getText()).isEqualTo("Genuine certificate");
        assertThat(view.result.getElement().getTextRecursively())
                .contains("Valid", "Līga Pedagoģe", "Kopienu mediācija skolā", "6 h", PREILI, issued.displayCode())
                .doesNotContain("Withdrawn");
    }

    @Test
    void a_code_typed_into_the_field_is_checked() {
        UI.getCurrent().navigate(CertificateVerifyView.class);
        CertificateVerifyView view = _get(CertificateVerifyView.class);
        assertThat(_find(view.result, H3.class)).isEmpty();

        _setValue(view.code, " " + issued.displayCode().toLowerCase() + " ");
        _click(view.check);

        assertThat(_get(CertificateVerifyView.class).result.getElement().getTextRecursively())
                .contains("Genuine certificate", "Līga Pedagoģe");
        assertThat(UI.getCurrent().getActiveViewLocation().getPath())
                .isEqualTo("certificates/verify/" + issued.displayCode().toLowerCase());
    }

    @Test
    void a_certificate_whose_attendance_was_unmarked_shows_as_withdrawn() {
        fixtures.attended(signup, false);
        UI.getCurrent().navigate("certificates/verify/" + issued.displayCode());
        CertificateVerifyView view = _get(CertificateVerifyView.class);

        assertThat(view.result.getElement().getTextRecursively())
                .contains("Genuine certificate", "Withdrawn: the centre has withdrawn the attendance", "Līga Pedagoģe");
    }

    @Test
    void an_unknown_code_says_so_clearly() {
        UI.getCurrent().navigate("certificates/verify/0000-0000-0000");
        CertificateVerifyView view = _get(CertificateVerifyView.class);

        assertThat(_get(view.result, H3.class).getText()).isEqualTo("No certificate with this code");
        assertThat(view.code.getValue()).isEqualTo("0000-0000-0000");
    }

    @Test
    void a_malformed_code_gets_the_same_answer_as_an_unknown_one_and_logs_nothing_at_error() {
        try (LogCapture log = LogCapture.start()) {
            for (String code : List.of("0000-0000-0000", "x".repeat(500), "%C4%80%C4%92", "12345678901234567890",
                    "A%0AB")) {
                UI.getCurrent().navigate("certificates/verify/" + code);
                CertificateVerifyView view = _get(CertificateVerifyView.class);
                assertThat(view.result.getElement().getTextRecursively()).as(code)
                        .isEqualTo("No certificate with this code" + view.getTranslation("certificate.verify.unknown-hint"));
            }
            assertThat(log.atLeast(Level.ERROR)).isEmpty();
        }
    }

    @Test
    void the_check_reads_in_ukrainian_too() {
        switchLanguage(TranslationProvider.UKRAINIAN);
        UI.getCurrent().navigate("certificates/verify/" + issued.displayCode());
        CertificateVerifyView view = _get(CertificateVerifyView.class);

        assertThat(view.result.getElement().getTextRecursively()).contains("Справжній сертифікат", "Дійсний", "6 год");
    }

    @Test
    void a_logged_in_educator_may_check_too() {
        login("educator");
        UI.getCurrent().navigate("certificates/verify/" + issued.displayCode());

        assertThat(_get(CertificateVerifyView.class).result.getElement().getTextRecursively()).contains("Genuine certificate");
    }
}
