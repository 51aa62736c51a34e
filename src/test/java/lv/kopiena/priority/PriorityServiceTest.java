package lv.kopiena.priority;

import static lv.kopiena.base.TextAssertions.WITH_LINE_BREAK;
import static lv.kopiena.base.TextAssertions.assertRefusedForControlCharacters;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import lv.kopiena.IntegrationTest;
import lv.kopiena.base.ConcurrentEditException;
import lv.kopiena.base.PageRequest;
import lv.kopiena.base.ReferencedException;
import lv.kopiena.base.ValidationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

class PriorityServiceTest extends IntegrationTest {

    @Autowired
    PriorityService priorities;

    @Test
    void admin_sees_the_seeded_lists_in_their_order() {
        login("admin");
        assertThat(priorities.list(TagKind.PRIORITY, TagFilter.all(), PageRequest.of(0, 50)))
                .extracting(Tag::code)
                .containsExactly("PARTICIPATION", "VOICING_OPINIONS", "INACTIVE_RESIDENTS", "INVISIBLE_YOUTH",
                        "UKRAINIAN_REFUGEES", "MUNICIPAL_COOPERATION", "SUSTAINABILITY");
        assertThat(priorities.count(TagKind.TARGET_GROUP, TagFilter.all())).isEqualTo(6);
    }

    @Test
    void admin_renames_reorders_and_deactivates_a_priority() {
        login("admin");
        long id = idOf(TagKind.PRIORITY, "SUSTAINABILITY");
        TagDraft draft = priorities.edit(TagKind.PRIORITY, id);
        draft.setNameLv("Ilgtspējīga attīstība");
        draft.setNameUk("Сталий розвиток");
        draft.setNameEn("Sustainable development");
        draft.setSortOrder(5);
        draft.setActive(false);
        priorities.save(draft);

        Tag saved = priorities.list(TagKind.PRIORITY, TagFilter.all(), PageRequest.of(0, 1)).getFirst();
        assertThat(saved).isEqualTo(new Tag(id, "SUSTAINABILITY", "Ilgtspējīga attīstība", "Сталий розвиток",
                "Sustainable development", 5, false));
    }

    @Test
    void admin_adds_a_target_group_at_the_end_of_the_list() {
        login("admin");
        TagDraft draft = priorities.newTag(TagKind.TARGET_GROUP);
        assertThat(draft.getSortOrder()).isEqualTo(70);
        draft.setCode(" SENIORS ");
        draft.setNameLv("Seniori");
        draft.setNameUk("Літні люди");
        draft.setNameEn("Seniors");
        priorities.save(draft);

        assertThat(priorities.activeTargetGroups().getLast())
                .extracting(Tag::code, Tag::nameUk, Tag::active).containsExactly("SENIORS", "Літні люди", true);
    }

    @Test
    void a_taken_or_malformed_code_and_a_missing_name_are_refused() {
        login("admin");
        TagDraft taken = filledDraft(TagKind.PRIORITY, "PARTICIPATION");
        assertThatThrownBy(() -> priorities.save(taken))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.translationKey()).isEqualTo("priority.error.code-taken"));
        TagDraft malformed = filledDraft(TagKind.PRIORITY, "nav derīgs");
        assertThatThrownBy(() -> priorities.save(malformed))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.translationKey()).isEqualTo("priority.error.code-format"));
        TagDraft unnamed = filledDraft(TagKind.PRIORITY, "NEW_ONE");
        unnamed.setNameUk("  ");
        assertThatThrownBy(() -> priorities.save(unnamed))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.translationKey()).isEqualTo("validation.required"));
        assertThat(priorities.count(TagKind.PRIORITY, TagFilter.all())).isEqualTo(7);
    }

    @Test
    void a_name_with_a_line_break_is_refused_in_every_language_and_nothing_is_stored() {
        login("admin");
        TagDraft lv = filledDraft(TagKind.TARGET_GROUP, "LINE_BREAK_TEST");
        lv.setNameLv("Seniori" + WITH_LINE_BREAK);
        assertRefusedForControlCharacters(() -> priorities.save(lv));
        TagDraft en = filledDraft(TagKind.TARGET_GROUP, "LINE_BREAK_TEST");
        en.setNameEn("Seniors\u2028");
        assertRefusedForControlCharacters(() -> priorities.save(en));
        assertThat(priorities.count(TagKind.TARGET_GROUP, new TagFilter("LINE_BREAK_TEST", null))).isZero();
    }

    @Test
    void the_same_code_may_be_used_in_the_other_list() {
        login("admin");
        priorities.save(filledDraft(TagKind.PRIORITY, "TEACHERS"));
        assertThat(priorities.activePriorities()).extracting(Tag::code).contains("TEACHERS");
    }

    @Test
    void deleting_a_priority_in_use_says_what_refers_to_it() {
        login("admin");
        long participation = idOf(TagKind.PRIORITY, "PARTICIPATION");
        assertThatThrownBy(() -> priorities.delete(TagKind.PRIORITY, participation))
                .isInstanceOfSatisfying(ReferencedException.class, e -> assertThat(e.references())
                        .extracting(ReferencedException.Reference::translationKey)
                        .contains("initiative.plural"));
        assertThat(idOf(TagKind.PRIORITY, "PARTICIPATION")).isEqualTo(participation);
    }

    @Test
    void an_unused_entry_can_be_deleted() {
        login("admin");
        long id = priorities.save(filledDraft(TagKind.TARGET_GROUP, "NGO_PEOPLE"));
        priorities.delete(TagKind.TARGET_GROUP, id);
        assertThat(priorities.list(TagKind.TARGET_GROUP, new TagFilter("NGO_PEOPLE", null), PageRequest.of(0, 5)))
                .isEmpty();
    }

    @Test
    void inactive_entries_are_not_offered_but_stay_on_records_that_have_them() {
        login("admin");
        long refugees = idOf(TagKind.TARGET_GROUP, "REFUGEES");
        TagDraft draft = priorities.edit(TagKind.TARGET_GROUP, refugees);
        draft.setActive(false);
        priorities.save(draft);

        login("coordinator");
        assertThat(priorities.activeTargetGroups()).extracting(Tag::id).doesNotContain(refugees).hasSize(5);
        assertThat(priorities.choices(TagKind.TARGET_GROUP, Set.of(refugees)))
                .filteredOn(t -> t.id() == refugees).singleElement()
                .extracting(Tag::active).isEqualTo(false);
        // a record that has it keeps it; one that does not cannot take it anew
        priorities.checkSelectable(TagKind.TARGET_GROUP, Set.of(refugees), Set.of(refugees));
        assertThatThrownBy(() -> priorities.checkSelectable(TagKind.TARGET_GROUP, Set.of(refugees), Set.of()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.translationKey()).isEqualTo("priority.error.inactive"));
    }

    @Test
    void the_list_filters_by_text_and_state() {
        login("admin");
        long youth = idOf(TagKind.PRIORITY, "INVISIBLE_YOUTH");
        TagDraft draft = priorities.edit(TagKind.PRIORITY, youth);
        draft.setActive(false);
        priorities.save(draft);

        assertThat(priorities.list(TagKind.PRIORITY, new TagFilter("", false), PageRequest.of(0, 10)))
                .extracting(Tag::code).containsExactly("INVISIBLE_YOUTH");
        assertThat(priorities.count(TagKind.PRIORITY, new TagFilter("", true))).isEqualTo(6);
        assertThat(priorities.list(TagKind.PRIORITY, new TagFilter("біженців", null), PageRequest.of(0, 10)))
                .extracting(Tag::code).containsExactly("UKRAINIAN_REFUGEES");
    }

    @Test
    void sorting_by_an_unknown_property_fails_loudly() {
        login("admin");
        assertThatThrownBy(() -> priorities.list(TagKind.PRIORITY, TagFilter.all(),
                new PageRequest(0, 10, List.of(new PageRequest.SortOrder("version", true)))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_second_of_two_concurrent_edits_is_refused_not_overwritten() {
        login("admin");
        long id = idOf(TagKind.PRIORITY, "PARTICIPATION");
        TagDraft first = priorities.edit(TagKind.PRIORITY, id);
        TagDraft second = priorities.edit(TagKind.PRIORITY, id);
        first.setNameEn("Participation of residents");
        priorities.save(first);
        second.setNameEn("Residents taking part");

        assertThatThrownBy(() -> priorities.save(second)).isInstanceOf(ConcurrentEditException.class);
        assertThat(priorities.edit(TagKind.PRIORITY, id).getNameEn()).isEqualTo("Participation of residents");
    }

    @Test
    void a_coordinator_reads_the_active_lists_but_cannot_change_them() {
        login("admin");
        long id = idOf(TagKind.PRIORITY, "PARTICIPATION");
        TagDraft draft = priorities.edit(TagKind.PRIORITY, id);
        login("coordinator");
        assertThat(priorities.activePriorities()).hasSize(7);
        assertThat(priorities.activeTargetGroups()).hasSize(6);
        assertThatThrownBy(() -> priorities.save(draft)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> priorities.delete(TagKind.PRIORITY, id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> priorities.edit(TagKind.PRIORITY, id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> priorities.newTag(TagKind.PRIORITY)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> priorities.list(TagKind.PRIORITY, TagFilter.all(), PageRequest.of(0, 5)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void educators_funders_and_anonymous_callers_cannot_read_the_lists() {
        for (String user : List.of("educator", "funder")) {
            login(user);
            assertThatThrownBy(() -> priorities.activePriorities()).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> priorities.activeTargetGroups()).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> priorities.list(TagKind.PRIORITY, TagFilter.all(), PageRequest.of(0, 5)))
                    .as(user).isInstanceOf(AccessDeniedException.class);
        }
        logout();
        assertThatThrownBy(() -> priorities.activePriorities())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void a_tag_is_named_in_the_readers_language() {
        Tag tag = new Tag(1, "REFUGEES", "Bēgļi", "Біженці", "Refugees", 60, true);
        assertThat(tag.name(Locale.of("uk"))).isEqualTo("Біженці");
        assertThat(tag.name(Locale.of("en", "GB"))).isEqualTo("Refugees");
        assertThat(tag.name(Locale.of("lv"))).isEqualTo("Bēgļi");
        assertThat(tag.name(Locale.GERMAN)).isEqualTo("Bēgļi");
    }

    private long idOf(TagKind kind, String code) {
        return priorities.list(kind, new TagFilter(code, null), PageRequest.of(0, 10)).stream()
                .filter(t -> t.code().equals(code)).findFirst().orElseThrow().id();
    }

    private TagDraft filledDraft(TagKind kind, String code) {
        TagDraft draft = priorities.newTag(kind);
        draft.setCode(code);
        draft.setNameLv("Jauns");
        draft.setNameUk("Новий");
        draft.setNameEn("New");
        return draft;
    }
}
