package lv.kopiena.certificate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** One attended workshop in an educator's hours ledger, with its certificate code once issued. */
public record LedgerEntry(long signupId, String title, LocalDate date, String centreName, BigDecimal hours,
                          Optional<String> certificateCode) {
}
