package lv.kopiena.certificate;

import java.math.BigDecimal;
import java.util.List;

/** An educator's professional-development hours: per calendar year (newest first) and in all. */
public record HoursLedger(List<YearHours> years, BigDecimal totalHours) {

    public boolean isEmpty() {
        return years.isEmpty();
    }
}
