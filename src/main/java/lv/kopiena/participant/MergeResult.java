package lv.kopiena.participant;

/**
 * What a merge did: the kept participant, the attendance moved to it from the removed one, and
 * the attendance dropped because the kept one already attended the same activity.
 */
public record MergeResult(long keptId, int movedAttendance, int alreadyAttended) {
}
