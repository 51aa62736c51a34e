package lv.kopiena.certificate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A certificate as it was issued: what it certifies is a copy taken at issue, so that the printed
 * certificate and the public check always agree. The code is stored without dashes.
 */
public record IssuedCertificate(long signupId, String code, LocalDateTime issuedAt, String holderName,
                                String workshopTitle, LocalDate workshopDate, BigDecimal hours, String centreName) {

    /** The code as people read and type it: XXXX-XXXX-XXXX. */
    public String displayCode() {
        return CertificateCodes.format(code);
    }
}
