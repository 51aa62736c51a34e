package lv.kopiena.initiative;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A span of days with a known start and, when it is known, an end (inclusive). */
public record Period(LocalDate start, @Nullable LocalDate end) {

    public Period {
        Objects.requireNonNull(start, "start");
    }

    /**
     * Whether {@code other} lies within this period. An open end of this period reaches any later
     * day; an open end of {@code other} is not held against it (it is not known yet).
     */
    public boolean contains(Period other) {
        if (other.start.isBefore(start)) {
            return false;
        }
        if (end == null) {
            return true;
        }
        return !other.start.isAfter(end) && (other.end == null || !other.end.isAfter(end));
    }
}
