package lv.kopiena.audit;

import java.util.List;
import lv.kopiena.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the audit trail: admins see all of it; a coordinator sees its centre's entries and the
 * changes to the shared list of institutions. Nothing here changes or removes an entry: the trail
 * is written only by {@link AuditLog} and trimmed only by the retention job. The chain check
 * tells whether any sealed entry was changed or removed since it was written.
 */
@Service
@Transactional(readOnly = true)
public class AuditService {

    private final AuditRepository repository;
    private final AuditChain chain;
    private final CurrentUser currentUser;

    AuditService(AuditRepository repository, AuditChain chain, CurrentUser currentUser) {
        this.repository = repository;
        this.chain = chain;
        this.currentUser = currentUser;
    }

    /** A page of entries, newest first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public List<AuditEntry> list(AuditFilter filter, int offset, int limit) {
        return repository.find(filter, scope(), Math.max(0, offset), Math.clamp(limit, 0, 500));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public int count(AuditFilter filter) {
        return repository.count(filter, scope());
    }

    /** The kinds of records the trail holds entries about, for the filter. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public List<String> recordTypes() {
        return repository.recordTypes();
    }

    /** Seals what is committed and checks the whole chain. Only admins: it reads every entry. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public ChainCheck checkChain() {
        return chain.check();
    }

    private @Nullable Long scope() {
        return currentUser.centreScope().orElse(null);
    }
}
