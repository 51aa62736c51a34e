package lv.kopiena.municipality;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Latvia's municipalities with their 2021 merger history: a short reference list (a few dozen
 * rows) read whole for selection fields. Not personal data, so every logged-in role may read it.
 */
@Service
@Transactional(readOnly = true)
public class MunicipalityService {

    private final MunicipalityRepository repository;

    MunicipalityService(MunicipalityRepository repository) {
        this.repository = repository;
    }

    /** All municipalities, today's and former ones, by name. */
    @PreAuthorize("isAuthenticated()")
    public List<Municipality> all() {
        return repository.findAll();
    }

    /** Only today's municipalities, e.g. for a new centre. */
    @PreAuthorize("isAuthenticated()")
    public List<Municipality> current() {
        return repository.findAll().stream().filter(m -> !m.isFormer()).toList();
    }
}
