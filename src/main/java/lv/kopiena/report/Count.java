package lv.kopiena.report;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A number of a report as it may be shown to its reader: a count of people or activities (a
 * {@link Long}) or an amount such as professional-development hours (a {@link BigDecimal}). A
 * hidden number carries no value at all, so the exact number never leaves the service for a funder.
 */
public record Count(@Nullable Number value, Suppression suppression) {

    public Count {
        if ((value == null) != (suppression != Suppression.NONE)) {
            throw new IllegalArgumentException("A count has a value exactly when it is not suppressed");
        }
    }

    public static Count of(long value) {
        return new Count(value, Suppression.NONE);
    }

    public static Count of(BigDecimal amount) {
        return new Count(amount, Suppression.NONE);
    }

    public static Count small() {
        return new Count(null, Suppression.SMALL);
    }

    public boolean shown() {
        return suppression == Suppression.NONE;
    }

    /** The text of a cell in every language and every export: the number or "<5". */
    public String text() {
        return switch (suppression) {
            case NONE -> value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : String.valueOf(value);
            case SMALL -> "<5";
        };
    }
}
