package lv.kopiena.privacy;

import org.jspecify.annotations.Nullable;

/**
 * A centre's retention rule. {@code version} is null for a rule never saved (the defaults: off,
 * 5 years, minors' contact data removed at 18); a save with an old version is refused.
 *
 * @param inactiveYears     participants without any activity for this many years are erased (1-50)
 * @param minorsContactAt18 the e-mail and phone of people registered as minors are removed at 18
 */
public record RetentionRule(long centreId, boolean enabled, int inactiveYears, boolean minorsContactAt18,
                            @Nullable Integer version) {

    public static final int MIN_YEARS = 1;
    public static final int MAX_YEARS = 50;
    public static final int DEFAULT_YEARS = 5;

    static RetentionRule defaults(long centreId) {
        return new RetentionRule(centreId, false, DEFAULT_YEARS, true, null);
    }

    public RetentionRule with(boolean enabled, int inactiveYears, boolean minorsContactAt18) {
        return new RetentionRule(centreId, enabled, inactiveYears, minorsContactAt18, version);
    }
}
