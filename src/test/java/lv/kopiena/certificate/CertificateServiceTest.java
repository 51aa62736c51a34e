package lv.kopiena.certificate;

import static lv.kopiena.base.NotFoundAssertions.assertAnsweredAsMissing;
import static lv.kopiena.certificate.CertificateFixtures.LUDZA;
import static lv.kopiena.certificate.CertificateFixtures.PREILI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import lv.kopiena.IntegrationTest;
import lv.kopiena.base.ValidationException;
import lv.kopiena.i18n.TranslationProvider;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class CertificateServiceTest extends IntegrationTest {

    @Autowired
    CertificateService certificates;
    @Autowired
    TranslationProvider translations;
    @Autowired
    DSLContext dsl;

    CertificateFixtures fixtures;
    long educator;
    long attended;

    @BeforeEach
    void workshops() {
        fixtures = new CertificateFixtures(dsl);
        educator = fixtures.accountId("educator");
        long workshop = fixtures.workshop(PREILI, "Kopienu mediācija skolā", LocalDateTime.of(2025, 3, 14, 10, 0), "6");
        attended = fixtures.signup(workshop, educator, "CONFIRMED", true);
    }

    @Test
    void the_ledger_shows_only_attended_confirmed_sign_ups_with_hours_per_year() {
        long ieva = fixtures.educator("ieva.test@skola.example.lv", "Ieva Testa");
        fixtures.signup(fixtures.workshop(PREILI, "Mediācija 1", LocalDateTime.of(2025, 3, 14, 10, 0), "6"), ieva, "CONFIRMED", true);
        fixtures.signup(fixtures.workshop(LUDZA, "Digitālie rīki", LocalDateTime.of(2025, 10, 2, 10, 0), "4.5"), ieva, "CONFIRMED", true);
        fixtures.signup(fixtures.workshop(PREILI, "Iekļaujošā izglītība", LocalDateTime.of(2024, 5, 20, 9, 0), "8"), ieva, "CONFIRMED", true);
        fixtures.signup(fixtures.workshop(PREILI, "Nav atnācis", LocalDateTime.of(2025, 11, 5, 10, 0), "3"), ieva, "CONFIRMED", false);
        fixtures.signup(fixtures.workshop(PREILI, "Gaidīšanas sarakstā", LocalDateTime.of(2025, 11, 6, 10, 0), "2"), ieva, "WAITING", false);
        fixtures.signup(fixtures.workshop(PREILI, "Atteicies", LocalDateTime.of(2025, 11, 7, 10, 0), "2"), ieva, "CANCELLED", false);
        login("ieva.test@skola.example.lv");

        HoursLedger ledger = certificates.myLedger();

        assertThat(ledger.years()).extracting(YearHours::year).containsExactly(2025, 2024);
        assertThat(ledger.years().getFirst().hours()).isEqualByComparingTo("10.5");
        assertThat(ledger.years().getFirst().entries()).extracting(LedgerEntry::title)
                .containsExactly("Digitālie rīki", "Mediācija 1");
        assertThat(ledger.years().getFirst().entries()).extracting(LedgerEntry::centreName).containsExactly(LUDZA, PREILI);
        assertThat(ledger.years().get(1).hours()).isEqualByComparingTo("8");
        assertThat(ledger.totalHours()).isEqualByComparingTo("18.5");
        assertThat(ledger.years().getFirst().entries()).allSatisfy(e -> assertThat(e.certificateCode()).isEmpty());
    }

    @Test
    void the_ledger_shows_the_code_of_an_issued_certificate() {
        login("educator");
        String code = certificates.issue(attended).code();

        assertThat(certificates.myLedger().years()).flatExtracting(YearHours::entries)
                .filteredOn(e -> e.signupId() == attended)
                .extracting(LedgerEntry::certificateCode).containsExactly(Optional.of(code));
    }

    @Test
    void issuing_twice_returns_the_same_certificate_with_a_snapshot_of_the_workshop() {
        login("educator");
        IssuedCertificate first = certificates.issue(attended);
        IssuedCertificate second = certificates.issue(attended);

        assertThat(second.code()).isEqualTo(first.code());
        assertThat(first.code()).matches("[0-9A-HJKMNP-TV-Z]{12}");
        assertThat(first.displayCode()).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(fixtures.certificatesOf(attended)).isEqualTo(1);
        assertThat(first.holderName()).isEqualTo("Līga Pedagoģe");
        assertThat(first.workshopTitle()).isEqualTo("Kopienu mediācija skolā");
        assertThat(first.workshopDate()).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(first.hours()).isEqualByComparingTo("6");
        assertThat(first.centreName()).isEqualTo(PREILI);
        assertThat(first.issuedAt().toLocalDate()).isEqualTo(LocalDate.now(ZoneId.of("Europe/Riga")));
    }

    @Test
    void a_sign_up_without_marked_attendance_gets_a_translated_message_and_no_certificate() {
        long workshop = fixtures.workshop(PREILI, "Vēl nav noticis", LocalDateTime.of(2025, 12, 1, 10, 0), "4");
        long notAttended = fixtures.signup(workshop, educator, "CONFIRMED", false);
        login("educator");

        assertThatThrownBy(() -> certificates.issue(notAttended))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.translationKey()).isEqualTo("certificate.error.not-attended");
                    assertThat(translations.getTranslation(e.translationKey(), TranslationProvider.LATVIAN))
                            .isEqualTo("Apliecību izsniedz tikai par apmeklētu semināru.");
                });
        assertThatThrownBy(() -> certificates.pdf(notAttended, TranslationProvider.LATVIAN))
                .isInstanceOf(ValidationException.class);
        assertThat(fixtures.certificatesOf(notAttended)).isZero();
    }

    @Test
    void an_educator_asking_for_another_educators_certificate_is_answered_as_for_a_missing_one() {
        long other = fixtures.educator("cits.test@skola.example.lv", "Cits Pedagogs");
        long workshop = fixtures.workshop(PREILI, "Cita darbnīca", LocalDateTime.of(2025, 4, 1, 10, 0), "2");
        long othersSignup = fixtures.signup(workshop, other, "CONFIRMED", true);
        login("educator");

        for (long signup : new long[] {othersSignup, othersSignup + 1000}) {
            assertAnsweredAsMissing(() -> certificates.issue(signup), "workshop sign-up", signup);
            assertAnsweredAsMissing(() -> certificates.pdf(signup, TranslationProvider.ENGLISH), "workshop sign-up", signup);
        }
        assertThat(fixtures.certificatesOf(othersSignup)).isZero();
    }

    @Test
    void a_funder_has_no_hours_and_no_certificates() {
        login("funder");
        assertThatThrownBy(() -> certificates.myLedger()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> certificates.issue(attended)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> certificates.pdf(attended, TranslationProvider.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_an_educator_has_an_hours_ledger() {
        for (String user : List.of("admin", "coordinator")) {
            login(user);
            assertThatThrownBy(() -> certificates.myLedger()).as(user).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void a_coordinator_of_another_centre_cannot_issue_but_the_own_centres_coordinator_and_an_admin_can() {
        login("coordinator-ludza");
        assertAnsweredAsMissing(() -> certificates.issue(attended), "workshop sign-up", attended);
        assertAnsweredAsMissing(() -> certificates.pdf(attended, TranslationProvider.LATVIAN), "workshop sign-up", attended);
        assertThat(fixtures.certificatesOf(attended)).isZero();

        login("coordinator");
        String code = certificates.issue(attended).code();
        login("admin");
        assertThat(certificates.issue(attended).code()).isEqualTo(code);
    }

    @Test
    void the_pdf_shows_the_holder_in_latvian_letters_the_hours_and_the_code() throws Exception {
        long ilze = fixtures.educator("ilze.test@skola.example.lv", "Ilze Ķēniņa-Žūriņa");
        long workshop = fixtures.workshop(PREILI, "Āčēģīķļņšūž: valodas darbnīca", LocalDateTime.of(2025, 9, 18, 10, 0), "4.5");
        long signup = fixtures.signup(workshop, ilze, "CONFIRMED", true);
        login("ilze.test@skola.example.lv");

        byte[] pdf = certificates.pdf(signup, TranslationProvider.LATVIAN);
        IssuedCertificate certificate = certificates.issue(signup);

        String text = text(pdf);
        assertThat(text).contains("Ilze Ķēniņa-Žūriņa", "Āčēģīķļņšūž: valodas darbnīca", "Apliecība par dalību",
                "Profesionālās pilnveides stundas: 4,5", certificate.displayCode(), PREILI,
                "/certificates/verify/" + certificate.displayCode());
    }

    @Test
    void the_pdf_is_in_the_language_asked_for_including_ukrainian() throws Exception {
        login("educator");
        byte[] pdf = certificates.pdf(attended, TranslationProvider.UKRAINIAN);

        assertThat(text(pdf)).contains("Сертифікат про участь", "Години професійного розвитку: 6", "Līga Pedagoģe");
    }

    @Test
    void anyone_verifies_a_code_without_logging_in_however_it_is_typed() {
        login("educator");
        IssuedCertificate issued = certificates.issue(attended);
        logout();

        for (String typed : List.of(issued.displayCode(), issued.code().toLowerCase(),
                " " + issued.displayCode().toLowerCase().replace("-", " ") + " ")) {
            Optional<CertificateCheck> check = certificates.verify(typed);
            assertThat(check).as(typed).isPresent();
            assertThat(check.get().valid()).isTrue();
            assertThat(check.get().holderName()).isEqualTo("Līga Pedagoģe");
            assertThat(check.get().workshopTitle()).isEqualTo("Kopienu mediācija skolā");
            assertThat(check.get().hours()).isEqualByComparingTo(BigDecimal.valueOf(6));
            assertThat(check.get().centreName()).isEqualTo(PREILI);
            assertThat(check.get().issuedOn()).isEqualTo(issued.issuedAt().toLocalDate());
        }
    }

    @Test
    void a_certificate_is_withdrawn_once_its_attendance_is_unmarked() {
        login("educator");
        IssuedCertificate issued = certificates.issue(attended);
        fixtures.attended(attended, false);
        logout();

        CertificateCheck check = certificates.verify(issued.displayCode()).orElseThrow();
        assertThat(check.valid()).isFalse();
        assertThat(check.holderName()).isEqualTo("Līga Pedagoģe");
    }

    @Test
    void an_unknown_or_malformed_code_is_not_found() {
        logout();
        assertThat(certificates.verify("0000-0000-0000")).isEmpty();
        assertThat(certificates.verify("not a code")).isEmpty();
        assertThat(certificates.verify("")).isEmpty();
        assertThat(certificates.verify("ABCD-EFGH-JKMN-PQRS")).isEmpty();
    }

    static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            StringBuilder text = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            assertThat(reader.getNumberOfPages()).isEqualTo(1);
            return text.toString();
        } finally {
            reader.close();
        }
    }
}
