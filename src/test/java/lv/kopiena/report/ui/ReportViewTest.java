package lv.kopiena.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import lv.kopiena.KaribuTest;
import lv.kopiena.i18n.TranslationProvider;
import lv.kopiena.report.ReportOptions;
import lv.kopiena.report.export.ReportFormat;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

class ReportViewTest extends KaribuTest {

    static final String INITIATIVE = "Aktīvās kopienas";
    static final String FUNDER_BANNER = "Initiatives you fund: Aktīvās kopienas. Funder view: counts from 1 to 4 are shown as <5 "
            + "and all other numbers are rounded to a multiple of 5, so rows need not add up to the totals.";

    private ReportView open(String user) {
        login(user);
        UI.getCurrent().navigate(ReportView.class);
        return _get(ReportView.class);
    }

    @Test
    void a_funder_sees_its_initiative_the_funder_banner_figures_charts_and_under_five() {
        ReportView view = open("funder");

        assertThat(view.banner.getText()).isEqualTo(FUNDER_BANNER);
        assertThat(view.initiative.getListDataView().getItems().map(ReportOptions.Choice::name)).containsExactly(INITIATIVE);
        assertThat(figure(view, "Unique participants")).matches("[1-9][0-9]*");
        assertThat(figure(view, "Activities")).matches("[1-9][0-9]*");
        assertThat(view.empty.isVisible()).isFalse();
        assertThat(section(view, "participants-by-category").getElement().getTextRecursively())
                .contains("Participants by category", "<5");
        assertThat(hiddenCells(view)).isNotEmpty().allMatch(text -> text.equals("<5"));
        assertThat(Long.parseLong(figure(view, "Unique participants")) % 5).as("rounded to a multiple of 5").isZero();
        assertThat(view.legend.getText()).contains("<5: a count from 1 to 4", "rounded up or down to a multiple of 5");
        assertThat(view.periodNote.getText()).isEqualTo("Funders' reports cover whole calendar months: the period starts "
                + "on the first day of its first month and ends on the last day of its last month.");
        assertThat(view.periodNote.isVisible()).isTrue();
        assertThat(_find(view.tables, Image.class)).extracting(Image::getAlt).extracting(a -> a.orElse(""))
                .contains("Activities by type", "Activities by month");
        assertThat(_find(view.tables, NativeTable.class)).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void a_coordinator_sees_exact_counts_and_the_exact_view_banner() {
        ReportView view = open("coordinator");

        assertThat(view.banner.getText()).isEqualTo("Exact counts (coordinator/admin view).");
        assertThat(hiddenCells(view)).isEmpty();
        assertThat(view.tables.getElement().getTextRecursively()).doesNotContain("<5");
        assertThat(figure(view, "Professional-development hours delivered")).matches("[0-9.]+");
        assertThat(view.legend.isVisible()).isFalse();
        assertThat(view.periodNote.isVisible()).isFalse();
        assertThat(view.centre.isVisible()).as("a coordinator has only its own centre").isFalse();
    }

    @Test
    void an_admin_sees_exact_counts_and_may_choose_a_centre() {
        ReportView view = open("admin");

        assertThat(view.banner.getText()).isEqualTo("Exact counts (coordinator/admin view).");
        assertThat(view.centre.isVisible()).isTrue();
        assertThat(view.centre.getListDataView().getItemCount()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void an_educator_is_not_let_in() {
        login("educator");
        assertThatThrownBy(() -> UI.getCurrent().navigate(ReportView.class)).isInstanceOf(MockAccessDeniedException.class);
        assertThat(_find(ReportView.class)).isEmpty();
    }

    @Test
    void choosing_a_phase_narrows_the_figures_to_that_phase() {
        ReportView view = open("coordinator");
        String allActivities = figure(view, "Activities");
        assertThat(view.phase.isEnabled()).as("no phase before an initiative").isFalse();

        view.initiative.setValue(choice(view.initiative.getListDataView().getItems().toList(), INITIATIVE));
        List<ReportOptions.PhaseChoice> phases = view.phase.getListDataView().getItems().toList();
        assertThat(phases).hasSize(2);
        String phaseActivities = cell(section(view, "phases"), phases.getFirst().name(), 1);
        view.phase.setValue(phases.getFirst());

        assertThat(figure(view, "Activities")).isEqualTo(phaseActivities);
        assertThat(Long.parseLong(figure(view, "Activities"))).isLessThan(Long.parseLong(allActivities));
        assertThat(view.parameters()).containsEntry(ReportView.INITIATIVE, String.valueOf(view.initiative.getValue().id()))
                .containsEntry(ReportView.PHASE, String.valueOf(phases.getFirst().id()));
    }

    @Test
    void a_funders_dates_widen_to_whole_months_in_the_fields_and_the_address() {
        ReportView view = open("funder");

        view.from.setValue(LocalDate.of(2025, 2, 14));
        view.to.setValue(LocalDate.of(2025, 5, 15));

        assertThat(view.from.getValue()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(view.to.getValue()).isEqualTo(LocalDate.of(2025, 5, 31));
        assertThat(view.parameters()).containsEntry(ReportView.FROM, "2025-02-01").containsEntry(ReportView.TO, "2025-05-31");
    }

    @Test
    void a_coordinators_dates_stay_as_chosen() {
        ReportView view = open("coordinator");

        view.to.setValue(LocalDate.of(2025, 5, 15));

        assertThat(view.to.getValue()).isEqualTo(LocalDate.of(2025, 5, 15));
    }

    @Test
    void a_period_without_activities_shows_the_empty_state() {
        ReportView view = open("funder");

        view.from.setValue(LocalDate.of(2035, 1, 1));

        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.empty.getText()).isEqualTo("No activities match these filters.");
        assertThat(figure(view, "Activities")).isEqualTo("0");
        assertThat(_find(view.tables, NativeTable.class)).isEmpty();
    }

    @Test
    void filters_come_back_from_the_address_and_a_foreign_initiative_is_ignored() {
        login("admin");
        UI.getCurrent().navigate("reports", QueryParameters.simple(Map.of("from", "2025-01-01", "to", "2025-12-31", "initiative", "1")));
        ReportView view = _get(ReportView.class);
        assertThat(view.from.getValue()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(view.to.getValue()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(view.initiative.getValue()).extracting(ReportOptions.Choice::name).isEqualTo(INITIATIVE);
        assertThat(view.parameters()).isEqualTo(Map.of("from", "2025-01-01", "to", "2025-12-31", "initiative", "1"));

        login("funder");
        UI.getCurrent().navigate("reports", QueryParameters.simple(Map.of("initiative", "2")));
        ReportView funders = _get(ReportView.class);
        assertThat(funders.initiative.getValue()).as("not an initiative the funder funds").isNull();
        assertThat(funders.banner.getText()).isEqualTo(FUNDER_BANNER);
    }

    @Test
    void the_three_downloads_are_files_of_their_type_with_the_page_numbers() throws IOException {
        ReportView view = open("funder");

        DownloadResponse csv = view.download(ReportFormat.CSV);
        byte[] csvBytes = csv.getInputStream().readAllBytes();
        assertThat(csv.getFileName()).matches("kopiena-report-\\d{4}-\\d{2}-\\d{2}\\.csv");
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csvBytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(csvBytes, StandardCharsets.UTF_8)).contains("Activities by type", "<5",
                "Initiatives you fund,Aktīvās kopienas", FUNDER_BANNER.substring(FUNDER_BANNER.indexOf("Funder view")));

        DownloadResponse xlsx = view.download(ReportFormat.XLSX);
        assertThat(xlsx.getFileName()).endsWith(".xlsx");
        assertThat(xlsx.getContentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.getInputStream().readAllBytes()))) {
            assertThat(workbook.getSheets().map(Sheet::getName)).contains("Summary", "Activities by type");
        }

        DownloadResponse pdf = view.download(ReportFormat.PDF);
        assertThat(pdf.getFileName()).endsWith(".pdf");
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        PdfReader reader = new PdfReader(pdf.getInputStream().readAllBytes());
        try {
            String first = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(first).contains("Initiative report", "Funder view");
        } finally {
            reader.close();
        }
    }

    @Test
    void the_page_reads_in_latvian() {
        login("funder");
        switchLanguage(TranslationProvider.LATVIAN);
        UI.getCurrent().navigate(ReportView.class);
        ReportView view = _get(ReportView.class);

        assertThat(view.getPageTitle()).isEqualTo("Iniciatīvu pārskats");
        assertThat(view.banner.getText()).startsWith("Jūsu finansētās iniciatīvas: Aktīvās kopienas. Finansētāja skats");
        assertThat(view.from.getLabel()).isEqualTo("No");
        assertThat(view.pdf.getText()).isEqualTo("PDF pārskats");
    }

    @Test
    void switching_the_language_keeps_the_filter_and_translates_the_page() {
        ReportView view = open("coordinator");
        view.from.setValue(LocalDate.of(2025, 1, 1));
        String activities = figure(view, "Activities");

        switchLanguage(TranslationProvider.UKRAINIAN);

        assertThat(view.from.getValue()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(view.banner.getText()).startsWith("Точні кількості");
        assertThat(view.empty.getText()).isEqualTo("Жодна діяльність не відповідає цим фільтрам.");
        assertThat(view.figures.getElement().getTextRecursively()).contains(activities);
    }

    // ---- helpers

    /** The value on the key-figure card with this label. */
    private static String figure(ReportView view, String label) {
        return view.figures.getChildren()
                .map(card -> card.getChildren().map(c -> c.getElement().getText()).toList())
                .filter(texts -> texts.get(1).equals(label))
                .map(List::getFirst)
                .findFirst().orElseThrow(() -> new AssertionError("no figure " + label));
    }

    private static Component section(ReportView view, String tableId) {
        return _find(view.tables, Div.class).stream().filter(d -> d.getId().orElse("").equals("report-" + tableId))
                .findFirst().orElseThrow(() -> new AssertionError("no table " + tableId));
    }

    /** The text of the n-th value cell of the row with this label. */
    private static String cell(Component section, String rowLabel, int column) {
        NativeTable table = _find(section, NativeTable.class).getFirst();
        return table.getBodies().stream().flatMap(b -> b.getRows().stream())
                .filter(r -> r.getHeaderCells().getFirst().getText().equals(rowLabel))
                .map(r -> r.getDataCells().get(column - 1).getText())
                .findFirst().orElseThrow(() -> new AssertionError("no row " + rowLabel));
    }

    private static List<String> hiddenCells(ReportView view) {
        return _find(view.tables, NativeTableCell.class).stream()
                .filter(c -> c.hasClassName("report-hidden")).map(NativeTableCell::getText).toList();
    }

    private static ReportOptions.Choice choice(List<ReportOptions.Choice> choices, String name) {
        return choices.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }
}
