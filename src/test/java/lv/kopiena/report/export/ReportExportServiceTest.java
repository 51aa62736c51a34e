package lv.kopiena.report.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import lv.kopiena.IntegrationTest;
import lv.kopiena.i18n.TranslationProvider;
import lv.kopiena.report.Count;
import lv.kopiena.report.Report;
import lv.kopiena.report.ReportAudience;
import lv.kopiena.report.ReportFilter;
import lv.kopiena.report.ReportRow;
import lv.kopiena.report.ReportService;
import lv.kopiena.report.ReportTable;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The exports of the real demo report: a funder's files hide what its page hides, and nobody else may ask. */
class ReportExportServiceTest extends IntegrationTest {

    private static final java.util.Locale EN = TranslationProvider.ENGLISH;

    @Autowired
    ReportService reports;
    @Autowired
    ReportExportService exports;
    @Autowired
    TranslationProvider translations;
    @Autowired
    org.jooq.DSLContext dsl;

    @Test
    void a_funders_files_show_exactly_the_funders_numbers_under_five_where_the_exact_report_has_a_small_one()
            throws IOException {
        login("admin");
        Report exact = reports.report(new ReportFilter(null, null, null, 1L, null, null, null, null), EN);
        login("funder");
        Report funder = reports.report(ReportFilter.none(), EN);
        assertThat(funder.audience()).isEqualTo(ReportAudience.PROTECTED);
        ReportTexts texts = new ReportTexts(translations, EN);

        List<List<String>> csv = ReportExportsTest.parseCsv(exports.export(funder, ReportFormat.CSV, EN).content());
        Map<String, List<Row>> xlsx;
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(
                exports.export(funder, ReportFormat.XLSX, EN).content()))) {
            xlsx = ReportExportsTest.read(workbook.getSheets().toList());
        }
        int hidden = 0;
        int rounded = 0;
        for (ReportTable table : funder.tables()) {
            ReportTable same = ReportExportsTest.table(exact, table.id());
            List<Row> sheet = xlsx.values().stream().filter(rows -> !rows.isEmpty()
                    && texts.title(table).equals(rows.getFirst().getCellText(0))).findFirst().orElseThrow();
            for (ReportRow row : table.rows()) {
                ReportRow exactRow = same.rows().stream().filter(r -> r.label().equals(row.label())).findFirst()
                        .orElseThrow(() -> new AssertionError(table.id() + " " + row.label() + " not in " + same.rows()));
                String label = texts.label(row);
                for (int c = 0; c < row.values().size(); c++) {
                    Count count = row.values().get(c);
                    Count truth = exactRow.values().get(c);
                    int column = c + 1;
                    if (!count.shown()) {
                        hidden++;
                        if (!table.columnKeys().get(c).equals("report.column.hours")) {
                            // (hours are hidden by the number of people who earned them instead)
                            assertThat(truth.value().doubleValue()).as(table.id() + " " + label).isBetween(1.0, 4.0);
                        }
                    } else if (count.value().doubleValue() != truth.value().doubleValue()) {
                        rounded++;
                    }
                    assertThat(csv).as(table.id() + " " + label).filteredOn(line -> line.size() > column).anySatisfy(line -> {
                        assertThat(line.getFirst()).isEqualTo(label);
                        assertThat(line.get(column)).isEqualTo(count.text());
                    });
                    Cell cell = sheet.stream().filter(r -> label.equals(r.getCellText(0))).findFirst().orElseThrow()
                            .getCell(column);
                    assertThat(cell.getText()).as(table.id() + " " + label).isEqualTo(count.text());
                }
            }
        }
        assertThat(hidden).as("the demo funder report hides some counts").isPositive();
        assertThat(rounded).as("and rounds others").isPositive();
        assertThat(ReportExportsTest.pdfText(exports.export(funder, ReportFormat.PDF, EN).content())).contains("<5");
    }

    @Test
    void a_coordinators_files_hold_exact_counts_only() {
        login("coordinator");
        Report report = reports.report(ReportFilter.none(), EN);

        String csv = new String(exports.export(report, ReportFormat.CSV, EN).content(), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(csv).contains("Exact counts (coordinator/admin view).").doesNotContain(",<5", ",*");
    }

    @Test
    void educators_may_not_export_or_draw_charts() {
        Report report = ReportFixtures.exact();
        login("educator");

        assertThatThrownBy(() -> exports.export(report, ReportFormat.CSV, EN)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exports.chartPng(report.tables().getFirst(), EN)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void every_download_is_in_the_audit_trail_with_its_format_and_filters() {
        login("funder");
        Report funder = reports.report(ReportFilter.none(), EN);
        exports.export(funder, ReportFormat.XLSX, EN);
        var entry = dsl.selectFrom(lv.kopiena.jooq.Tables.AUDIT_EVENT)
                .where(lv.kopiena.jooq.Tables.AUDIT_EVENT.ACTION.eq("REPORT_DOWNLOAD")).fetchSingle();
        assertThat(entry.getActorRole()).isEqualTo("FUNDER");
        assertThat(entry.getDetail()).startsWith("XLSX PROTECTED");
    }
}
