package lv.kopiena.initiative;

import lv.kopiena.audit.AuditAction;
import lv.kopiena.audit.AuditLog;
import lv.kopiena.institution.InstitutionService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import lv.kopiena.base.CentreScope;
import lv.kopiena.base.NotFoundException;
import lv.kopiena.base.PageRequest;
import lv.kopiena.base.ReferencedException;
import lv.kopiena.base.Texts;
import lv.kopiena.base.ValidationException;
import lv.kopiena.jooq.tables.records.InitiativePhaseRecord;
import lv.kopiena.jooq.tables.records.InitiativeRecord;
import lv.kopiena.priority.PriorityService;
import lv.kopiena.priority.TagKind;
import lv.kopiena.security.CurrentUser;
import lv.kopiena.security.KopienaUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Initiatives (community projects and programmes) with their phases, links to institutions
 * (lead organisation, funders, partners), priorities and target groups. A coordinator sees and
 * changes only its own centre's initiatives, and a new one belongs to that centre; an admin sees
 * all and picks the centre of a new one; educators and funders have no access here. An initiative
 * or phase that activities refer to cannot be deleted.
 *
 * <p>For other features (activities): {@link #options(String, int)} offers the caller's
 * initiatives and {@link #phases(long)} the phases of one, both scoped to the caller's centre.
 */
@Service
@Transactional(readOnly = true)
public class InitiativeService {

    private static final int TITLE_LENGTH = 200;
    private static final int NAME_LENGTH = 200;
    /** Goals and summaries: what the forms allow. */
    private static final int LONG_TEXT_LENGTH = 10_000;
    private static final int MAX_INSTITUTION_OPTIONS = 50;
    private static final int MAX_OPTIONS = 100;

    private final InitiativeRepository repository;
    /** The shared institution list, for the selection fields of this feature's forms. */
    private final InstitutionService institutionDirectory;
    private final PriorityService priorities;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final AuditLog audit;

    InitiativeService(InitiativeRepository repository, PriorityService priorities, CurrentUser currentUser,
                      Clock clock, InstitutionService institutionDirectory, AuditLog audit) {
        this.audit = audit;
        this.institutionDirectory = institutionDirectory;
        this.repository = repository;
        this.priorities = priorities;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public List<InitiativeRow> list(InitiativeFilter filter, PageRequest page) {
        return repository.find(filter, currentUser.centreScope(), page);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public int count(InitiativeFilter filter) {
        return repository.count(filter, currentUser.centreScope());
    }

    /**
     * Whether the caller sees every centre's initiatives (an admin): such a caller filters the list
     * by centre and chooses the centre of a new initiative.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public boolean seesAllCentres() {
        return currentUser.centreScope().isEmpty();
    }

    /** An initiative with everything its form shows. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public InitiativeDetail detail(long id) {
        InitiativeRecord initiative = load(id);
        return new InitiativeDetail(initiative,
                repository.centreName(initiative.getCentreId()).orElse(null),
                initiative.getLeadInstitutionId() == null ? null
                        : institutionDirectory.findOption(initiative.getLeadInstitutionId()).map(o -> new InstitutionOption(o.id(), o.name())).orElse(null),
                repository.funders(id),
                repository.partners(id),
                repository.priorityIds(id),
                repository.targetGroupIds(id),
                initiative.getCoordinatorId() == null ? null
                        : repository.coordinator(initiative.getCoordinatorId()).orElse(null));
    }

    /**
     * A new initiative starting today, planned. A coordinator's belongs to its centre and names it
     * as coordinator; an admin chooses the centre in the form.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public InitiativeDetail newInitiative() {
        InitiativeRecord initiative = new InitiativeRecord();
        initiative.setStartsOn(LocalDate.now(clock));
        initiative.setStatus(InitiativeStatus.PLANNED.name());
        KopienaUser user = currentUser.require();
        Optional<Long> scope = currentUser.centreScope();
        CoordinatorOption coordinator = null;
        String centreName = null;
        if (scope.isPresent()) {
            initiative.setCentreId(scope.get());
            initiative.setCoordinatorId(user.id());
            coordinator = new CoordinatorOption(user.id(), user.displayName());
            centreName = repository.centreName(scope.get()).orElse(null);
        }
        return new InitiativeDetail(initiative, centreName, null, List.of(), List.of(), Set.of(), Set.of(), coordinator);
    }

    /**
     * Saves a new or edited initiative and replaces its links, in one transaction. The centre of a
     * coordinator's new initiative is the coordinator's own, whatever the record says; an existing
     * initiative keeps its centre.
     *
     * @return the id of the initiative
     * @throws lv.kopiena.base.ConcurrentEditException when someone else saved it since it was read
     * @throws ValidationException when a rule is broken (message key and arguments for the user)
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public long save(InitiativeRecord initiative, InitiativeLinks links) {
        Set<Long> linkedPriorities = Set.of();
        Set<Long> linkedTargetGroups = Set.of();
        @Nullable Long storedCoordinator = null;
        if (initiative.getId() == null) {
            Optional<Long> scope = currentUser.centreScope();
            if (scope.isPresent()) {
                initiative.setCentreId(scope.get());
            } else if (initiative.getCentreId() == null) {
                throw new ValidationException("initiative.error.centre-required");
            }
        } else {
            InitiativeRecord stored = load(initiative.getId());
            if (!Objects.equals(stored.getCentreId(), initiative.getCentreId())) {
                throw new ValidationException("initiative.error.centre-fixed");
            }
            storedCoordinator = stored.getCoordinatorId();
            linkedPriorities = repository.priorityIds(initiative.getId());
            linkedTargetGroups = repository.targetGroupIds(initiative.getId());
        }
        validate(initiative);
        Long coordinator = initiative.getCoordinatorId();
        if (coordinator != null && !coordinator.equals(storedCoordinator)
                && !repository.isCoordinatorOf(coordinator, initiative.getCentreId())) {
            throw new ValidationException("initiative.error.coordinator-centre");
        }
        priorities.checkSelectable(TagKind.PRIORITY, links.priorityIds(), linkedPriorities);
        priorities.checkSelectable(TagKind.TARGET_GROUP, links.targetGroupIds(), linkedTargetGroups);
        InitiativeLinks before = initiative.getId() == null ? new InitiativeLinks(Set.of(), Set.of(), Set.of(), Set.of())
                : new InitiativeLinks(repository.funderIds(initiative.getId()), repository.partnerIds(initiative.getId()),
                        linkedPriorities, linkedTargetGroups);
        repository.save(initiative);
        repository.replaceLinks(initiative.getId(), links);
        List<lv.kopiena.audit.FieldChange> linkChanges = new java.util.ArrayList<>();
        linkChanges.addAll(AuditLog.linkChange("funders", before.funderIds(), links.funderIds()));
        linkChanges.addAll(AuditLog.linkChange("partners", before.partnerIds(), links.partnerIds()));
        linkChanges.addAll(AuditLog.linkChange("priorities", before.priorityIds(), links.priorityIds()));
        linkChanges.addAll(AuditLog.linkChange("target_groups", before.targetGroupIds(), links.targetGroupIds()));
        if (!linkChanges.isEmpty()) {
            audit.record(AuditAction.UPDATE, "initiative", initiative.getId(), initiative.getCentreId(), linkChanges, null);
        }
        return initiative.getId();
    }

    /**
     * Deletes an initiative with its phases and links.
     *
     * @throws ReferencedException when activities belong to it
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public void delete(long id) {
        InitiativeRecord stored = load(id);
        ReferencedException.throwIfReferenced(repository.referencesTo(id));
        repository.delete(id);
        audit.record(AuditAction.DELETE, "initiative", id, stored.getCentreId(), null);
    }

    /**
     * Institutions whose name contains {@code search}, by name, for lazy selection fields: at most
     * 50 at a time. The institution list is shared by all centres.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public List<InstitutionOption> institutions(String search, int offset, int limit) {
        return institutionDirectory.options(search, Math.max(0, offset), Math.clamp(limit, 0, MAX_INSTITUTION_OPTIONS)).stream().map(o -> new InstitutionOption(o.id(), o.name())).toList();
    }

    /** The coordinators that may be named for an initiative of the centre. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public List<CoordinatorOption> coordinators(long centreId) {
        currentUser.checkCentre(centreId);
        return repository.coordinators(centreId);
    }

    /**
     * For other features' selection fields: the caller's initiatives (a coordinator's centre, all
     * for an admin) whose title contains {@code search}, by title, at most {@code limit} (capped
     * at 100).
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public List<InitiativeOption> options(String search, int limit) {
        return repository.options(search, currentUser.centreScope(), Math.clamp(limit, 0, MAX_OPTIONS));
    }

    /**
     * For other features: the phases of an initiative in time order, with their periods.
     *
     * @throws NotFoundException for a missing initiative and for another centre's, alike
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public List<Phase> phases(long initiativeId) {
        load(initiativeId);
        return repository.phases(initiativeId);
    }

    /** A page of an initiative's phases for its detail view. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public List<PhaseRow> phaseList(long initiativeId, PageRequest page) {
        load(initiativeId);
        return repository.phaseRows(initiativeId, page);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public int phaseCount(long initiativeId) {
        load(initiativeId);
        return repository.phaseCount(initiativeId);
    }

    /** A phase to edit in a form. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public InitiativePhaseRecord phase(long phaseId) {
        return repository.findPhase(phaseId).filter(p -> visible(p.getInitiativeId()))
                .orElseThrow(() -> new NotFoundException("initiative_phase", phaseId));
    }

    /** A new phase of the initiative, starting when the initiative's last phase ends or when it starts. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public InitiativePhaseRecord newPhase(long initiativeId) {
        InitiativeRecord initiative = load(initiativeId);
        InitiativePhaseRecord phase = new InitiativePhaseRecord();
        phase.setInitiativeId(initiativeId);
        phase.setStartsOn(repository.phases(initiativeId).stream()
                .map(p -> p.period().end())
                .filter(Objects::nonNull)
                .max(LocalDate::compareTo)
                .map(end -> end.plusDays(1))
                .orElse(initiative.getStartsOn()));
        return phase;
    }

    /**
     * Saves a new or edited phase. A phase that lies outside its initiative's period is saved (the
     * form warns about it): plans change, and the initiative's period may be corrected later.
     *
     * @throws lv.kopiena.base.ConcurrentEditException when someone else saved it since it was read
     * @throws ValidationException when a rule is broken
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public InitiativePhaseRecord savePhase(InitiativePhaseRecord phase) {
        if (phase.getId() != null) {
            long storedInitiative = repository.initiativeOfPhase(phase.getId()).filter(this::visible)
                    .orElseThrow(() -> new NotFoundException("initiative_phase", phase.getId()));
            if (!Objects.equals(storedInitiative, phase.getInitiativeId())) {
                throw new ValidationException("initiative.error.phase-moved");
            }
        }
        if (phase.getInitiativeId() == null) {
            throw new NotFoundException("initiative", "null");
        }
        load(phase.getInitiativeId());
        phase.setName(Texts.requiredSingleLine(phase.getName(), NAME_LENGTH));
        checkPeriod(phase.getStartsOn(), phase.getEndsOn());
        phase.setGoals(Texts.multiLine(phase.getGoals(), LONG_TEXT_LENGTH));
        phase.setClosingSummary(Texts.multiLine(phase.getClosingSummary(), LONG_TEXT_LENGTH));
        return repository.savePhase(phase);
    }

    /** @throws ReferencedException when activities belong to the phase */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public void deletePhase(long phaseId) {
        InitiativePhaseRecord stored = phase(phaseId);
        ReferencedException.throwIfReferenced(repository.referencesToPhase(phaseId));
        repository.deletePhase(phaseId);
        audit.record(AuditAction.DELETE, "initiative_phase", phaseId,
                load(stored.getInitiativeId()).getCentreId(), null);
    }

    /**
     * Loads an initiative the caller may see: its own centre's, or any for an admin. Another
     * centre's initiative is "not found", exactly like a missing one.
     */
    private InitiativeRecord load(long id) {
        return scope().require(repository.findById(id), InitiativeRecord::getCentreId, "initiative", id);
    }

    private boolean visible(long initiativeId) {
        CentreScope scope = scope();
        return repository.findById(initiativeId).filter(i -> scope.includes(i.getCentreId())).isPresent();
    }

    private CentreScope scope() {
        return CentreScope.of(currentUser.centreScope());
    }

    private void validate(InitiativeRecord initiative) {
        initiative.setTitle(Texts.requiredSingleLine(initiative.getTitle(), TITLE_LENGTH));
        checkPeriod(initiative.getStartsOn(), initiative.getEndsOn());
        if (initiative.getStatus() == null) {
            throw new ValidationException("validation.required");
        }
        InitiativeStatus.valueOf(initiative.getStatus());
        initiative.setGoals(Texts.multiLine(initiative.getGoals(), LONG_TEXT_LENGTH));
    }

    private static void checkPeriod(@Nullable LocalDate start, @Nullable LocalDate end) {
        if (start == null) {
            throw new ValidationException("validation.required");
        }
        if (end != null && end.isBefore(start)) {
            throw new ValidationException("validation.period");
        }
    }

}
