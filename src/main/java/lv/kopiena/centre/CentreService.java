package lv.kopiena.centre;

import lv.kopiena.audit.AuditAction;
import lv.kopiena.audit.AuditLog;
import java.util.List;
import lv.kopiena.base.NotFoundException;
import lv.kopiena.base.PageRequest;
import lv.kopiena.base.ReferencedException;
import lv.kopiena.base.Texts;
import lv.kopiena.base.ValidationException;
import lv.kopiena.jooq.tables.records.CentreRecord;
import lv.kopiena.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Community resource centres. Admins manage them; a coordinator may read the list (to see which
 * centres exist) and its own centre's record. Names are unique so people can tell centres apart.
 */
@Service
@Transactional(readOnly = true)
public class CentreService {

    private final CentreRepository repository;
    private final CurrentUser currentUser;

    private final AuditLog audit;

    CentreService(CentreRepository repository, CurrentUser currentUser, AuditLog audit) {
        this.audit = audit;
        this.repository = repository;
        this.currentUser = currentUser;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public List<Centre> list(String search, PageRequest page) {
        return repository.find(search, page);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public int count(String search) {
        return repository.count(search);
    }

    /** All centres for a selection field (a region has tens of centres, not thousands). */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public List<Centre> all() {
        return repository.find("", new PageRequest(0, 10_000, List.of()));
    }

    /** A record to edit in a form. */
    @PreAuthorize("hasRole('ADMIN')")
    public CentreRecord get(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("centre", id));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public CentreRecord newCentre() {
        return new CentreRecord();
    }

    /**
     * Saves a new or edited centre.
     *
     * @throws lv.kopiena.base.ConcurrentEditException when someone else saved it meanwhile
     * @throws ValidationException when the name is taken, or a value is missing, too long or holds
     *         control characters
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public CentreRecord save(CentreRecord centre) {
        centre.setName(Texts.requiredSingleLine(centre.getName(), 200));
        centre.setAddress(Texts.singleLine(centre.getAddress(), 300));
        centre.setPremises(Texts.singleLine(centre.getPremises(), 300));
        centre.setContactName(Texts.singleLine(centre.getContactName(), 120));
        centre.setContactEmail(Texts.singleLine(centre.getContactEmail(), 254));
        centre.setContactPhone(Texts.singleLine(centre.getContactPhone(), 40));
        if (repository.nameTaken(centre.getName(), centre.getId())) {
            throw new ValidationException("centre.error.name-taken", centre.getName());
        }
        if (centre.getMunicipalityId() == null) {
            throw new ValidationException("validation.required");
        }
        return repository.save(centre);
    }

    /** @throws ReferencedException when accounts, initiatives, activities or participants belong to it */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void delete(long id) {
        ReferencedException.throwIfReferenced(repository.referencesTo(id));
        repository.delete(id);
        audit.record(AuditAction.DELETE, "centre", id, id, null);
    }

    /** The centre of the logged-in coordinator, if any. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public java.util.Optional<Long> ownCentreId() {
        return java.util.Optional.ofNullable(currentUser.require().centreId());
    }
}
