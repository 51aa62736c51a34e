package lv.kopiena.certificate;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the public check of a certificate shows: what was printed on it and whether it still
 * stands (it is withdrawn when the attendance it was issued for is unmarked). Nothing else about
 * the person.
 */
public record CertificateCheck(String code, String holderName, String workshopTitle, LocalDate workshopDate,
                               BigDecimal hours, String centreName, LocalDate issuedOn, boolean valid) {

    /** The code as people read and type it: XXXX-XXXX-XXXX. */
    public String displayCode() {
        return CertificateCodes.format(code);
    }
}
