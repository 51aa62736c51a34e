package lv.kopiena.user.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import lv.kopiena.KaribuTest;
import lv.kopiena.base.PageRequest;
import lv.kopiena.security.Role;
import lv.kopiena.user.UserAccount;
import lv.kopiena.user.UserFilter;
import lv.kopiena.user.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class UserListViewTest extends KaribuTest {

    @Autowired
    UserService users;

    @Test
    void admin_sees_the_demo_accounts_with_translated_roles_and_centres() {
        login("admin");
        UserListView view = open();
        // the demo's 6 accounts and its 12 educators who signed up for workshops
        assertThat(GridKt._size(view.grid)).isEqualTo(18);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).containsExactly("admin", "Aina Administratore", "Administrator", "", "", "Active");
        assertThat(GridKt._getFormattedRow(view.grid, indexOf(view, "coordinator")))
                .containsExactly("coordinator", "Inga Koordinatore", "Coordinator", "Preiļu novada Kopienu resursu centrs", "", "Active");
        assertThat(GridKt._getFormattedRow(view.grid, indexOf(view, "funder")))
                .containsExactly("funder", "Viktors Finansētājs", "Funder", "", "Ziemeļu kultūras institūts", "Active");
    }

    @Test
    void the_list_is_filtered_by_text_role_and_centre() {
        login("admin");
        UserListView view = open();
        _setValue(view.role, Role.COORDINATOR);
        assertThat(GridKt._size(view.grid)).isEqualTo(3);
        _setValue(view.centre, view.centre.getListDataView().getItems()
                .filter(c -> c.name().startsWith("Ludzas")).findFirst().orElseThrow());
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._get(view.grid, 0).username()).isEqualTo("coordinator-ludza");
        _setValue(view.centre, null);
        _setValue(view.role, null);
        _setValue(view.search, "Pedagoģe");
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._get(view.grid, 0).username()).isEqualTo("educator");
    }

    @Test
    void admin_creates_a_coordinator_and_the_centre_is_asked_for_only_then() {
        login("admin");
        UserListView view = open();
        _click(view.add);
        UserForm form = _get(UserForm.class);
        assertThat(form.centre.isVisible()).isFalse();
        _setValue(form.username, "janis.ozols");
        _setValue(form.displayName, "Jānis Ozols");
        _setValue(form.email, "janis.ozols@demo.example.lv");
        _setValue(form.role, Role.COORDINATOR);
        assertThat(form.centre.isVisible()).isTrue();
        assertThat(form.institution.isVisible()).isFalse();
        _setValue(form.centre, form.centre.getListDataView().getItems()
                .filter(c -> c.name().startsWith("Krāslavas")).findFirst().orElseThrow());
        _setValue(form.password, "drošaparole-42");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(_find(Dialog.class)).isEmpty();
        NotificationsKt.expectNotifications("Saved");
        List<UserAccount> saved = users.list(UserFilter.search("janis.ozols"), PageRequest.of(0, 5));
        assertThat(saved).extracting(UserAccount::displayName, UserAccount::role, UserAccount::centreName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Jānis Ozols", Role.COORDINATOR,
                        "Krāslavas Kopienu resursu centrs"));
        assertThat(GridKt._size(view.grid)).isEqualTo(19);
    }

    @Test
    void admin_edits_an_educator_and_picks_the_school_from_the_lookup() {
        login("admin");
        UserListView view = open();
        GridKt._clickItem(view.grid, indexOf(view, "educator"));
        UserForm form = _get(UserForm.class);
        assertThat(form.username.getValue()).isEqualTo("educator");
        assertThat(form.institution.isVisible()).isTrue();
        assertThat(form.institution.getValue().name()).isEqualTo("Preiļu 1. pamatskola");
        assertThat(form.password.getValue()).isEmpty();
        assertThat(form.password.getLabel()).isEqualTo("New password");
        _setValue(form.displayName, "Līga Skolotāja");
        _setValue(form.institution, users.institutions("Aglonas vidusskola", 0, 1).getFirst());
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(users.list(UserFilter.search("educator"), PageRequest.of(0, 1)))
                .extracting(UserAccount::displayName, UserAccount::institutionName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Līga Skolotāja", "Aglonas vidusskola"));
    }

    @Test
    void invalid_input_is_shown_on_the_fields_and_the_dialog_stays_open() {
        login("admin");
        _click(open().add);
        UserForm form = _get(UserForm.class);
        _setValue(form.username, "Jānis Ozols");
        _setValue(form.password, "īsa");
        _setValue(form.role, Role.COORDINATOR);
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(form.username.isInvalid()).isTrue();
        assertThat(form.username.getErrorMessage()).startsWith("The username must be 3–64");
        assertThat(form.displayName.getErrorMessage()).isEqualTo("Required");
        assertThat(form.password.getErrorMessage()).isEqualTo("The password must have at least 10 characters");
        assertThat(form.centre.getErrorMessage()).isEqualTo("A coordinator needs a centre");
        assertThat(_find(Dialog.class)).hasSize(1);
        assertThat(users.count(UserFilter.all())).isEqualTo(18);
    }

    @Test
    void a_taken_username_is_marked_on_the_field() {
        login("admin");
        _click(open().add);
        UserForm form = _get(UserForm.class);
        _setValue(form.username, "funder");
        _setValue(form.displayName, "Otrs Finansētājs");
        _setValue(form.role, Role.FUNDER);
        _setValue(form.password, "drošaparole-42");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(form.username.isInvalid()).isTrue();
        assertThat(form.username.getErrorMessage()).isEqualTo("The username \"funder\" is already taken; choose another one");
        assertThat(_find(Dialog.class)).hasSize(1);
    }

    @Test
    void deleting_an_initiative_coordinator_suggests_disabling_it() {
        login("admin");
        UserListView view = open();
        GridKt._clickItem(view.grid, indexOf(view, "coordinator"));
        _click(_get(Button.class, spec -> spec.withText("Delete")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        List<Notification> shown = NotificationsKt.getNotifications();
        assertThat(shown).hasSize(1);
        assertThat(_get(shown.getFirst(), Span.class).getText())
                .startsWith("This account cannot be deleted because other records refer to it (Initiatives: 1). Disable it instead");
        assertThat(users.count(UserFilter.search("coordinator"))).isEqualTo(3);
    }

    @Test
    void the_form_renders_in_latvian_and_ukrainian_too() {
        login("admin");
        for (var locale : List.of(lv.kopiena.i18n.TranslationProvider.LATVIAN, lv.kopiena.i18n.TranslationProvider.UKRAINIAN)) {
            switchLanguage(locale);
            UserListView view = open();
            GridKt._getFormattedRow(view.grid, 5);
            GridKt._clickItem(view.grid, 5);
            UserForm form = _get(UserForm.class);
            assertThat(form.username.getLabel()).isNotBlank().doesNotContain("!");
            _click(_get(Button.class, spec -> spec.withText(form.getTranslation("action.cancel"))));
        }
    }

    @Test
    void coordinators_educators_and_funders_are_not_let_in() {
        for (String user : List.of("coordinator", "educator", "funder")) {
            login(user);
            assertThatThrownBy(() -> UI.getCurrent().navigate(UserListView.class)).as(user)
                    .isInstanceOf(MockAccessDeniedException.class);
            assertThat(_find(UserListView.class)).as(user).isEmpty();
        }
    }

    private UserListView open() {
        UI.getCurrent().navigate(UserListView.class);
        return _get(UserListView.class);
    }

    private static int indexOf(UserListView view, String username) {
        List<UserAccount> rows = GridKt._findAll(view.grid);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).username().equals(username)) {
                return i;
            }
        }
        throw new AssertionError("No row for " + username);
    }
}
