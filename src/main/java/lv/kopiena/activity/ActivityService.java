package lv.kopiena.activity;

import lv.kopiena.audit.AuditAction;
import lv.kopiena.audit.AuditLog;
import lv.kopiena.institution.InstitutionService;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import lv.kopiena.base.CentreScope;
import lv.kopiena.base.ConcurrentEditException;
import lv.kopiena.base.NotFoundException;
import lv.kopiena.base.PageRequest;
import lv.kopiena.base.ReferencedException;
import lv.kopiena.base.Texts;
import lv.kopiena.base.ValidationException;
import lv.kopiena.jooq.tables.records.ActivityRecord;
import lv.kopiena.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Activities of the centres: what happens when and where, within which initiative and phase, who
 * organises it and which priorities and target groups it serves. A coordinator sees and changes
 * only its own centre's activities (a new one belongs to the coordinator's centre); an admin
 * sees all and chooses the centre of a new one; educators and funders have no access here (the
 * public calendar and workshops come separately). Edits are optimistically locked, and the tags
 * are replaced in the same transaction as the activity row.
 */
@Service
@Transactional(readOnly = true)
public class ActivityService {

    static final int LOOKUP_LIMIT = 50;

    private final ActivityRepository repository;
    /** The shared institution list, for the selection fields of this feature's forms. */
    private final InstitutionService institutionDirectory;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final AuditLog audit;

    ActivityService(ActivityRepository repository, CurrentUser currentUser, Clock clock, InstitutionService institutionDirectory, AuditLog audit) {
        this.audit = audit;
        this.institutionDirectory = institutionDirectory;
        this.repository = repository;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A page of the list; a coordinator's list is always its own centre's, whatever the filter says. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public List<ActivityRow> list(ActivityFilter filter, PageRequest page) {
        return repository.find(filter, centreToList(filter), page);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public int count(ActivityFilter filter) {
        return repository.count(filter, centreToList(filter));
    }

    /** The record to edit in the form. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public ActivityRecord get(long id) {
        return scope().require(repository.findById(id), ActivityRecord::getCentreId, "activity", id);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public ActivityDetail detail(long id) {
        checkAccess(id);
        return repository.detail(id).orElseThrow(() -> new NotFoundException("activity", id));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public ActivityLinks links(long id) {
        checkAccess(id);
        return repository.links(id);
    }

    /**
     * A new activity to fill in: a coordinator's belongs to its centre; it starts at the next full
     * hour (most activities are entered on the day or just before), or at 10:00 when that hour
     * would fall in the night.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public ActivityRecord newActivity() {
        ActivityRecord record = new ActivityRecord();
        currentUser.centreScope().ifPresent(record::setCentreId);
        record.setStartsAt(defaultStart(LocalDateTime.now(clock)));
        return record;
    }

    static LocalDateTime defaultStart(LocalDateTime now) {
        LocalDateTime nextHour = now.truncatedTo(ChronoUnit.HOURS).plusHours(1);
        if (nextHour.getHour() >= 21) {
            return nextHour.toLocalDate().plusDays(1).atTime(10, 0);
        }
        if (nextHour.getHour() < 8) {
            return nextHour.toLocalDate().atTime(10, 0);
        }
        return nextHour;
    }

    /**
     * Saves a new or edited activity with its priorities and target groups.
     *
     * @throws ConcurrentEditException when someone else saved (or deleted) it after it was read
     * @throws ValidationException when a rule is broken (end before start, a phase without its
     *         initiative or of another initiative, an initiative of another centre, two organisers)
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public ActivityRecord save(ActivityRecord activity, ActivityLinks links) {
        Optional<Long> scope = currentUser.centreScope();
        if (activity.getId() == null) {
            scope.ifPresent(activity::setCentreId);
        } else {
            // another centre's activity is answered like a deleted one
            long storedCentre = repository.centreOf(activity.getId()).filter(scope()::includes)
                    .orElseThrow(() -> new ConcurrentEditException("activity " + activity.getId(), null));
            if (activity.getCentreId() == null || activity.getCentreId() != storedCentre) {
                throw new ValidationException("activity.error.centre-changed");
            }
        }
        if (activity.getCentreId() == null) {
            throw new ValidationException("validation.required");
        }
        currentUser.checkCentre(activity.getCentreId());
        validate(activity, links);
        ActivityLinks before = activity.getId() == null ? new ActivityLinks(Set.of(), Set.of())
                : repository.links(activity.getId());
        ActivityRecord saved = repository.save(activity);
        repository.replaceLinks(saved.getId(), links);
        List<lv.kopiena.audit.FieldChange> linkChanges = new java.util.ArrayList<>();
        linkChanges.addAll(AuditLog.linkChange("priorities", before.priorityIds(), links.priorityIds()));
        linkChanges.addAll(AuditLog.linkChange("target_groups", before.targetGroupIds(), links.targetGroupIds()));
        if (!linkChanges.isEmpty()) {
            audit.record(AuditAction.UPDATE, "activity", saved.getId(), saved.getCentreId(), linkChanges, null);
        }
        return saved;
    }

    /**
     * Deletes the activity with its attendance and head counts (they cannot exist without it).
     *
     * @param version the version the user saw, so a changed activity is not deleted unseen
     * @throws ConcurrentEditException when it was changed since
     * @throws ReferencedException when people signed up for it as a workshop
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public void delete(long id, int version) {
        checkAccess(id);
        ReferencedException.throwIfReferenced(repository.referencesTo(id));
        Long centre = repository.centreOf(id).orElse(null);
        if (!repository.delete(id, version)) {
            throw new ConcurrentEditException("activity " + id, null);
        }
        audit.record(AuditAction.DELETE, "activity", id, centre, null);
    }

    // ---- choices for the form and the filters

    /**
     * Initiatives to pick from: a coordinator's own centre's; an admin's of the given centre (all
     * when none is given).
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public List<InitiativeOption> initiatives(@Nullable Long centreId) {
        Optional<Long> scope = currentUser.centreScope();
        if (scope.isPresent() && centreId != null) {
            currentUser.checkCentre(centreId);
        }
        return repository.initiatives(scope.orElse(centreId));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public List<PhaseOption> phases(long initiativeId) {
        scope().require(repository.centreOfInitiative(initiativeId), "initiative", initiativeId);
        return repository.phases(initiativeId);
    }

    /** Institutions by a part of the name, for a lazy selection field: at most 50 in all. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public List<InstitutionOption> institutions(String text, int offset, int limit) {
        currentUser.centreScope();
        if (offset >= LOOKUP_LIMIT) {
            return List.of();
        }
        return institutionDirectory.options(text, Math.max(offset, 0), Math.clamp(limit, 0, LOOKUP_LIMIT - offset)).stream().map(o -> new InstitutionOption(o.id(), o.name())).toList();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public InstitutionOption institution(long id) {
        currentUser.centreScope();
        return institutionDirectory.findOption(id).map(o -> new InstitutionOption(o.id(), o.name())).orElseThrow(() -> new NotFoundException("institution", id));
    }

    /** Active priorities (and, for an existing activity, those it already has). */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public List<TagOption> priorities(@Nullable Long activityId) {
        if (activityId != null) {
            checkAccess(activityId);
        } else {
            currentUser.centreScope();
        }
        return repository.priorities(activityId);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public List<TagOption> targetGroups(@Nullable Long activityId) {
        if (activityId != null) {
            checkAccess(activityId);
        } else {
            currentUser.centreScope();
        }
        return repository.targetGroups(activityId);
    }

    private @Nullable Long centreToList(ActivityFilter filter) {
        return currentUser.centreScope().orElse(filter.centreId());
    }

    /** Another centre's activity is "not found", exactly like a missing one. */
    private void checkAccess(long id) {
        scope().require(repository.centreOf(id), "activity", id);
    }

    private CentreScope scope() {
        return CentreScope.of(currentUser.centreScope());
    }

    private void validate(ActivityRecord activity, ActivityLinks links) {
        if (activity.getType() == null || activity.getStartsAt() == null) {
            throw new ValidationException("validation.required");
        }
        try {
            ActivityType.valueOf(activity.getType());
        } catch (IllegalArgumentException e) {
            throw new ValidationException("activity.error.type");
        }
        activity.setTitle(Texts.requiredSingleLine(activity.getTitle(), 200));
        if (activity.getEndsAt() != null && activity.getEndsAt().isBefore(activity.getStartsAt())) {
            throw new ValidationException("validation.period");
        }
        activity.setPlace(Texts.singleLine(activity.getPlace(), 300));
        activity.setOrganiserPerson(Texts.singleLine(activity.getOrganiserPerson(), 160));
        activity.setDescription(Texts.multiLine(activity.getDescription(), 10_000));
        if (activity.getInitiativeId() != null) {
            long initiativeCentre = repository.centreOfInitiative(activity.getInitiativeId())
                    .orElseThrow(() -> new ValidationException("activity.error.initiative-other-centre"));
            if (initiativeCentre != activity.getCentreId()) {
                throw new ValidationException("activity.error.initiative-other-centre");
            }
        }
        if (activity.getPhaseId() != null) {
            if (activity.getInitiativeId() == null) {
                throw new ValidationException("activity.error.phase-needs-initiative");
            }
            Long phaseInitiative = repository.initiativeOfPhase(activity.getPhaseId()).orElse(null);
            if (!Objects.equals(phaseInitiative, activity.getInitiativeId())) {
                throw new ValidationException("activity.error.phase-of-other-initiative");
            }
        }
        if (activity.getOrganiserInstitutionId() != null && activity.getOrganiserPerson() != null) {
            throw new ValidationException("activity.error.organiser-both");
        }
        if (repository.existingPriorities(links.priorityIds()) != links.priorityIds().size()
                || repository.existingTargetGroups(links.targetGroupIds()) != links.targetGroupIds().size()) {
            throw new ValidationException("activity.error.unknown-tag");
        }
    }
}
