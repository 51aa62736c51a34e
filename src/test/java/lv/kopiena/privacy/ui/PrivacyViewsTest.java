package lv.kopiena.privacy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDateTime;
import lv.kopiena.KaribuTest;
import lv.kopiena.certificate.CertificateFixtures;
import lv.kopiena.certificate.CertificateService;
import lv.kopiena.certificate.IssuedCertificate;
import lv.kopiena.certificate.ui.CertificateVerifyView;
import lv.kopiena.participant.ParticipantRow;
import lv.kopiena.participant.ui.ParticipantListView;
import lv.kopiena.privacy.PrivacyService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

class PrivacyViewsTest extends KaribuTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    CertificateService certificates;
    @Autowired
    PrivacyService privacy;

    @Test
    void an_educator_downloads_its_data_and_erases_its_account_with_its_password() {
        CertificateFixtures fixtures = new CertificateFixtures(dsl);
        long account = fixtures.educator("mana.dzesana@example.lv", "Mana Dzēšana");
        dsl.execute("UPDATE user_account SET password_hash = ? WHERE id = ?", encoder.encode("Dzēst-mani-2026"), account);
        login("mana.dzesana@example.lv");
        UI.getCurrent().navigate(MyDataView.class);
        MyDataView view = _get(MyDataView.class);
        assertThat(view.json.getText()).isEqualTo("Download (JSON)");
        assertThat(view.pdf.getHref()).isNotBlank();

        view.erase.click();
        assertThat(view.password.isInvalid()).isTrue();
        assertThat(_find(ConfirmDialog.class)).isEmpty();

        view.password.setValue("not my password");
        view.erase.click();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(view.password.getErrorMessage()).isEqualTo("The password is not correct.");
        assertThat(dsl.fetchValue("SELECT erased_at FROM user_account WHERE id = ?", account)).isNull();

        view.password.setValue("Dzēst-mani-2026");
        view.eraseNow();
        assertThat(dsl.fetchValue("SELECT username FROM user_account WHERE id = ?", account)).isEqualTo("erased-" + account);
    }

    @Test
    void staff_see_their_download_but_no_erase() {
        login("coordinator");
        UI.getCurrent().navigate(MyDataView.class);
        MyDataView view = _get(MyDataView.class);
        assertThat(view.erase.isAttached()).isFalse();
        assertThat(view.json.isAttached()).isTrue();
    }

    @Test
    void a_coordinator_erases_a_participant_from_the_list_after_a_confirmation() {
        login("coordinator");
        UI.getCurrent().navigate(ParticipantListView.class);
        _get(ParticipantListView.class);
        @SuppressWarnings("unchecked")
        Grid<ParticipantRow> grid = _get(Grid.class);
        ParticipantRow first = GridKt._get(grid, 0);
        grid.select(first);
        _get(Button.class, spec -> spec.withText("Personal data…")).click();
        PersonalDataDialog dialog = _get(PersonalDataDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Personal data: " + first.firstName() + " " + first.lastName());

        dialog.erase.click();
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("message")).contains("attendance");
        ConfirmDialogKt._fireConfirm(confirm);

        NotificationsKt.expectNotifications("Personal data erased.");
        assertThat(dsl.fetchValue("SELECT erased_at FROM participant WHERE id = ?", first.id())).isNotNull();
        assertThat(GridKt._findAll(grid)).extracting(ParticipantRow::id).doesNotContain(first.id());
    }

    @Test
    void the_retention_page_shows_the_rule_and_the_dry_run_to_the_centres_coordinator() {
        login("coordinator");
        UI.getCurrent().navigate(RetentionView.class);
        RetentionView view = _get(RetentionView.class);
        assertThat(view.centre.isVisible()).isFalse();
        assertThat(view.years.getValue()).isEqualTo(5);
        assertThat(view.enabled.getValue()).isFalse();
        assertThat(view.summary.getText()).isNotBlank();

        view.years.setValue(0);
        view.save();
        assertThat(view.years.isInvalid()).isTrue();
        view.years.setValue(3);
        view.enabled.setValue(true);
        view.save();
        NotificationsKt.expectNotifications("Saved");
        assertThat(dsl.fetchValue("SELECT inactive_years FROM retention_rule")).isEqualTo(3);
    }

    @Test
    void funders_and_educators_do_not_reach_the_retention_page() {
        for (String who : new String[] {"funder", "educator"}) {
            login(who);
            assertThatThrownBy(() -> UI.getCurrent().navigate(RetentionView.class))
                    .isInstanceOf(MockAccessDeniedException.class);
        }
    }

    @Test
    void the_certificate_check_says_the_name_was_removed_at_the_holders_request() {
        CertificateFixtures fixtures = new CertificateFixtures(dsl);
        long account = fixtures.educator("dzesta.apliecibas@example.lv", "Dzēsta Apliecība");
        long workshop = fixtures.workshop(CertificateFixtures.PREILI, "Seminārs bez vārda",
                LocalDateTime.of(2025, 2, 3, 10, 0), "3");
        long signup = fixtures.signup(workshop, account, "CONFIRMED", true);
        login("dzesta.apliecibas@example.lv");
        IssuedCertificate issued = certificates.issue(signup);
        login("admin");
        privacy.eraseAccount(account);
        logout();

        UI.getCurrent().navigate(CertificateVerifyView.class, issued.displayCode());
        _get(CertificateVerifyView.class);
        assertThat(_find(Span.class)).extracting(Span::getText)
                .contains("Name removed at the holder’s request", "Seminārs bez vārda")
                .doesNotContain("Dzēsta Apliecība");
    }
}
