package lv.kopiena.priority.ui;

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
import java.util.stream.Collectors;
import lv.kopiena.KaribuTest;
import lv.kopiena.base.PageRequest;
import lv.kopiena.priority.PriorityService;
import lv.kopiena.priority.Tag;
import lv.kopiena.priority.TagDraft;
import lv.kopiena.priority.TagFilter;
import lv.kopiena.priority.TagKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PriorityListViewTest extends KaribuTest {

    @Autowired
    PriorityService priorities;

    @Test
    void admin_sees_both_lists_in_their_order() {
        login("admin");
        PriorityListView view = open();
        assertThat(GridKt._size(view.priorities)).isEqualTo(7);
        assertThat(GridKt._size(view.targetGroups)).isEqualTo(6);
        assertThat(GridKt._getFormattedRow(view.priorities, 0))
                .containsExactly("10", "PARTICIPATION", "Iedzīvotāju līdzdalība", "Участь мешканців",
                        "Residents' participation", "Active");
        assertThat(GridKt._get(view.targetGroups, 5).code()).isEqualTo("REFUGEES");
    }

    @Test
    void admin_adds_a_priority_through_the_form() {
        login("admin");
        PriorityListView view = open();
        _click(view.addPriority);
        TagForm form = _get(TagForm.class);
        assertThat(form.sortOrder.getValue()).isEqualTo(80);
        _setValue(form.code, "DIGITAL_SKILLS");
        _setValue(form.nameLv, "Digitālās prasmes");
        _setValue(form.nameUk, "Цифрові навички");
        _setValue(form.nameEn, "Digital skills");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(_find(Dialog.class)).isEmpty();
        NotificationsKt.expectNotifications("Saved");
        assertThat(GridKt._size(view.priorities)).isEqualTo(8);
        assertThat(priorities.activePriorities().getLast())
                .extracting(Tag::code, Tag::nameLv).containsExactly("DIGITAL_SKILLS", "Digitālās prasmes");
    }

    @Test
    void a_malformed_code_and_missing_names_are_shown_and_the_dialog_stays_open() {
        login("admin");
        PriorityListView view = open();
        _click(view.addTargetGroup);
        TagForm form = _get(TagForm.class);
        _setValue(form.code, "seniori");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(form.code.isInvalid()).isTrue();
        assertThat(form.code.getErrorMessage()).isEqualTo("Use only capital Latin letters, digits and _");
        assertThat(form.nameLv.getErrorMessage()).isEqualTo("Required");
        assertThat(_find(Dialog.class)).hasSize(1);
        assertThat(priorities.activeTargetGroups()).hasSize(6);
    }

    @Test
    void admin_renames_a_target_group_and_deactivates_it() {
        login("admin");
        PriorityListView view = open();
        GridKt._clickItem(view.targetGroups, 5);
        TagForm form = _get(TagForm.class);
        assertThat(form.code.getValue()).isEqualTo("REFUGEES");
        assertThat(form.code.isReadOnly()).isTrue();
        _setValue(form.nameUk, "Біженці з України");
        _setValue(form.active, false);
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(GridKt._getFormattedRow(view.targetGroups, 5)).contains("Біженці з України", "Inactive");
        assertThat(priorities.activeTargetGroups()).extracting(Tag::code).doesNotContain("REFUGEES");
    }

    @Test
    void deleting_a_priority_in_use_says_what_refers_to_it() {
        login("admin");
        PriorityListView view = open();
        GridKt._clickItem(view.priorities, 0);
        _click(_get(Button.class, spec -> spec.withText("Delete")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(errorText()).startsWith("This cannot be deleted because other records refer to it (Initiatives: 1");
        assertThat(_find(TagForm.class)).hasSize(1);
        assertThat(GridKt._size(view.priorities)).isEqualTo(7);
    }

    @Test
    void the_state_filter_shows_the_inactive_entries() {
        login("admin");
        long id = priorities.list(TagKind.PRIORITY, new TagFilter("SUSTAINABILITY", null), PageRequest.of(0, 1))
                .getFirst().id();
        TagDraft draft = priorities.edit(TagKind.PRIORITY, id);
        draft.setActive(false);
        priorities.save(draft);

        PriorityListView view = open();
        _setValue(view.state, false);
        assertThat(GridKt._size(view.priorities)).isEqualTo(1);
        assertThat(GridKt._size(view.targetGroups)).isZero();
        _setValue(view.state, null);
        _setValue(view.search, "refugees");
        assertThat(GridKt._size(view.priorities)).isEqualTo(1);
        assertThat(GridKt._size(view.targetGroups)).isEqualTo(1);
    }

    @Test
    void coordinators_educators_and_funders_are_not_let_in() {
        for (String user : new String[] {"coordinator", "educator", "funder"}) {
            login(user);
            assertThatThrownBy(() -> UI.getCurrent().navigate(PriorityListView.class)).as(user)
                    .isInstanceOf(MockAccessDeniedException.class);
            assertThat(_find(PriorityListView.class)).isEmpty();
        }
    }

    private static PriorityListView open() {
        UI.getCurrent().navigate(PriorityListView.class);
        return _get(PriorityListView.class);
    }

    /** The text of the open error notifications (they hold a Span and a close button). */
    private static String errorText() {
        return NotificationsKt.getNotifications().stream()
                .flatMap(n -> _find(n, Span.class).stream())
                .map(Span::getText)
                .collect(Collectors.joining("\n"));
    }
}
