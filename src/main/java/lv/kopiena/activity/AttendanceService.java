package lv.kopiena.activity;

import lv.kopiena.audit.AuditAction;
import lv.kopiena.audit.AuditLog;
import lv.kopiena.audit.FieldChange;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import lv.kopiena.base.CentreScope;
import lv.kopiena.base.NotFoundException;
import lv.kopiena.base.PageRequest;
import lv.kopiena.base.ValidationException;
import lv.kopiena.participant.ConsentRules;
import lv.kopiena.participant.ConsentState;
import lv.kopiena.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who was at an activity, two ways that add up: named participants of the activity's centre
 * (where consent allows), and head counts by category for people who are not registered. Two
 * people can mark attendance of one activity at the same time without losing each other's work:
 * a named mark is one row added or removed, and a head count is written only for the categories
 * the user changed, refused when someone else changed the same category meanwhile. Same access
 * as activities: a coordinator only for its own centre, an admin for all.
 */
@Service
@Transactional(readOnly = true)
public class AttendanceService {

    /** How many usual participants the quick check-list offers. */
    static final int CHECKLIST_LIMIT = 100;
    /** Upper bound of a head count: a typo guard, larger than any event of a centre. */
    public static final int MAX_HEAD_COUNT = 100_000;

    private final AttendanceRepository repository;
    private final ActivityRepository activities;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final AuditLog audit;

    AttendanceService(AttendanceRepository repository, ActivityRepository activities, CurrentUser currentUser,
                      Clock clock, AuditLog audit) {
        this.audit = audit;
        this.repository = repository;
        this.activities = activities;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A page of the named participants marked for the activity, by name. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public List<Attendee> attendees(long activityId, PageRequest page) {
        checkAccess(activityId);
        return repository.attendees(activityId, page);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public int attendeeCount(long activityId) {
        checkAccess(activityId);
        return repository.attendeeCount(activityId);
    }

    /**
     * Participants of the activity's centre to add, found by name or birth year, not yet marked:
     * for a lazy selection field, at most 50 in all (type more to narrow it down).
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public List<ParticipantOption> candidates(long activityId, String text, int offset, int limit) {
        long centre = checkAccess(activityId);
        if (offset >= ActivityService.LOOKUP_LIMIT) {
            return List.of();
        }
        return repository.candidates(centre, activityId, text == null ? "" : text, offset,
                Math.min(limit, ActivityService.LOOKUP_LIMIT - offset));
    }

    /**
     * The quick check-list: the people who came most often to the initiative's other activities
     * (for an activity without an initiative: the centre's activities of the last year), each with
     * whether they are marked for this one.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public List<ChecklistEntry> checklist(long activityId) {
        long centre = checkAccess(activityId);
        Long initiative = activities.findById(activityId).map(a -> a.getInitiativeId()).orElse(null);
        return repository.regulars(activityId, centre, initiative, LocalDateTime.now(clock).minusYears(1), CHECKLIST_LIMIT);
    }

    /**
     * Marks a participant as attending. Marking someone twice changes nothing. Only a person whose
     * consent covers them today is recorded by name: after a withdrawal of consent, or when the
     * consent their age needs is missing (a child who turned 16 without giving their own), they
     * are refused with the reason, and count in the head counts by category instead. An erased
     * participant is gone.
     *
     * @return false when the person was already marked
     * @throws NotFoundException when the activity no longer exists
     * @throws ValidationException when the person belongs to another centre than the activity
     *         ({@code activity.error.participant-other-centre}), withdrew consent
     *         ({@code privacy.attendance.consent-withdrawn}) or lacks it ({@code privacy.attendance.consent-missing})
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public boolean add(long activityId, long participantId) {
        long centre = lockAndCheck(activityId, false);
        // a participant of a centre the caller does not see is "not found", like a missing one
        AttendanceRepository.NamedFacts person = scope().require(repository.namedFacts(participantId),
                AttendanceRepository.NamedFacts::centreId, "participant", participantId);
        if (person.centreId() != centre) {
            throw new ValidationException("activity.error.participant-other-centre");
        }
        if (person.withdrawn()) {
            throw new ValidationException("privacy.attendance.consent-withdrawn");
        }
        if (ConsentRules.state(person.birthYear(), person.consentGiven(), person.guardianConsent(),
                LocalDate.now(clock).getYear()) == ConsentState.MISSING) {
            throw new ValidationException("privacy.attendance.consent-missing");
        }
        boolean added = repository.add(activityId, participantId, LocalDateTime.now(clock));
        if (added) {
            audit.record(AuditAction.ATTENDANCE, "activity", activityId, centre,
                    List.of(FieldChange.of("participant_id", null, participantId)), null);
        }
        return added;
    }

    /** @return false when the person was not marked (someone else may have removed them already) */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public boolean remove(long activityId, long participantId) {
        long centre = lockAndCheck(activityId, false);
        boolean removed = repository.remove(activityId, participantId);
        if (removed) {
            audit.record(AuditAction.ATTENDANCE, "activity", activityId, centre,
                    List.of(FieldChange.of("participant_id", participantId, null)), null);
        }
        return removed;
    }

    /** The head counts above zero, by category. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public Map<ParticipantCategory, Integer> headCounts(long activityId) {
        checkAccess(activityId);
        return repository.headCounts(activityId);
    }

    /**
     * Saves the categories whose count the user changed from {@code before} (what the user was
     * shown) to {@code after}; a missing category counts as 0. Categories the user did not touch
     * are left as they are, so someone else's count for another category is kept.
     *
     * @return all head counts now
     * @throws HeadCountConflictException when someone else changed one of the same categories
     *         since {@code before} was read; nothing is saved then
     * @throws NotFoundException when the activity was deleted meanwhile
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public Map<ParticipantCategory, Integer> saveHeadCounts(long activityId, Map<ParticipantCategory, Integer> before,
                                                            Map<ParticipantCategory, Integer> after) {
        long centre = lockAndCheck(activityId, true);
        Map<ParticipantCategory, Integer> current = repository.headCounts(activityId);
        Map<ParticipantCategory, Integer> conflicts = new EnumMap<>(ParticipantCategory.class);
        Map<ParticipantCategory, Integer> changes = new EnumMap<>(ParticipantCategory.class);
        for (ParticipantCategory category : ParticipantCategory.values()) {
            int was = before.getOrDefault(category, 0);
            int wanted = after.getOrDefault(category, 0);
            if (wanted < 0 || wanted > MAX_HEAD_COUNT) {
                throw new ValidationException("activity.headcount.error.range", MAX_HEAD_COUNT);
            }
            if (wanted == was) {
                continue;
            }
            int now = current.getOrDefault(category, 0);
            if (now != was && now != wanted) {
                conflicts.put(category, now);
            }
            changes.put(category, wanted);
        }
        if (!conflicts.isEmpty()) {
            throw new HeadCountConflictException(conflicts);
        }
        changes.forEach((category, count) -> repository.setHeadCount(activityId, category, count));
        if (!changes.isEmpty()) {
            audit.record(AuditAction.ATTENDANCE, "activity", activityId, centre, changes.entrySet().stream()
                    .map(c -> FieldChange.of("head_count." + c.getKey().name(), current.getOrDefault(c.getKey(), 0),
                            c.getValue()))
                    .toList(), null);
        }
        return repository.headCounts(activityId);
    }

    /** Named participants and head counts of the activity. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public AttendanceTotals totals(long activityId) {
        checkAccess(activityId);
        return new AttendanceTotals(repository.attendeeCount(activityId), repository.headCounts(activityId));
    }

    /** The activity's centre; another centre's activity is "not found", exactly like a missing one. */
    private long checkAccess(long activityId) {
        return scope().require(activities.centreOf(activityId), "activity", activityId);
    }

    private long lockAndCheck(long activityId, boolean exclusive) {
        // the caller's role is checked (scope()) before the row is locked
        return scope().require(repository.lockActivity(activityId, exclusive), "activity", activityId);
    }

    private CentreScope scope() {
        return CentreScope.of(currentUser.centreScope());
    }
}
