package lv.kopiena.report.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import lv.kopiena.report.Count;
import lv.kopiena.report.Report;
import lv.kopiena.report.ReportAudience;
import lv.kopiena.report.ReportRow;
import lv.kopiena.report.ReportTable;

/**
 * A report as CSV for spreadsheets: UTF-8 with a byte order mark (so that Excel reads the Latvian
 * and Ukrainian letters right), commas, RFC 4180 quoting and CRLF line ends. A header block (title,
 * date, filters, which view), the key figures, then one block per table whose first header cell is
 * the table's title.
 */
final class CsvExport {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvExport() {
    }

    static byte[] write(Report report, ReportTexts texts) {
        StringBuilder csv = new StringBuilder();
        line(csv, texts.title());
        line(csv, texts.tr("report.export.generated"), texts.generatedAt(report.generatedAt()));
        if (report.applied().isEmpty()) {
            line(csv, texts.tr("report.export.filters"), texts.tr("report.export.filters.none"));
        }
        for (Report.AppliedFilter filter : report.applied()) {
            line(csv, texts.tr(filter.labelKey()), filter.value());
        }
        line(csv, texts.tr("report.export.view"), texts.audience(report.audience()));
        line(csv);
        line(csv, texts.tr("report.export.key-figures"));
        for (Report.KeyFigure figure : report.keyFigures()) {
            line(csv, texts.tr(figure.labelKey()), figure.value().text());
        }
        for (ReportTable table : report.tables()) {
            line(csv);
            List<String> header = new ArrayList<>();
            header.add(texts.title(table));
            table.columnKeys().forEach(key -> header.add(texts.column(key)));
            line(csv, header);
            table.rows().forEach(row -> line(csv, cells(texts.label(row), row)));
            if (table.total() != null) {
                line(csv, cells(texts.total(table.total()), table.total()));
            }
        }
        if (report.audience() == ReportAudience.PROTECTED) {
            line(csv);
            line(csv, texts.tr("report.export.legend"));
        }
        byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] result = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, result, 0, BOM.length);
        System.arraycopy(text, 0, result, BOM.length, text.length);
        return result;
    }

    private static List<String> cells(String label, ReportRow row) {
        List<String> cells = new ArrayList<>();
        cells.add(label);
        row.values().stream().map(Count::text).forEach(cells::add);
        return cells;
    }

    private static void line(StringBuilder csv, String... cells) {
        line(csv, List.of(cells));
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quote(cells.get(i)));
        }
        csv.append("\r\n");
    }

    /**
     * RFC 4180: a field with a comma, quote or line break is quoted, inner quotes doubled. A name
     * that starts like a formula gets an apostrophe, so a spreadsheet shows it instead of running it.
     */
    static String quote(String value) {
        String field = !value.isEmpty() && "=+-@\t".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
