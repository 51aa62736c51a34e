package lv.kopiena.backup.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import java.util.List;
import lv.kopiena.KaribuTest;
import lv.kopiena.backup.BackupFolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BackupListViewTest extends KaribuTest {

    @BeforeEach
    void emptyFolder() throws Exception {
        BackupFolder.empty();
    }

    @Test
    void admin_backs_up_now_and_sees_the_backup_with_its_size_and_checksum() {
        login("admin");
        UI.getCurrent().navigate(BackupListView.class);
        BackupListView view = _get(BackupListView.class);
        assertThat(view.intro.getText()).contains(BackupFolder.DIR.toString(), "the newest 3 are kept");
        assertThat(GridKt._size(view.grid)).isZero();

        _click(view.backUpNow);
        assertThat(view.backUpNow.isEnabled()).isFalse();
        assertThat(view.backUpNow.getText()).isEqualTo("Backing up…");
        view.running.join();
        MockVaadin.clientRoundtrip(false);

        assertThat(view.backUpNow.isEnabled()).isTrue();
        assertThat(view.backUpNow.getText()).isEqualTo("Back up now");
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        var backup = GridKt._get(view.grid, 0);
        NotificationsKt.expectNotifications("Backup " + backup.name() + " made.");
        List<String> row = GridKt._getFormattedRow(view.grid, 0);
        assertThat(row.get(1)).isEqualTo(backup.name());
        assertThat(row.get(2)).matches("\\d+ KB");
        assertThat(row.get(3)).isEqualTo(backup.sha256().substring(0, 12) + "…");
    }

    @Test
    void the_page_speaks_latvian() {
        login("admin");
        switchLanguage(lv.kopiena.i18n.TranslationProvider.LATVIAN);
        UI.getCurrent().navigate(BackupListView.class);
        assertThat(_get(BackupListView.class).backUpNow.getText()).isEqualTo("Izveidot kopiju tagad");
    }

    @ParameterizedTest
    @ValueSource(strings = {"coordinator", "educator", "funder"})
    void only_admins_open_the_backups(String username) {
        login(username);
        assertThatThrownBy(() -> UI.getCurrent().navigate(BackupListView.class))
                .isInstanceOf(MockAccessDeniedException.class);
    }
}
