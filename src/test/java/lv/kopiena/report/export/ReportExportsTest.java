package lv.kopiena.report.export;

import static lv.kopiena.report.export.ReportFixtures.CENTRE;
import static lv.kopiena.report.export.ReportFixtures.ODD_NAME;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import lv.kopiena.i18n.TranslationProvider;
import lv.kopiena.report.Report;
import lv.kopiena.report.ReportTable;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** The three exports and the charts, read back the way a spreadsheet or PDF reader would. */
class ReportExportsTest {

    private static final TranslationProvider TRANSLATIONS = new TranslationProvider();
    private final ReportTexts en = new ReportTexts(TRANSLATIONS, TranslationProvider.ENGLISH);

    // ---- CSV

    @Test
    void csv_is_utf8_with_a_bom_and_holds_the_header_the_figures_and_every_table() {
        byte[] csv = CsvExport.write(ReportFixtures.exact(), en);

        assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        List<List<String>> rows = parseCsv(csv);
        assertThat(rows.getFirst()).containsExactly("Initiative report");
        assertThat(rows).contains(List.of("Generated at", "2026-03-31 14:05"),
                List.of(en.tr("report.filter.centre"), CENTRE),
                List.of("View", "Exact counts (coordinator/admin view)."),
                List.of(en.tr("report.figure.hours"), "12.5"),
                List.of(en.tr("report.table.activities-by-type"), en.tr("report.column.activities"),
                        en.tr("report.column.attendances")),
                List.of("Workshop", "12", "240"),
                List.of("Total", "18", "335"),
                List.of("Aglonas novads", "3"),
                List.of(ODD_NAME, "4711"),
                List.of("2025-02", "2"));
    }

    @Test
    void csv_of_a_funder_report_shows_under_five_and_rounded_numbers_and_says_why() {
        byte[] csv = CsvExport.write(ReportFixtures.protectedView(), en);

        List<List<String>> rows = parseCsv(csv);
        assertThat(rows).contains(List.of("Aglonas novads", "<5"), List.of(ODD_NAME, "4710"), List.of("Total", "4725"),
                List.of("2025-02", "<5"),
                List.of("View", "Funder view: counts from 1 to 4 are shown as <5 and all other numbers are rounded to "
                        + "a multiple of 5, so rows need not add up to the totals."));
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("4711", "4726", "*").contains("<5: a count from 1 to 4",
                "rows therefore need not add up to the totals");
    }

    @Test
    void csv_quotes_commas_and_quotes_and_defuses_formulas() {
        assertThat(CsvExport.quote("Biedrība \"Ābeles\", Riebiņi")).isEqualTo("\"Biedrība \"\"Ābeles\"\", Riebiņi\"");
        assertThat(CsvExport.quote("Preiļi")).isEqualTo("Preiļi");
        assertThat(CsvExport.quote("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(CsvExport.quote("<5")).isEqualTo("<5");
    }

    // ---- XLSX

    @Test
    void xlsx_has_a_summary_and_one_sheet_per_table_with_numbers_as_numbers() throws IOException {
        byte[] xlsx = XlsxExport.write(ReportFixtures.exact(), en);

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).hasSize(5).first().isEqualTo("Summary");
            Map<String, List<Row>> content = read(sheets);
            List<Row> summary = content.get("Summary");
            assertThat(summary.getFirst().getCellText(0)).isEqualTo("Initiative report");
            assertThat(texts(summary)).contains(List.of(en.tr("report.filter.centre"), CENTRE),
                    List.of("View", "Exact counts (coordinator/admin view)."));
            Row hours = find(summary, en.tr("report.figure.hours"));
            assertThat(hours.getCell(1).getType()).isEqualTo(CellType.NUMBER);
            assertThat(hours.getCell(1).asNumber()).isEqualByComparingTo("12.5");

            List<Row> partners = content.get(sheetOf(en.tr("report.table.partners-by-municipality")));
            assertThat(partners.getFirst().getCellText(0)).isEqualTo(en.tr("report.table.partners-by-municipality"));
            Cell odd = find(partners, ODD_NAME).getCell(1);
            assertThat(odd.getType()).isEqualTo(CellType.NUMBER);
            assertThat(odd.asNumber()).isEqualByComparingTo(BigDecimal.valueOf(4711));
            assertThat(find(partners, "Total").getCell(1).asNumber()).isEqualByComparingTo(BigDecimal.valueOf(4726));
        }
    }

    @Test
    void xlsx_of_a_funder_report_holds_under_five_as_text_and_rounded_counts_as_numbers() throws IOException {
        byte[] xlsx = XlsxExport.write(ReportFixtures.protectedView(), en);

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Map<String, List<Row>> content = read(workbook.getSheets().toList());
            List<Row> partners = content.get(sheetOf(en.tr("report.table.partners-by-municipality")));
            Cell small = find(partners, "Aglonas novads").getCell(1);
            assertThat(small.getType()).isEqualTo(CellType.STRING);
            assertThat(small.asString()).isEqualTo("<5");
            Cell rounded = find(partners, ODD_NAME).getCell(1);
            assertThat(rounded.getType()).isEqualTo(CellType.NUMBER);
            assertThat(rounded.asNumber()).isEqualByComparingTo(BigDecimal.valueOf(4710));
            assertThat(find(partners, "Preiļu novads").getCell(1).getType()).isEqualTo(CellType.NUMBER);
            assertThat(content.values().stream().flatMap(List::stream).flatMap(Row::stream)
                    .filter(c -> c != null).map(Cell::getText)).doesNotContain("4711", "4726", "3", "*");
        }
    }

    @Test
    void sheet_names_are_at_most_31_characters_without_forbidden_signs_and_unique() {
        Set<String> taken = new HashSet<>();
        String first = XlsxExport.uniqueName("Participants by category and protected group", taken);
        String second = XlsxExport.uniqueName("Participants by category and protected group", taken);
        String odd = XlsxExport.uniqueName("Phases: 1/2 [draft]?", taken);

        assertThat(first).hasSizeLessThanOrEqualTo(31).isEqualTo("Participants by category and pr");
        assertThat(second).hasSizeLessThanOrEqualTo(31).endsWith(" (2)").isNotEqualToIgnoringCase(first);
        assertThat(odd).isEqualTo("Phases 1 2 draft");
    }

    // ---- PDF

    @Test
    void pdf_holds_the_title_date_filters_view_figures_and_table_values() throws IOException {
        byte[] pdf = PdfExport.write(ReportFixtures.exact(), en);

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = pdfText(pdf);
        assertThat(text).contains("Initiative report", "2026-03-31 14:05", CENTRE, "Aktīvās kopienas",
                "Exact counts (coordinator/admin view).", "4711", "4726", "Workshop", "12.5");
    }

    @Test
    void pdf_of_a_funder_report_shows_under_five_and_rounded_numbers_and_never_the_exact_ones() throws IOException {
        String text = pdfText(PdfExport.write(ReportFixtures.protectedView(), en));

        assertThat(text).contains("<5", "4710", "4725", "Funder view", "rows therefore need not add up")
                .doesNotContain("4711", "4726");
    }

    @Test
    void pdf_reads_in_ukrainian_with_its_letters_intact() throws IOException {
        ReportTexts uk = new ReportTexts(TRANSLATIONS, TranslationProvider.UKRAINIAN);

        String text = pdfText(PdfExport.write(ReportFixtures.exact(), uk));

        assertThat(text).contains("Звіт про ініціативи", "Усього", "Preiļu novads");
    }

    // ---- charts

    @Test
    void a_chart_png_decodes_at_twice_its_css_size() throws IOException {
        ReportTable partners = table(ReportFixtures.exact(), "partners-by-municipality");

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(ReportChart.png(partners, en)));

        assertThat(image.getWidth()).isEqualTo(2 * ReportChart.WIDTH);
        assertThat(image.getHeight()).isEqualTo(2 * ReportChart.height(partners));
    }

    @Test
    void a_chart_draws_shown_counts_leaves_hidden_ones_out_and_says_so() {
        ReportTable partners = table(ReportFixtures.protectedView(), "partners-by-municipality");

        JFreeChart chart = ReportChart.chart(partners, en);

        CategoryDataset data = chart.getCategoryPlot().getDataset();
        assertThat(data.getColumnKeys()).extracting(Object::toString)
                .containsExactly("Preiļu novads", "Aglonas novads", ODD_NAME);
        assertThat(data.getValue(0, 0)).isEqualTo(12L);
        assertThat(data.getValue(0, 1)).isNull();
        assertThat(data.getValue(0, 2)).isEqualTo(4710L);
        assertThat(subtitles(chart)).contains("Values under 5 are not drawn.");
    }

    @Test
    void a_chart_of_exact_counts_draws_them_all_without_the_caption() {
        JFreeChart chart = ReportChart.chart(table(ReportFixtures.exact(), "activities-by-month"), en);

        CategoryDataset data = chart.getCategoryPlot().getDataset();
        assertThat(data.getColumnKeys()).extracting(Object::toString).containsExactly("Jan 2025", "Feb 2025", "Mar 2025");
        assertThat(data.getValue(0, 1)).isEqualTo(2L);
        assertThat(subtitles(chart)).isEmpty();
    }

    @Test
    void files_are_named_by_the_day_the_report_was_made() {
        Report report = ReportFixtures.exact();
        assertThat(ReportExportService.fileName(report, ReportFormat.CSV)).isEqualTo("kopiena-report-2026-03-31.csv");
        assertThat(ReportExportService.fileName(report, ReportFormat.XLSX)).isEqualTo("kopiena-report-2026-03-31.xlsx");
        assertThat(ReportExportService.fileName(report, ReportFormat.PDF)).isEqualTo("kopiena-report-2026-03-31.pdf");
    }

    // ---- helpers

    static ReportTable table(Report report, String id) {
        return report.tables().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> subtitles(JFreeChart chart) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle title) {
                texts.add(title.getText());
            }
        }
        return texts;
    }

    static String pdfText(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    private String sheetOf(String title) {
        return XlsxExport.uniqueName(title, new HashSet<>());
    }

    static Map<String, List<Row>> read(List<Sheet> sheets) throws IOException {
        Map<String, List<Row>> content = new java.util.LinkedHashMap<>();
        for (Sheet sheet : sheets) {
            content.put(sheet.getName(), sheet.read());
        }
        return content;
    }

    private static List<List<String>> texts(List<Row> rows) {
        return rows.stream().map(r -> r.stream().filter(c -> c != null).map(Cell::getText).toList()).toList();
    }

    private static Row find(List<Row> rows, String label) {
        return rows.stream().filter(r -> label.equals(r.getCellText(0))).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + label + " in " + rows.stream()
                        .map(r -> r.getCellText(0)).collect(Collectors.joining(", "))));
    }

    /** RFC 4180 read back: quoted fields may hold commas, doubled quotes and line breaks. */
    static List<List<String>> parseCsv(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row.size() == 1 && row.getFirst().isEmpty() ? List.of() : row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(ch);
            }
        }
        return rows;
    }
}
