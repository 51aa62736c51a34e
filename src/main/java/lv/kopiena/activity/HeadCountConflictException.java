package lv.kopiena.activity;

import java.util.Map;
import lv.kopiena.base.ConcurrentEditException;

/**
 * Someone else saved a head count that this user changed too, after this user loaded it. Nothing
 * was saved; the exception carries the categories in question with their values now, so the
 * user can see them and decide.
 */
public class HeadCountConflictException extends ConcurrentEditException {

    private final transient Map<ParticipantCategory, Integer> changedMeanwhile;

    public HeadCountConflictException(Map<ParticipantCategory, Integer> changedMeanwhile) {
        super("head counts " + changedMeanwhile.keySet(), null);
        this.changedMeanwhile = Map.copyOf(changedMeanwhile);
    }

    /** The categories someone else changed, with their current values. */
    public Map<ParticipantCategory, Integer> changedMeanwhile() {
        return changedMeanwhile;
    }
}
