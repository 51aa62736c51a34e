package lv.kopiena.initiative;

import java.util.List;
import java.util.Set;
import lv.kopiena.jooq.tables.records.InitiativeRecord;
import org.jspecify.annotations.Nullable;

/**
 * An initiative as its form edits it: the record (read with its version, for optimistic locking)
 * and what the form shows around it: the centre's name, the chosen institutions with their
 * names, the ids of its priorities and target groups, and its coordinator.
 */
public record InitiativeDetail(InitiativeRecord initiative, @Nullable String centreName,
                               @Nullable InstitutionOption lead, List<InstitutionOption> funders,
                               List<InstitutionOption> partners, Set<Long> priorityIds, Set<Long> targetGroupIds,
                               @Nullable CoordinatorOption coordinator) {

    public boolean isNew() {
        return initiative.getId() == null;
    }
}
