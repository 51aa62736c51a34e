package lv.kopiena.educator;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lv.kopiena.base.PageRequest;
import lv.kopiena.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public side of workshops: anyone, logged in or not, may list the upcoming open workshops
 * and read one, because that is how teachers find them. What is public is only what a poster on
 * the door would say: no online link (that goes to people with a confirmed seat) and nobody's
 * name. An educator also reads its own sign-ups here, never anyone else's.
 */
@Service
@Transactional(readOnly = true)
public class WorkshopCatalogueService {

    private final WorkshopCatalogueRepository repository;
    private final CurrentUser currentUser;
    private final Clock clock;

    WorkshopCatalogueService(WorkshopCatalogueRepository repository, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * A page of upcoming open workshops, soonest first unless the page asks for another order.
     *
     * @param reader the language to name the priorities in
     * @throws IllegalArgumentException for a sort property other than "startsAt"
     */
    @PreAuthorize("permitAll()")
    public List<WorkshopCard> list(CatalogueFilter filter, PageRequest page, Locale reader) {
        return repository.find(filter, page, reader, now());
    }

    @PreAuthorize("permitAll()")
    public int count(CatalogueFilter filter) {
        return repository.count(filter, now());
    }

    /** One workshop, also a past or cancelled one; empty when there is no such workshop. */
    @PreAuthorize("permitAll()")
    public Optional<WorkshopDetail> find(long id, Locale reader) {
        return repository.find(id, reader, now());
    }

    /** Centres that have an upcoming open workshop, for the filter. */
    @PreAuthorize("permitAll()")
    public List<CentreOption> centres() {
        return repository.centresWithUpcoming(now());
    }

    /** The active programme priorities, for the filter. */
    @PreAuthorize("permitAll()")
    public List<PriorityOption> priorities() {
        return repository.activePriorities();
    }

    /** The logged-in educator's sign-ups: upcoming first (soonest first), then past ones. */
    @PreAuthorize("hasRole('EDUCATOR')")
    public List<MySignup> mySignups() {
        return repository.signupsOf(currentUser.require().id(), now());
    }

    /** The logged-in educator's place in one workshop, if it ever signed up for it. */
    @PreAuthorize("hasRole('EDUCATOR')")
    public Optional<MySignup> mine(long workshopId) {
        return repository.signupOf(currentUser.require().id(), workshopId, now());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
