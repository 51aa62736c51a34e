package lv.kopiena.priority;

import lv.kopiena.audit.AuditAction;
import lv.kopiena.audit.AuditLog;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import lv.kopiena.base.NotFoundException;
import lv.kopiena.base.PageRequest;
import lv.kopiena.base.ReferencedException;
import lv.kopiena.base.Texts;
import lv.kopiena.base.ValidationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme's priorities and target groups, which initiatives and activities are tagged with.
 * Admins keep both lists: add entries, rename them in Latvian, Ukrainian and English, reorder and
 * deactivate them. An entry in use cannot be deleted (deactivate it instead). Coordinators read the
 * lists to tag their records: an inactive entry is no longer offered for new choices but stays on
 * the records that have it. Other features use {@link #activePriorities()},
 * {@link #activeTargetGroups()}, {@link #choices} and {@link #checkSelectable}.
 */
@Service
@Transactional(readOnly = true)
public class PriorityService {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]+");
    private static final int CODE_LENGTH = 40;
    private static final int NAME_LENGTH = 200;

    private final PriorityRepository repository;

    private final AuditLog audit;

    PriorityService(PriorityRepository repository, AuditLog audit) {
        this.audit = audit;
        this.repository = repository;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<Tag> list(TagKind kind, TagFilter filter, PageRequest page) {
        return repository.find(kind, filter, page);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public int count(TagKind kind, TagFilter filter) {
        return repository.count(kind, filter);
    }

    /** An entry to edit in a form, with the version it was read at. */
    @PreAuthorize("hasRole('ADMIN')")
    public TagDraft edit(TagKind kind, long id) {
        return repository.findDraft(kind, id).orElseThrow(() -> new NotFoundException(kind.name(), id));
    }

    /** A new active entry placed at the end of its list. */
    @PreAuthorize("hasRole('ADMIN')")
    public TagDraft newTag(TagKind kind) {
        TagDraft draft = new TagDraft(kind, null, 0);
        draft.setSortOrder(repository.nextSortOrder(kind));
        return draft;
    }

    /**
     * Saves a new or edited entry. The code is set once, when the entry is added.
     *
     * @return the id of the entry
     * @throws lv.kopiena.base.ConcurrentEditException when someone else saved it meanwhile
     * @throws ValidationException when a field is missing or too long, or the code is malformed or taken
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public long save(TagDraft draft) {
        draft.setNameLv(Texts.requiredSingleLine(draft.getNameLv(), NAME_LENGTH));
        draft.setNameUk(Texts.requiredSingleLine(draft.getNameUk(), NAME_LENGTH));
        draft.setNameEn(Texts.requiredSingleLine(draft.getNameEn(), NAME_LENGTH));
        if (draft.isNew()) {
            String code = Texts.requiredSingleLine(draft.getCode(), CODE_LENGTH);
            if (!CODE.matcher(code).matches()) {
                throw new ValidationException("priority.error.code-format");
            }
            if (repository.codeTaken(draft.getKind(), code, null)) {
                throw new ValidationException("priority.error.code-taken", code);
            }
            draft.setCode(code);
        }
        return repository.save(draft);
    }

    /** @throws ReferencedException when initiatives or activities are tagged with it */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void delete(TagKind kind, long id) {
        ReferencedException.throwIfReferenced(repository.referencesTo(kind, id));
        repository.delete(kind, id);
        audit.record(AuditAction.DELETE, kind == TagKind.PRIORITY ? "priority" : "target_group", id, null, null);
    }

    /** The priorities that may be chosen for a record, in list order. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public List<Tag> activePriorities() {
        return repository.choices(TagKind.PRIORITY, Set.of());
    }

    /** The target groups that may be chosen for a record, in list order. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public List<Tag> activeTargetGroups() {
        return repository.choices(TagKind.TARGET_GROUP, Set.of());
    }

    /**
     * What a form offers for a record that already has {@code selected}: the active entries plus
     * the selected ones even when they were deactivated since (so they stay shown and are not lost
     * on saving).
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public List<Tag> choices(TagKind kind, Collection<Long> selected) {
        return repository.choices(kind, selected);
    }

    /**
     * For services that save a record's tags: refuses entries that do not exist, and inactive
     * entries unless the record already had them.
     *
     * @throws ValidationException when an inactive entry is newly chosen
     * @throws NotFoundException when an entry does not exist
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public void checkSelectable(TagKind kind, Collection<Long> chosen, Collection<Long> alreadyLinked) {
        Set<Long> added = new HashSet<>(chosen);
        added.removeAll(alreadyLinked);
        if (added.isEmpty()) {
            return;
        }
        List<Tag> found = repository.byIds(kind, added);
        if (found.size() != added.size()) {
            throw new NotFoundException(kind.name(), added);
        }
        if (found.stream().anyMatch(t -> !t.active())) {
            throw new ValidationException("priority.error.inactive");
        }
    }
}
