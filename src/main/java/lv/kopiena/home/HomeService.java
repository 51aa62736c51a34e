package lv.kopiena.home;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import lv.kopiena.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The start page's numbers: a coordinator's are limited to its own centre, an admin's cover all
 * centres. Only counts and initiative titles, no personal data.
 */
@Service
@Transactional(readOnly = true)
public class HomeService {

    private final HomeRepository repository;
    private final CurrentUser currentUser;
    private final Clock clock;

    HomeService(HomeRepository repository, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public Overview overview() {
        Optional<Long> centre = currentUser.centreScope();
        LocalDate today = LocalDate.now(clock);
        LocalDateTime now = LocalDateTime.now(clock);
        return new Overview(
                centre.flatMap(repository::centreName).orElse(null),
                repository.runningInitiatives(centre, today),
                repository.activitiesBetween(centre, today.withDayOfYear(1).atStartOfDay(),
                        today.withDayOfYear(1).plusYears(1).atStartOfDay()),
                repository.activitiesBetween(centre, now, now.plusYears(10)),
                repository.participants(centre));
    }
}
