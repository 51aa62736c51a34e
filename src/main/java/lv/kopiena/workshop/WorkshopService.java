package lv.kopiena.workshop;

import lv.kopiena.audit.AuditAction;
import lv.kopiena.audit.AuditLog;
import lv.kopiena.audit.FieldChange;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lv.kopiena.activity.ActivityType;
import lv.kopiena.base.CentreScope;
import lv.kopiena.base.ConcurrentEditException;
import lv.kopiena.base.NotFoundException;
import lv.kopiena.base.PageRequest;
import lv.kopiena.base.Texts;
import lv.kopiena.base.ValidationException;
import lv.kopiena.jooq.tables.records.WorkshopRecord;
import lv.kopiena.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator's side of workshops: turning an activity into a workshop with sign-up and
 * editing its settings, the list of a centre's workshops, the people signed up and waiting, adding
 * and removing people, cancelling the workshop and marking attendance on the day. A coordinator
 * works only on its own centre's workshops, an admin on all; educators and funders have no access
 * here. Every seat change (capacity, adding, removing, cancelling) goes through {@link Seats}, under
 * the workshop's row lock, and queues its mail there; attendance marks take the same lock, so a
 * person cannot be removed while being marked. An attendance mark also keeps the activity's named
 * attendance in step: the educator becomes (or is) a participant of the centre.
 */
@Service
@Transactional(readOnly = true)
public class WorkshopService {

    /** Activity types that may take sign-ups. */
    private static final Set<ActivityType> SIGNUP_TYPES =
            Set.of(ActivityType.WORKSHOP, ActivityType.SEMINAR, ActivityType.TEACHER_TRAINING);
    public static final int MAX_CAPACITY = 10_000;
    public static final BigDecimal MAX_HOURS = new BigDecimal("200");
    static final int LOOKUP_LIMIT = 50;

    private final WorkshopRepository repository;
    private final Seats seats;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final AuditLog audit;

    WorkshopService(WorkshopRepository repository, Seats seats, CurrentUser currentUser, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.repository = repository;
        this.seats = seats;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Whether attendance may be marked: from the moment the workshop starts, not before. A mark
     * made earlier would make a certificate valid for a workshop nobody has attended yet.
     */
    public static boolean attendanceOpen(LocalDateTime startsAt, LocalDateTime now) {
        return !now.isBefore(startsAt);
    }

    /** Whether an activity of this type can take sign-ups (workshops, seminars, teacher trainings). */
    public static boolean takesSignups(ActivityType type) {
        return SIGNUP_TYPES.contains(type);
    }

    // ---- the list

    /** A page of the workshops; a coordinator's are always its own centre's, whatever the filter says. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public List<WorkshopRow> list(WorkshopFilter filter, PageRequest page) {
        return repository.find(filter, centreToList(filter), LocalDateTime.now(clock), page);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public int count(WorkshopFilter filter) {
        return repository.count(filter, centreToList(filter), LocalDateTime.now(clock));
    }

    // ---- one workshop

    /**
     * The activity with its workshop (if it has one yet).
     *
     * @throws NotFoundException when the activity does not exist
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public WorkshopOverview overview(long activityId) {
        checkAccess(activityId);
        return repository.overview(activityId, LocalDateTime.now(clock))
                .orElseThrow(() -> new NotFoundException("activity", activityId));
    }

    /**
     * The settings to edit: the workshop's, or a new one (20 seats, waiting list, Latvian) for an
     * activity that takes no sign-up yet.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public WorkshopRecord settings(long activityId) {
        checkAccess(activityId);
        return repository.findWorkshop(activityId).orElseGet(() -> {
            WorkshopRecord record = new WorkshopRecord();
            record.setActivityId(activityId);
            record.setCapacity(20);
            record.setWaitingList(true);
            record.setLanguage(WorkshopLanguage.LV.code());
            record.setPdHours(BigDecimal.ZERO);
            return record;
        });
    }

    /**
     * Saves new or edited settings. A new workshop opens the activity for sign-up; a changed
     * capacity goes through the seats (a higher one promotes people waiting at once).
     *
     * @throws ConcurrentEditException when someone else saved the settings after they were read
     * @throws ValidationException     when a rule is broken (capacity, hours, link, sign-up period,
     *                                 an activity type without sign-up, a capacity below the
     *                                 confirmed people)
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public WorkshopRecord save(WorkshopRecord settings) {
        Long activityId = settings.getActivityId();
        if (activityId == null) {
            throw new ValidationException("validation.required");
        }
        WorkshopRepository.ActivityFacts activity = checkAccess(activityId);
        if (!takesSignups(activity.type())) {
            throw new ValidationException("workshop.error.type");
        }
        validate(settings, activity);
        boolean isNew = settings.getVersion() == null;
        if (isNew) {
            if (repository.exists(activityId)) {
                // someone opened it for sign-up meanwhile
                throw new ConcurrentEditException("workshop " + activityId, null);
            }
            try {
                return repository.insert(settings);
            } catch (DuplicateKeyException e) {
                throw new ConcurrentEditException("workshop " + activityId, e);
            }
        }
        LockedWorkshop locked = seats.lock(activityId);
        if (locked.capacity() != settings.getCapacity()) {
            seats.changeCapacity(activityId, settings.getCapacity());
        }
        return repository.update(settings);
    }

    /**
     * A page of the people on the workshop's list, confirmed first, then waiting in queue order.
     *
     * @param activeOnly leave out people who cancelled or were removed
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public List<SignupRow> signups(long activityId, boolean activeOnly, PageRequest page) {
        checkAccess(activityId);
        return repository.signups(activityId, activeOnly, page);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public int signupCount(long activityId, boolean activeOnly) {
        checkAccess(activityId);
        return repository.signupCount(activityId, activeOnly);
    }

    /** Educator accounts to add, by name or e-mail, not on the list now: at most 50 in all. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public List<EducatorOption> educators(long activityId, String text, int offset, int limit) {
        checkAccess(activityId);
        if (offset >= LOOKUP_LIMIT) {
            return List.of();
        }
        return repository.educators(activityId, text == null ? "" : text, Math.max(offset, 0),
                Math.clamp(limit, 0, LOOKUP_LIMIT - offset));
    }

    /**
     * Adds an educator: a seat if one is free, else a place on the waiting list. A coordinator may
     * add someone outside the sign-up period, not to a cancelled workshop.
     *
     * @throws ValidationException when the person is on the list already, the account is not an
     *                             educator's, or the workshop is cancelled or full without a waiting list
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public SignupResult addPerson(long activityId, long accountId) {
        checkAccess(activityId);
        var account = repository.account(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
        if (!"EDUCATOR".equals(account.role()) || !account.enabled()) {
            throw new ValidationException("workshop.error.not-an-educator");
        }
        try {
            SignupResult result = seats.take(activityId, accountId, true);
            audit.record(AuditAction.UPDATE, "workshop", activityId, null,
                    List.of(FieldChange.of("signup.added_account", null, accountId)), null);
            return result;
        } catch (DuplicateKeyException e) {
            throw new ValidationException("workshop.error.person-on-list");
        }
    }

    /**
     * Takes a person off the list and tells them; a freed seat goes at once to the first person
     * waiting.
     *
     * @throws ValidationException when the person has no place any more, or attendance is marked
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public void remove(long activityId, long signupId) {
        checkAccess(activityId);
        checkSignupOf(activityId, signupId);
        seats.release(signupId, SignupStatus.REMOVED);
        audit.record(AuditAction.UPDATE, "workshop", activityId, null,
                List.of(FieldChange.of("signup.removed", null, signupId)), null);
    }

    /** Cancels the workshop; everyone with a seat or a place in the queue is told by mail. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public void cancel(long activityId, @Nullable String reason) {
        checkAccess(activityId);
        seats.cancelWorkshop(activityId, Texts.multiLine(reason, 500));
        audit.record(AuditAction.UPDATE, "workshop", activityId, null,
                List.of(FieldChange.of("status", "OPEN", "CANCELLED")), null);
    }

    // ---- attendance

    /** The confirmed people with their attendance marks, for the check-list. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public List<AttendanceMark> attendance(long activityId) {
        checkAccess(activityId);
        return repository.confirmed(activityId);
    }

    /**
     * Marks or unmarks one confirmed person as attending.
     *
     * @see #saveAttendance
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public void markAttendance(long activityId, long signupId, boolean attended) {
        saveAttendance(activityId, Map.of(signupId, attended));
    }

    /**
     * Saves the marks of the check-list in one go: each person marked attends, each unmarked does
     * not. The educator's participant record of the centre is found or made, and the activity's
     * attendance row is added or removed with the mark. Unmarking leaves an issued certificate in
     * place (the public check then reports it withdrawn).
     *
     * @return how many marks changed
     * @throws ValidationException when the workshop has not started yet (its start time has not
     *                             come), is cancelled, or a person holds no seat
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public int saveAttendance(long activityId, Map<Long, Boolean> marks) {
        WorkshopRepository.ActivityFacts activity = checkAccess(activityId);
        LockedWorkshop workshop = seats.lock(activityId);
        if (workshop.status() == WorkshopStatus.CANCELLED) {
            throw new ValidationException("workshop.error.cancelled");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (!attendanceOpen(activity.startsAt(), now)) {
            throw new ValidationException("workshop.error.attendance-too-early");
        }
        int changed = 0;
        for (var mark : marks.entrySet()) {
            if (mark(activity, mark.getKey(), mark.getValue(), now)) {
                changed++;
            }
        }
        return changed;
    }

    private boolean mark(WorkshopRepository.ActivityFacts activity, long signupId, boolean attended,
                         LocalDateTime now) {
        var signup = repository.lockSignup(signupId)
                .filter(s -> s.workshopId() == activity.id())
                .orElseThrow(() -> new NotFoundException("signup", signupId));
        if (signup.attended() == attended) {
            return false;
        }
        if (!repository.setAttended(signupId, attended, now)) {
            throw new ValidationException("workshop.error.not-signed-up");
        }
        audit.record(AuditAction.ATTENDANCE, "workshop", activity.id(), activity.centreId(),
                List.of(FieldChange.of("signup." + signupId + ".attended", !attended, attended)), null);
        if (attended) {
            var account = repository.account(signup.accountId()).orElseThrow();
            LocalDate consent = account.privacyConsentAt() == null ? now.toLocalDate()
                    : account.privacyConsentAt().toLocalDate();
            long participant = repository.participantFor(activity.centreId(), account, consent);
            repository.addAttendance(activity.id(), participant, now);
        } else {
            repository.participantOf(activity.centreId(), signup.accountId())
                    .ifPresent(participant -> repository.removeAttendance(activity.id(), participant));
        }
        return true;
    }

    // ---- rules

    private @Nullable Long centreToList(WorkshopFilter filter) {
        return currentUser.centreScope().orElse(filter.centreId());
    }

    /** The activity; another centre's is "not found", exactly like a missing one. */
    private WorkshopRepository.ActivityFacts checkAccess(long activityId) {
        return CentreScope.of(currentUser.centreScope())
                .require(repository.activity(activityId), WorkshopRepository.ActivityFacts::centreId, "activity", activityId);
    }

    private void checkSignupOf(long activityId, long signupId) {
        long workshop = repository.workshopOfSignup(signupId).orElseThrow(() -> new NotFoundException("signup", signupId));
        if (workshop != activityId) {
            throw new NotFoundException("signup", signupId);
        }
    }

    private static void validate(WorkshopRecord settings, WorkshopRepository.ActivityFacts activity) {
        Integer capacity = settings.getCapacity();
        if (capacity == null || settings.getWaitingList() == null || settings.getLanguage() == null
                || settings.getPdHours() == null) {
            throw new ValidationException("validation.required");
        }
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new ValidationException("workshop.error.capacity-range", MAX_CAPACITY);
        }
        if (WorkshopLanguage.of(settings.getLanguage()).isEmpty()) {
            throw new ValidationException("workshop.error.language");
        }
        if (!validHours(settings.getPdHours())) {
            throw new ValidationException("workshop.error.hours");
        }
        LocalDateTime opens = settings.getSignupOpensAt();
        LocalDateTime closes = settings.getSignupClosesAt();
        if (opens != null && closes != null && closes.isBefore(opens)) {
            throw new ValidationException("workshop.error.signup-period");
        }
        if (closes != null && closes.isAfter(activity.startsAt())) {
            throw new ValidationException("workshop.error.closes-after-start");
        }
        settings.setOnlineLink(Texts.singleLine(settings.getOnlineLink()));
        if (settings.getOnlineLink() != null && !validLink(settings.getOnlineLink())) {
            throw new ValidationException("workshop.error.link");
        }
        settings.setAudience(Texts.multiLine(settings.getAudience(), 300));
    }

    /** 0 to 200 hours in half hours. */
    public static boolean validHours(@Nullable BigDecimal hours) {
        return hours != null && hours.signum() >= 0 && hours.compareTo(MAX_HOURS) <= 0
                && hours.multiply(BigDecimal.TWO).stripTrailingZeros().scale() <= 0;
    }

    /** An absolute http or https address with a host, at most 500 characters. */
    public static boolean validLink(@Nullable String link) {
        if (link == null || link.isBlank() || link.length() > 500) {
            return false;
        }
        try {
            URI uri = new URI(link.trim());
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

}
