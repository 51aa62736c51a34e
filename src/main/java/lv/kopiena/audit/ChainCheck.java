package lv.kopiena.audit;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The result of checking the audit trail's hash chain: how many sealed entries were checked, from
 * when, and the first entry (by id) where the chain breaks, if any.
 *
 * @param brokenAt the id of the first entry that was changed, or whose predecessor was removed
 */
public record ChainCheck(long checked, @Nullable LocalDateTime since, @Nullable Long brokenAt, long unsealed) {

    public boolean intact() {
        return brokenAt == null;
    }
}
