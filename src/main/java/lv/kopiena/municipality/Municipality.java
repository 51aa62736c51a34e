package lv.kopiena.municipality;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A municipality, today's or a former one merged in the 2021 territorial reform. A former one
 * knows its successor, so it can be shown as "Aglonas novads (now Preiļu novads)".
 */
public record Municipality(long id, String name, String region, @Nullable Long successorId,
                           @Nullable String successorName, @Nullable LocalDate mergedOn) {

    public boolean isFormer() {
        return successorId != null;
    }

    /** Today's municipality this one belongs to: itself, or its successor. */
    public long currentId() {
        return successorId != null ? successorId : id;
    }
}
