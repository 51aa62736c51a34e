package lv.kopiena.user.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static lv.kopiena.jooq.Tables.LOGIN_SESSION;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import lv.kopiena.KaribuTest;
import lv.kopiena.security.KopienaUser;
import lv.kopiena.security.LoginSessions;
import lv.kopiena.security.OpenSession;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

class SessionListViewTest extends KaribuTest {

    @Autowired
    LoginSessions sessions;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    DSLContext dsl;

    @Test
    void admin_sees_who_is_logged_in_and_ends_a_session() {
        long ludza = open("coordinator-ludza", "10.4.0.1");
        open("educator", "10.4.0.2");
        login("admin");
        UI.getCurrent().navigate(SessionListView.class);
        SessionListView view = _get(SessionListView.class);

        assertThat(view.count.getText()).isEqualTo("2 open sessions");
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        OpenSession row = GridKt._get(view.grid, indexOf(view, ludza));
        assertThat(GridKt._getFormattedRow(view.grid, indexOf(view, ludza)).get(0))
                .isEqualTo(row.displayName() + " (coordinator-ludza)");
        assertThat(GridKt._getFormattedRow(view.grid, indexOf(view, ludza))).contains("Coordinator", "10.4.0.1", "Firefox · Windows");

        view.confirmEnd(row);
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        ConfirmDialogKt._fireConfirm(dialog);

        NotificationsKt.expectNotifications("The session has ended.");
        assertThat(view.count.getText()).isEqualTo("1 open session");
        assertThat(dsl.select(LOGIN_SESSION.END_REASON).from(LOGIN_SESSION).where(LOGIN_SESSION.ID.eq(ludza))
                .fetchSingle(LOGIN_SESSION.END_REASON)).isEqualTo("ENDED_BY_ADMIN");
    }

    @Test
    void only_admins_see_the_sessions() {
        login("coordinator");
        assertThatThrownBy(() -> UI.getCurrent().navigate(SessionListView.class))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    private long open(String username, String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        request.addHeader("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0");
        return sessions.start((KopienaUser) userDetails.loadUserByUsername(username), request);
    }

    private static int indexOf(SessionListView view, long sessionId) {
        for (int i = 0; i < GridKt._size(view.grid); i++) {
            if (GridKt._get(view.grid, i).id() == sessionId) {
                return i;
            }
        }
        throw new AssertionError("session " + sessionId + " not in the grid");
    }
}
