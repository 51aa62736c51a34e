package lv.kopiena.institution;

import lv.kopiena.audit.AuditAction;
import lv.kopiena.audit.AuditLog;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import lv.kopiena.base.NotFoundException;
import lv.kopiena.base.PageRequest;
import lv.kopiena.base.ReferencedException;
import lv.kopiena.base.Texts;
import lv.kopiena.base.ValidationException;
import lv.kopiena.jooq.tables.records.InstitutionRecord;
import lv.kopiena.security.CurrentUser;
import lv.kopiena.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partner institutions: one regional list shared by all centres, so it is not scoped to a
 * centre. Coordinators register partners in their daily work, so admins and coordinators read,
 * create and edit it; only an admin deletes, and only what nothing refers to. Educators and
 * funders have no access. Other features pick institutions through {@link #options},
 * {@link #findOption} and {@link #options(Collection)}, which return light {@link InstitutionOption}s.
 * A new or renamed institution whose name looks like an existing one gets a warning
 * ({@link #similar}), never a refusal.
 */
@Service
@Transactional(readOnly = true)
public class InstitutionService {

    /** At most this many options per call, however many a caller asks for. */
    public static final int MAX_OPTIONS = 100;
    /** Where educators work: the institutions a person registering as an educator may name. */
    public static final Set<InstitutionType> WORKPLACES = EnumSet.of(InstitutionType.SCHOOL,
            InstitutionType.KINDERGARTEN, InstitutionType.NGO, InstitutionType.LIBRARY, InstitutionType.MUSEUM,
            InstitutionType.MUNICIPALITY);
    /** How many look-alike names the duplicate warning lists. */
    static final int MAX_SIMILAR = 5;
    /** How many candidates the SQL prefilter hands to the Java scoring. */
    private static final int MAX_CANDIDATES = 200;
    /** Notes are free text; the column holds more, but a note longer than this is a document. */
    public static final int MAX_NOTES = 10_000;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final InstitutionRepository repository;
    private final CurrentUser currentUser;

    private final AuditLog audit;

    InstitutionService(InstitutionRepository repository, CurrentUser currentUser, AuditLog audit) {
        this.audit = audit;
        this.repository = repository;
        this.currentUser = currentUser;
    }

    /** One page of the list, filtered and sorted by "name", "type" or "municipality". */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public List<Institution> list(InstitutionFilter filter, PageRequest page) {
        return repository.find(filter, page);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public int count(InstitutionFilter filter) {
        return repository.count(filter);
    }

    /**
     * Institutions whose name contains {@code search} (case and accents ignored), by name, for a
     * selection field. Lazy combo boxes use {@link #options(String, int, int)}.
     *
     * @param limit at most {@link #MAX_OPTIONS}
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public List<InstitutionOption> options(String search, int limit) {
        return options(search, 0, limit);
    }

    /**
     * A page of {@link #options(String, int)}, e.g. for a lazy ComboBox:
     * {@code combo.setItems(q -> institutions.options(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream())}.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public List<InstitutionOption> options(String search, int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
        return repository.options(search == null ? "" : search, offset, Math.min(limit, MAX_OPTIONS));
    }

    /**
     * A page of the {@link #WORKPLACES} whose name contains {@code search}, for the public
     * registration form: an option holds only an institution's name, type and place, never its
     * contacts, so anyone may ask.
     */
    @PreAuthorize("permitAll()")
    public List<InstitutionOption> workplaceOptions(String search, int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
        return repository.options(search == null ? "" : search, WORKPLACES, offset, Math.min(limit, MAX_OPTIONS));
    }

    /** Whether the institution exists and is one of the {@link #WORKPLACES}. */
    @PreAuthorize("permitAll()")
    public boolean isWorkplace(long id) {
        return repository.option(id).filter(o -> WORKPLACES.contains(o.type())).isPresent();
    }

    /** The options of these ids (e.g. an initiative's partners), by name; unknown ids are left out. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public List<InstitutionOption> options(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : repository.options(ids);
    }

    /** One option, e.g. to show the institution a record refers to. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public Optional<InstitutionOption> findOption(long id) {
        return repository.option(id);
    }

    /** A record to edit in a form. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public InstitutionRecord get(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("institution", id));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public InstitutionRecord newInstitution() {
        return new InstitutionRecord();
    }

    /**
     * Existing institutions whose name looks like {@code name}: the same once case, accents,
     * punctuation, word order and legal forms are ignored, one contained in the other, or a
     * typo apart. For a warning while typing; saving is still allowed.
     *
     * @param exceptId the institution being edited, which is not its own duplicate
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public List<SimilarInstitution> similar(String name, @Nullable Long exceptId) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        List<InstitutionOption> candidates = repository.candidates(
                NameSimilarity.stems(name), name.trim(), exceptId, MAX_CANDIDATES);
        return NameSimilarity.similar(name, candidates, MAX_SIMILAR);
    }

    /**
     * Saves a new or edited institution. Look-alike names are not refused here (see {@link #similar}).
     *
     * @throws lv.kopiena.base.ConcurrentEditException when someone else saved it meanwhile
     * @throws ValidationException when a required value is missing or a value is malformed
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public InstitutionRecord save(InstitutionRecord institution) {
        institution.setName(Texts.requiredSingleLine(institution.getName(), 200));
        if (institution.getType() == null) {
            throw new ValidationException("validation.required");
        }
        try {
            InstitutionType.valueOf(institution.getType());
        } catch (IllegalArgumentException e) {
            throw new ValidationException("institution.error.unknown-type", institution.getType());
        }
        if (institution.getMunicipalityId() == null) {
            throw new ValidationException("validation.required");
        }
        if (!repository.municipalityExists(institution.getMunicipalityId())) {
            throw new NotFoundException("municipality", institution.getMunicipalityId());
        }
        institution.setContactName(Texts.singleLine(institution.getContactName(), 120));
        institution.setContactEmail(Texts.singleLine(institution.getContactEmail(), 254));
        if (institution.getContactEmail() != null && !EMAIL.matcher(institution.getContactEmail()).matches()) {
            throw new ValidationException("validation.email");
        }
        institution.setContactPhone(Texts.singleLine(institution.getContactPhone(), 40));
        institution.setNotes(Texts.multiLine(institution.getNotes(), MAX_NOTES));
        return repository.save(institution);
    }

    /** Only an admin deletes institutions. */
    @PreAuthorize("isAuthenticated()")
    public boolean canDelete() {
        return currentUser.hasRole(Role.ADMIN);
    }

    /**
     * Deletes an institution that nothing refers to.
     *
     * @throws ReferencedException listing the initiatives, activities, participants and accounts that refer to it
     * @throws NotFoundException when it no longer exists
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void delete(long id) {
        ReferencedException.throwIfReferenced(repository.referencesTo(id));
        if (repository.delete(id) == 0) {
            throw new NotFoundException("institution", id);
        }
        audit.record(AuditAction.DELETE, "institution", id, null, null);
    }
}
