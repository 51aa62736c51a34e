package lv.kopiena.certificate;

import java.math.BigDecimal;
import java.util.List;

/** The attended workshops of one calendar year, newest first, and their hours added up. */
public record YearHours(int year, BigDecimal hours, List<LedgerEntry> entries) {
}
