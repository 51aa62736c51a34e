package lv.kopiena.certificate;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What issuing a certificate needs to know about a sign-up: whose it is, which centre runs the
 * workshop (for access), whether attendance is marked, and what the certificate will say.
 */
record SignupFacts(long signupId, long accountId, long centreId, boolean attended, String holderName,
                   String workshopTitle, LocalDate workshopDate, BigDecimal hours, String centreName) {
}
