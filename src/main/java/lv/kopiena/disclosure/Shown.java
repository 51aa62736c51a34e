package lv.kopiena.disclosure;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What a protected reader sees of an exact value: 0, a multiple of the rounding base, or "fewer than
 * the base" (no number at all, so that the exact value cannot travel further by mistake).
 *
 * @param value the shown number, or null for "&lt;5"
 */
public record Shown(@Nullable BigDecimal value) {

    public static final Shown FEWER_THAN_BASE = new Shown(null);

    /** True for "&lt;5": a count from 1 to 4, or an amount that fewer than 5 people contributed to. */
    public boolean small() {
        return value == null;
    }

    /** The text in every language and file: the number, or "&lt;5". */
    public String text() {
        return value == null ? "<" + RandomRounding.BASE : value.stripTrailingZeros().toPlainString();
    }
}
