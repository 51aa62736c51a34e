package lv.kopiena.initiative;

import java.util.Set;

/**
 * The lists an initiative is linked to: funding and partner institutions, priorities and target
 * groups (ids). Saving an initiative replaces all four with these.
 */
public record InitiativeLinks(Set<Long> funderIds, Set<Long> partnerIds, Set<Long> priorityIds,
                              Set<Long> targetGroupIds) {

    public InitiativeLinks {
        funderIds = Set.copyOf(funderIds);
        partnerIds = Set.copyOf(partnerIds);
        priorityIds = Set.copyOf(priorityIds);
        targetGroupIds = Set.copyOf(targetGroupIds);
    }

    public static InitiativeLinks none() {
        return new InitiativeLinks(Set.of(), Set.of(), Set.of(), Set.of());
    }
}
