package lv.kopiena.certificate;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import lv.kopiena.base.CentreScope;
import lv.kopiena.base.NotFoundException;
import lv.kopiena.base.PublicUrl;
import lv.kopiena.base.ValidationException;
import lv.kopiena.security.CurrentUser;
import lv.kopiena.security.KopienaUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Professional-development hours and their certificates. Hours come only from attendance that a
 * coordinator marked on a confirmed place; the educator can read them, never change them. A
 * certificate is issued on first request (the first download) and keeps a copy of what it
 * certifies, under a random code that anyone can check on the public page without logging in;
 * it stays valid while the attendance stands. An educator gets certificates for its own sign-ups,
 * a coordinator for its centre's workshops, an admin for any; a funder for none.
 */
@Service
@Transactional(readOnly = true)
public class CertificateService {

    /** Random 60-bit codes practically never clash; a few attempts are a guard, not a need. */
    private static final int CODE_ATTEMPTS = 5;

    private final CertificateRepository repository;
    private final CertificateDocument document;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final PublicUrl publicUrl;
    private final SecureRandom random = new SecureRandom();

    CertificateService(CertificateRepository repository, CertificateDocument document, CurrentUser currentUser,
                       Clock clock, PublicUrl publicUrl) {
        this.repository = repository;
        this.document = document;
        this.currentUser = currentUser;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    /** The logged-in educator's attended workshops with hours per calendar year, newest first. */
    @PreAuthorize("hasRole('EDUCATOR')")
    public HoursLedger myLedger() {
        List<LedgerEntry> entries = repository.attendedBy(currentUser.require().id());
        Map<Integer, List<LedgerEntry>> byYear = new LinkedHashMap<>();
        for (LedgerEntry entry : entries) {
            byYear.computeIfAbsent(entry.date().getYear(), y -> new ArrayList<>()).add(entry);
        }
        List<YearHours> years = byYear.entrySet().stream()
                .map(e -> new YearHours(e.getKey(), sum(e.getValue()), List.copyOf(e.getValue())))
                .toList();
        return new HoursLedger(years, sum(entries));
    }

    /**
     * The certificate of an attended sign-up, issued now if it has none yet. Two requests at once
     * end with one certificate: the unique key on the sign-up refuses the second insert, which then
     * reads the first one's certificate.
     *
     * @throws ValidationException when the attendance is not marked
     * @throws NotFoundException for a missing sign-up, another educator's or another centre's, alike
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'EDUCATOR')")
    public IssuedCertificate issue(long signupId) {
        return issue(accessible(signupId));
    }

    /** The certificate as an A4 PDF in the given language, issued first if needed (same access as {@link #issue}). */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'EDUCATOR')")
    public byte[] pdf(long signupId, Locale locale) {
        IssuedCertificate certificate = issue(accessible(signupId));
        return document.render(certificate, verificationUrl(certificate), locale);
    }

    /**
     * The public check of a typed code (any case, with or without dashes and spaces): what the
     * certificate says and whether it still stands, or empty when there is no such certificate.
     */
    @PreAuthorize("permitAll()")
    public Optional<CertificateCheck> verify(String code) {
        return CertificateCodes.normalise(code).flatMap(repository::check);
    }

    private IssuedCertificate issue(SignupFacts signup) {
        if (!signup.attended()) {
            throw new ValidationException("certificate.error.not-attended");
        }
        Optional<IssuedCertificate> existing = repository.certificateOf(signup.signupId(), false);
        if (existing.isPresent()) {
            return existing.get();
        }
        for (int attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
            IssuedCertificate fresh = new IssuedCertificate(signup.signupId(), CertificateCodes.random(random),
                    LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS), signup.holderName(),
                    signup.workshopTitle(), signup.workshopDate(), signup.hours(), signup.centreName());
            if (repository.insert(fresh)) {
                return fresh;
            }
            // Either a request at the same time issued this sign-up's certificate (use it) or the
            // random code is taken (draw another).
            Optional<IssuedCertificate> concurrent = repository.certificateOf(signup.signupId(), true);
            if (concurrent.isPresent()) {
                return concurrent.get();
            }
        }
        throw new IllegalStateException("No free certificate code after " + CODE_ATTEMPTS + " attempts");
    }

    /**
     * The sign-up, if the caller may have its certificate. Another educator's sign-up and another
     * centre's are "not found", exactly like a missing one.
     */
    private SignupFacts accessible(long signupId) {
        KopienaUser user = currentUser.require();
        Optional<SignupFacts> signup = repository.signup(signupId);
        return switch (user.role()) {
            case EDUCATOR -> signup.filter(s -> s.accountId() == user.id())
                    .orElseThrow(() -> new NotFoundException("workshop sign-up", signupId));
            case ADMIN, COORDINATOR -> CentreScope.of(currentUser.centreScope())
                    .require(signup, SignupFacts::centreId, "workshop sign-up", signupId);
            default -> throw new AccessDeniedException("No access to certificates");
        };
    }

    private String verificationUrl(IssuedCertificate certificate) {
        return publicUrl.link("/certificates/verify/" + certificate.displayCode());
    }

    private static BigDecimal sum(List<LedgerEntry> entries) {
        return entries.stream().map(LedgerEntry::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
