package lv.kopiena.disclosure;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The rule that turns an exact value and its cell key into what a protected reader sees (see the
 * package description): 0 stays 0, 1 to 4 is "&lt;5", and anything from 5 up is rounded to a
 * multiple of 5, up with a probability equal to the remainder / 5 and down otherwise, the "coin"
 * being the cell key. Since the key is uniform over [0, 2<sup>32</sup>), the expected shown value is
 * the exact one; since the same records always have the same key, the same records always show the
 * same number.
 */
public final class RandomRounding {

    /** Counts are shown as multiples of this; fewer than this many are not shown at all. */
    public static final int BASE = 5;

    private static final BigDecimal BIG_BASE = BigDecimal.valueOf(BASE);
    private static final BigDecimal MODULUS = BigDecimal.valueOf(CellKeys.MODULUS);

    private RandomRounding() {
    }

    /** A count (people, attendances, activities, institutions) as a protected reader sees it. */
    public static Shown count(long exact, long cellKey) {
        if (exact < 0) {
            throw new IllegalArgumentException("A count is never negative: " + exact);
        }
        return round(BigDecimal.valueOf(exact), cellKey);
    }

    /**
     * An amount summed over people (e.g. professional-development hours) as a protected reader sees
     * it: hidden when 1 to 4 people contributed (it would tell what they did), else rounded to a
     * multiple of 5 like a count, with the cell key of the records summed.
     */
    public static Shown amount(BigDecimal exact, long contributors, long cellKey) {
        if (exact.signum() < 0 || contributors < 0) {
            throw new IllegalArgumentException("An amount and its contributors are never negative");
        }
        if (contributors >= 1 && contributors < BASE) {
            return Shown.FEWER_THAN_BASE;
        }
        return round(exact, cellKey);
    }

    private static Shown round(BigDecimal exact, long cellKey) {
        if (cellKey < 0 || cellKey >= CellKeys.MODULUS) {
            throw new IllegalArgumentException("A cell key is from 0 to 2^32 - 1: " + cellKey);
        }
        if (exact.signum() == 0) {
            return new Shown(BigDecimal.ZERO);
        }
        if (exact.compareTo(BIG_BASE) < 0) {
            return Shown.FEWER_THAN_BASE;
        }
        BigDecimal down = exact.divide(BIG_BASE, 0, RoundingMode.FLOOR).multiply(BIG_BASE);
        BigDecimal remainder = exact.subtract(down);
        // up when key / 2^32 < remainder / 5, i.e. key * 5 < remainder * 2^32: exact, no floating point
        boolean up = BigDecimal.valueOf(cellKey).multiply(BIG_BASE).compareTo(remainder.multiply(MODULUS)) < 0;
        return new Shown(up ? down.add(BIG_BASE) : down);
    }
}
