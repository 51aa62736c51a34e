package lv.kopiena.certificate.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static lv.kopiena.certificate.CertificateFixtures.LUDZA;
import static lv.kopiena.certificate.CertificateFixtures.PREILI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.time.LocalDateTime;
import java.util.List;
import lv.kopiena.KaribuTest;
import lv.kopiena.certificate.CertificateFixtures;
import lv.kopiena.i18n.TranslationProvider;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MyHoursViewTest extends KaribuTest {

    static final String IEVA = "ieva.test@skola.example.lv";

    @Autowired
    DSLContext dsl;
    CertificateFixtures fixtures;
    long mediation;

    @BeforeEach
    void ledger() {
        fixtures = new CertificateFixtures(dsl);
        long ieva = fixtures.educator(IEVA, "Ieva Testa");
        mediation = fixtures.signup(fixtures.workshop(PREILI, "Kopienu mediācija", LocalDateTime.of(2025, 3, 14, 10, 0), "6"),
                ieva, "CONFIRMED", true);
        fixtures.signup(fixtures.workshop(LUDZA, "Digitālie rīki", LocalDateTime.of(2025, 10, 2, 10, 0), "4.5"), ieva, "CONFIRMED", true);
        fixtures.signup(fixtures.workshop(PREILI, "Iekļaujošā izglītība", LocalDateTime.of(2024, 5, 20, 9, 0), "8"), ieva, "CONFIRMED", true);
        fixtures.signup(fixtures.workshop(PREILI, "Nav atnācis", LocalDateTime.of(2025, 11, 5, 10, 0), "3"), ieva, "CONFIRMED", false);
        fixtures.signup(fixtures.workshop(PREILI, "Gaidīšanas sarakstā", LocalDateTime.of(2025, 11, 6, 10, 0), "2"), ieva, "WAITING", false);
    }

    @Test
    void an_educator_sees_hours_per_year_and_a_certificate_link_per_attended_workshop() {
        login(IEVA);
        UI.getCurrent().navigate(MyHoursView.class);
        MyHoursView view = _get(MyHoursView.class);

        assertThat(view.title.getText()).isEqualTo("Professional development hours");
        assertThat(view.total.getText()).isEqualTo("In all: 18.5 h");
        assertThat(texts(_find(view.years, H3.class))).containsExactly("2025: 10.5 h", "2024: 8 h");
        assertThat(view.years.getElement().getTextRecursively())
                .contains("Digitālie rīki", "Kopienu mediācija", "Iekļaujošā izglītība", LUDZA, "4.5 h")
                .doesNotContain("Nav atnācis", "Gaidīšanas sarakstā");
        List<Anchor> downloads = _find(view.years, Anchor.class);
        assertThat(downloads).hasSize(3).allSatisfy(a -> {
            assertThat(a.getText()).isEqualTo("Download certificate");
            assertThat(a.getHref()).isNotBlank();
        });
    }

    @Test
    void the_ledger_reads_in_latvian_with_latvian_numbers() {
        login(IEVA);
        switchLanguage(TranslationProvider.LATVIAN);
        UI.getCurrent().navigate(MyHoursView.class);
        MyHoursView view = _get(MyHoursView.class);

        assertThat(texts(_find(view.years, H3.class))).containsExactly("2025. gads: 10,5 st.", "2024. gads: 8 st.");
        assertThat(view.total.getText()).isEqualTo("Kopā: 18,5 st.");
        assertThat(_find(view.years, Anchor.class)).first().extracting(Anchor::getText).isEqualTo("Lejupielādēt apliecību");
    }

    @Test
    void downloading_gives_the_certificate_pdf_named_after_its_code() throws Exception {
        login(IEVA);
        UI.getCurrent().navigate(MyHoursView.class);
        MyHoursView view = _get(MyHoursView.class);

        DownloadResponse download = view.download(mediation, TranslationProvider.ENGLISH);

        assertThat(download.getContentType()).isEqualTo("application/pdf");
        assertThat(download.getFileName()).matches("certificate-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}\\.pdf");
        byte[] pdf = download.getInputStream().readAllBytes();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(fixtures.certificatesOf(mediation)).isEqualTo(1);
    }

    @Test
    void an_educator_without_attended_workshops_sees_the_empty_state() {
        fixtures.educator("jauns.test@skola.example.lv", "Jauns Pedagogs");
        login("jauns.test@skola.example.lv");
        UI.getCurrent().navigate(MyHoursView.class);
        MyHoursView view = _get(MyHoursView.class);

        assertThat(view.empty.getText()).isEqualTo(
                "You have no attended workshops yet. Hours appear here once the centre marks your attendance.");
        assertThat(view.total.isVisible()).isFalse();
        assertThat(_find(view.years, H3.class)).isEmpty();
        assertThat(_find(view.years, Anchor.class)).isEmpty();
    }

    @Test
    void funders_and_coordinators_are_not_let_in() {
        for (String user : List.of("funder", "coordinator")) {
            login(user);
            assertThatThrownBy(() -> UI.getCurrent().navigate(MyHoursView.class)).as(user)
                    .isInstanceOf(MockAccessDeniedException.class);
            assertThat(_find(MyHoursView.class)).isEmpty();
        }
    }

    private static List<String> texts(List<? extends HasText> components) {
        return components.stream().map(HasText::getText).toList();
    }
}
