package lv.kopiena.activity;

import java.util.Map;

/** How many people were at an activity: named ones, and those counted by head per category. */
public record AttendanceTotals(int named, Map<ParticipantCategory, Integer> headCounts) {

    public AttendanceTotals {
        headCounts = Map.copyOf(headCounts);
    }

    public int headCountTotal() {
        return headCounts.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int total() {
        return named + headCountTotal();
    }
}
