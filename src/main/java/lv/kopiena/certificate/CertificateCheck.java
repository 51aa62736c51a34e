package lv.kopiena.certificate;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the public check of a certificate shows: what was printed on it and whether it still
 * stands (it is withdrawn when the attendance it was issued for is unmarked). Nothing else about
 * the person; no name at all once the holder was erased.
 */
public record CertificateCheck(String code, @Nullable String holderName, String workshopTitle, LocalDate workshopDate,
                               BigDecimal hours, String centreName, LocalDate issuedOn, boolean valid) {

    /**
     * The holder's name was removed at the holder's request (GDPR erasure): the certificate still
     * verifies, and the page says why there is no name.
     */
    public boolean holderErased() {
        return holderName == null;
    }

    /** The code as people read and type it: XXXX-XXXX-XXXX. */
    public String displayCode() {
        return CertificateCodes.format(code);
    }
}
