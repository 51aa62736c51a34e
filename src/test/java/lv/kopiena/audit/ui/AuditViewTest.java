package lv.kopiena.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static lv.kopiena.jooq.Tables.INSTITUTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import lv.kopiena.KaribuTest;
import lv.kopiena.audit.AuditAction;
import lv.kopiena.institution.InstitutionService;
import lv.kopiena.jooq.tables.records.InstitutionRecord;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AuditViewTest extends KaribuTest {

    @Autowired
    InstitutionService institutions;
    @Autowired
    DSLContext dsl;

    @Test
    void admin_finds_a_coordinators_change_with_old_and_new_values_and_checks_the_chain() {
        login("coordinator");
        long id = dsl.select(INSTITUTION.ID).from(INSTITUTION).where(INSTITUTION.NAME.eq("Preiļu galvenā bibliotēka"))
                .fetchSingle(INSTITUTION.ID);
        InstitutionRecord record = institutions.get(id);
        record.setName("Preiļu novada bibliotēka");
        institutions.save(record);

        login("admin");
        UI.getCurrent().navigate("audit", com.vaadin.flow.router.QueryParameters.simple(
                java.util.Map.of("type", "institution", "id", String.valueOf(id))));
        AuditView view = _get(AuditView.class);
        assertThat(view.recordType.getValue()).isEqualTo("institution");
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(view.count.getText()).isEqualTo("1 entries");
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("Changed", "Institution #" + id);
        assertThat(view.changesSummary(GridKt._get(view.grid, 0)))
                .isEqualTo("Name: Preiļu galvenā bibliotēka → Preiļu novada bibliotēka");
        assertThat(view.field("last_name")).isEqualTo("Last name");
        assertThat(view.field("head_count.CHILD")).isEqualTo("Head count: Children");
        assertThat(view.field("signup.12.attended")).isEqualTo("Sign-up 12 attended");
        assertThat(view.field("a_column_added_later")).isEqualTo("a_column_added_later");

        view.action.setValue(AuditAction.DELETE);
        assertThat(GridKt._size(view.grid)).isZero();
        view.action.clear();
        view.actor.setValue("coordinator-ludza");
        assertThat(GridKt._size(view.grid)).isZero();

        view.checkChain();
        assertThat(NotificationsKt.getNotifications().stream()
                        .map(n -> n.getElement().getProperty("text", "")).toList())
                .anyMatch(text -> text.startsWith("The audit trail is intact: ") && text.contains("entries checked"));
    }

    @Test
    void educators_and_funders_cannot_open_the_trail() {
        for (String user : java.util.List.of("educator", "funder")) {
            login(user);
            assertThatThrownBy(() -> UI.getCurrent().navigate(AuditView.class)).isInstanceOf(MockAccessDeniedException.class);
        }
    }

    @Test
    void coordinators_do_not_get_the_chain_check() {
        login("coordinator");
        UI.getCurrent().navigate(AuditView.class);
        assertThat(_get(AuditView.class).check.isVisible()).isFalse();
    }
}
