package lv.kopiena.activity;

import java.util.Set;

/** The priorities and target groups an activity is tagged with (ids); saved together with it. */
public record ActivityLinks(Set<Long> priorityIds, Set<Long> targetGroupIds) {

    public ActivityLinks {
        priorityIds = Set.copyOf(priorityIds);
        targetGroupIds = Set.copyOf(targetGroupIds);
    }

    public static ActivityLinks none() {
        return new ActivityLinks(Set.of(), Set.of());
    }
}
