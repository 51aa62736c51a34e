package lv.kopiena.participant;

import lv.kopiena.audit.AuditAction;
import lv.kopiena.audit.AuditLog;
import lv.kopiena.audit.FieldChange;
import lv.kopiena.institution.InstitutionService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lv.kopiena.base.CentreScope;
import lv.kopiena.base.NotFoundException;
import lv.kopiena.base.PageRequest;
import lv.kopiena.base.ReferencedException;
import lv.kopiena.base.Texts;
import lv.kopiena.base.ValidationException;
import lv.kopiena.jooq.tables.records.ParticipantRecord;
import lv.kopiena.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Participants: the people who take part in a centre's activities, many of them in protected
 * groups (children, refugees, people with disabilities). Only what the programme needs is kept
 * (a year of birth, not a date), and nobody is stored by name without consent: their own from 16,
 * a parent's or guardian's below. A coordinator sees and changes only its own centre's
 * participants, an admin all of them; educators and funders never see personal data (funders get
 * counts from the reports). Records that look like the same person can be merged without losing
 * any attendance.
 */
@Service
@Transactional(readOnly = true)
public class ParticipantService {

    /** The most rows an institution lookup returns at once. */
    static final int INSTITUTION_LOOKUP_LIMIT = 50;
    private static final int SIMILAR_LIMIT = 5;
    /** The longest values the forms accept (and the columns hold). */
    private static final int NAME_LENGTH = 80;
    private static final int EMAIL_LENGTH = 254;
    private static final int PHONE_LENGTH = 40;
    private static final int GUARDIAN_LENGTH = 160;
    private static final int NOTES_LENGTH = 2000;

    private final ParticipantRepository repository;
    /** The shared institution list, for the selection fields of this feature's forms. */
    private final InstitutionService institutionDirectory;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final AuditLog audit;

    ParticipantService(ParticipantRepository repository, CurrentUser currentUser, Clock clock, InstitutionService institutionDirectory, AuditLog audit) {
        this.audit = audit;
        this.institutionDirectory = institutionDirectory;
        this.repository = repository;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public List<ParticipantRow> list(ParticipantFilter filter, PageRequest page) {
        return repository.find(scope(filter), filter, currentYear(), page);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public int count(ParticipantFilter filter) {
        return repository.count(scope(filter), filter, currentYear());
    }

    /** One participant as the list shows it, e.g. for the merge dialog. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public ParticipantRow row(long id) {
        return scope().require(repository.findRow(id, currentYear()), ParticipantRow::centreId, "participant", id);
    }

    /** A record to edit in a form. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public ParticipantRecord get(long id) {
        return scope().require(repository.findById(id), ParticipantRecord::getCentreId, "participant", id);
    }

    /** A new record; a coordinator's is in its own centre, an admin picks the centre in the form. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public ParticipantRecord newParticipant() {
        ParticipantRecord record = new ParticipantRecord();
        record.setCentreId(currentUser.centreScope().orElse(null));
        record.setRefugee(false);
        record.setDisability(false);
        record.setConsentGiven(false);
        record.setGuardianConsent(false);
        return record;
    }

    /** Today by the application's clock: ages and the consent rules are counted from its year. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Saves a new or edited participant after checking the consent rules (see {@link ConsentRules}).
     * A coordinator's new participant always goes to its own centre; a participant stays in the
     * centre that registered them.
     *
     * @throws ValidationException when a rule is broken (the key says which)
     * @throws lv.kopiena.base.ConcurrentEditException when someone else saved it meanwhile
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public ParticipantRecord save(ParticipantRecord participant) {
        Optional<Long> scope = currentUser.centreScope();
        if (participant.getId() == null) {
            scope.ifPresent(participant::setCentreId);
            if (participant.getCentreId() == null) {
                throw new ValidationException("participant.error.centre-required");
            }
        } else {
            long stored = scope().require(repository.centreOf(participant.getId()), "participant", participant.getId());
            if (participant.getCentreId() == null || participant.getCentreId() != stored) {
                throw new ValidationException("participant.error.centre-fixed");
            }
        }
        normalise(participant);
        validate(participant, LocalDate.now(clock));
        if (participant.getConsentWithdrawnAt() != null) {
            // a save needs the consent the age calls for (validate): a new consent ends the withdrawal
            participant.setConsentWithdrawnAt(null);
        }
        return repository.save(participant);
    }

    /**
     * Participants of the same centre who look like the described person (same name ignoring
     * case and diacritics with the same or an unknown year of birth, or the same e-mail), for a
     * warning while a new one is typed in.
     *
     * @param centreId the admin's chosen centre; ignored for a coordinator
     * @param exceptId the record being edited, if it is stored already
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public List<ParticipantRow> findSimilar(@Nullable Long centreId, @Nullable String firstName, @Nullable String lastName,
                                            @Nullable Integer birthYear, @Nullable String email, @Nullable Long exceptId) {
        Long centre = currentUser.centreScope().orElse(centreId);
        String first = trimToNull(firstName);
        String last = trimToNull(lastName);
        String mail = normaliseEmail(email);
        if (centre == null || ((first == null || last == null) && mail == null)) {
            return List.of();
        }
        return repository.findSimilar(centre, first == null ? "" : first, last == null ? "" : last, birthYear, mail,
                exceptId, currentYear(), SIMILAR_LIMIT);
    }

    /**
     * Deletes a participant who attended nothing.
     *
     * @throws ReferencedException when they attended activities (merge the record instead)
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public void delete(long id) {
        long centre = scope().require(repository.centreOf(id), "participant", id);
        ReferencedException.throwIfReferenced(repository.referencesTo(id));
        repository.delete(id);
        audit.record(AuditAction.DELETE, "participant", id, centre, null);
    }

    /**
     * Merges two records of the same person into {@code keepId}, in one transaction: the other's
     * attendance moves to the kept one (an activity both attended stays once), the kept one's
     * empty fields are filled from the other, the protected-group flags are kept when either
     * record has them, the later-dated own and guardian consent is kept, and the other record is
     * deleted. Both must be in the caller's centre.
     *
     * @throws ValidationException when it is the same record or the records are in different centres
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public MergeResult merge(long keepId, long otherId) {
        if (keepId == otherId) {
            throw new ValidationException("participant.error.merge-same");
        }
        CentreScope scope = scope();
        List<ParticipantRecord> locked = repository.lockForUpdate(keepId, otherId);
        ParticipantRecord keep = scope.require(locked.stream().filter(r -> r.getId() == keepId).findFirst(),
                ParticipantRecord::getCentreId, "participant", keepId);
        ParticipantRecord other = scope.require(locked.stream().filter(r -> r.getId() == otherId).findFirst(),
                ParticipantRecord::getCentreId, "participant", otherId);
        if (!keep.getCentreId().equals(other.getCentreId())) {
            throw new ValidationException("participant.error.merge-centres");
        }

        int moved = repository.copyAttendance(otherId, keepId);
        int removed = repository.deleteAttendance(otherId);
        fillFrom(keep, other);
        repository.save(keep);
        repository.delete(otherId);
        audit.record(AuditAction.MERGE, "participant", keepId, keep.getCentreId(),
                List.of(FieldChange.of("merged_from", otherId, keepId)), "attendances moved: " + moved);
        return new MergeResult(keepId, moved, removed - moved);
    }

    /** Institutions whose name contains the text, for the form's lazy selection field (at most 50 at once). */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public List<InstitutionOption> findInstitutions(String text, int offset, int limit) {
        return institutionDirectory.options(text, Math.max(offset, 0), Math.clamp(limit, 0, INSTITUTION_LOOKUP_LIMIT)).stream().map(o -> new InstitutionOption(o.id(), o.name())).toList();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public Optional<InstitutionOption> institution(long id) {
        return institutionDirectory.findOption(id).map(o -> new InstitutionOption(o.id(), o.name()));
    }

    /** The centre a list is limited to: the coordinator's own, or the admin's choice (null = all). */
    private @Nullable Long scope(ParticipantFilter filter) {
        Optional<Long> own = currentUser.centreScope();
        if (own.isPresent()) {
            if (filter.centreId() != null) {
                currentUser.checkCentre(filter.centreId());
            }
            return own.get();
        }
        return filter.centreId();
    }

    private CentreScope scope() {
        return CentreScope.of(currentUser.centreScope());
    }

    private int currentYear() {
        return LocalDate.now(clock).getYear();
    }

    private static void normalise(ParticipantRecord p) {
        p.setFirstName(Texts.singleLine(p.getFirstName(), NAME_LENGTH));
        p.setLastName(Texts.singleLine(p.getLastName(), NAME_LENGTH));
        p.setEmail(normaliseEmail(Texts.singleLine(p.getEmail(), EMAIL_LENGTH)));
        p.setPhone(Texts.singleLine(p.getPhone(), PHONE_LENGTH));
        p.setNotes(Texts.multiLine(p.getNotes(), NOTES_LENGTH));
        p.setLanguage(Texts.singleLine(p.getLanguage()));
        p.setGuardianName(Texts.singleLine(p.getGuardianName(), GUARDIAN_LENGTH));
        if (p.getRefugee() == null) {
            p.setRefugee(false);
        }
        if (p.getDisability() == null) {
            p.setDisability(false);
        }
        if (!Boolean.TRUE.equals(p.getConsentGiven())) {
            p.setConsentGiven(false);
            p.setConsentDate(null);
        }
        if (!Boolean.TRUE.equals(p.getGuardianConsent())) {
            p.setGuardianConsent(false);
            p.setGuardianName(null);
            p.setGuardianConsentDate(null);
        }
    }

    private static void validate(ParticipantRecord p, LocalDate today) {
        if (p.getFirstName() == null || p.getLastName() == null || p.getCategory() == null) {
            throw new ValidationException("validation.required");
        }
        ParticipantCategory category;
        try {
            category = ParticipantCategory.valueOf(p.getCategory());
        } catch (IllegalArgumentException e) {
            throw new ValidationException("participant.error.category");
        }
        int year = today.getYear();
        Integer birthYear = p.getBirthYear() == null ? null : p.getBirthYear().intValue();
        if (birthYear != null && !ConsentRules.validBirthYear(birthYear, year)) {
            throw new ValidationException("participant.error.birth-year", ConsentRules.EARLIEST_BIRTH_YEAR, year);
        }
        if (category == ParticipantCategory.CHILD && birthYear == null) {
            throw new ValidationException("participant.error.child-birth-year");
        }
        if (p.getLanguage() != null && ParticipantLanguage.ofCode(p.getLanguage()).isEmpty()) {
            throw new ValidationException("participant.error.language");
        }
        if (ConsentRules.needsGuardianConsent(birthYear, year)) {
            if (!p.getGuardianConsent() || p.getGuardianName() == null || p.getGuardianConsentDate() == null) {
                throw new ValidationException("participant.error.guardian-consent", ConsentRules.OWN_CONSENT_AGE);
            }
        } else if (!p.getConsentGiven() || p.getConsentDate() == null) {
            throw new ValidationException("participant.error.consent", ConsentRules.OWN_CONSENT_AGE);
        }
        if (after(p.getConsentDate(), today) || after(p.getGuardianConsentDate(), today)) {
            throw new ValidationException("participant.error.consent-date-future");
        }
    }

    /** Fills what the kept record lacks from the other one; consent: the later-dated one of each kind. */
    private static void fillFrom(ParticipantRecord keep, ParticipantRecord other) {
        if (keep.getBirthYear() == null) {
            keep.setBirthYear(other.getBirthYear());
        }
        if (keep.getEmail() == null) {
            keep.setEmail(other.getEmail());
        }
        if (keep.getPhone() == null) {
            keep.setPhone(other.getPhone());
        }
        if (keep.getInstitutionId() == null) {
            keep.setInstitutionId(other.getInstitutionId());
        }
        if (keep.getLanguage() == null) {
            keep.setLanguage(other.getLanguage());
        }
        if (keep.getNotes() == null) {
            keep.setNotes(other.getNotes());
        }
        keep.setRefugee(keep.getRefugee() || other.getRefugee());
        keep.setDisability(keep.getDisability() || other.getDisability());
        if (other.getConsentGiven() && (!keep.getConsentGiven() || after(other.getConsentDate(), keep.getConsentDate()))) {
            keep.setConsentGiven(true);
            keep.setConsentDate(other.getConsentDate());
        }
        if (other.getGuardianConsent()
                && (!keep.getGuardianConsent() || after(other.getGuardianConsentDate(), keep.getGuardianConsentDate()))) {
            keep.setGuardianConsent(true);
            keep.setGuardianName(other.getGuardianName());
            keep.setGuardianConsentDate(other.getGuardianConsentDate());
        }
    }

    private static boolean after(@Nullable LocalDate date, @Nullable LocalDate than) {
        return date != null && than != null && date.isAfter(than);
    }

    private static @Nullable String normaliseEmail(@Nullable String email) {
        String trimmed = trimToNull(email);
        return trimmed == null ? null : trimmed.toLowerCase(Locale.ROOT);
    }

    private static @Nullable String trimToNull(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.trim();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
