package lv.kopiena.report.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import lv.kopiena.report.Count;
import lv.kopiena.report.Report;
import lv.kopiena.report.ReportAudience;
import lv.kopiena.report.ReportRow;
import lv.kopiena.report.ReportTable;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A report as an Excel workbook (FastExcel, streaming): a "Summary" sheet with what the report was
 * made with and its key figures, then one sheet per table. Counts are numeric cells so that people
 * can sum and chart them; a hidden count is the text "&lt;5", never a number.
 */
final class XlsxExport {

    static final int SHEET_NAME_MAX = 31;
    private static final double VALUE_WIDTH = 16;

    private XlsxExport() {
    }

    static byte[] write(Report report, ReportTexts texts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Kopiena", "1.0");
            workbook.properties().setTitle(texts.title());
            Set<String> names = new HashSet<>();
            summary(workbook.newWorksheet(uniqueName(texts.tr("report.export.summary"), names)), report, texts);
            for (ReportTable table : report.tables()) {
                table(workbook.newWorksheet(uniqueName(texts.title(table), names)), table, report.audience(), texts);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the XLSX report", e);
        }
        return out.toByteArray();
    }

    private static void summary(Worksheet sheet, Report report, ReportTexts texts) {
        int r = 0;
        sheet.value(r, 0, texts.title());
        sheet.style(r, 0).bold().fontSize(14).set();
        r += 2;
        r = pair(sheet, r, texts.tr("report.export.generated"), texts.generatedAt(report.generatedAt()));
        if (report.applied().isEmpty()) {
            r = pair(sheet, r, texts.tr("report.export.filters"), texts.tr("report.export.filters.none"));
        }
        for (Report.AppliedFilter filter : report.applied()) {
            r = pair(sheet, r, texts.tr(filter.labelKey()), filter.value());
        }
        r = pair(sheet, r, texts.tr("report.export.view"), texts.audience(report.audience()));
        r++;
        sheet.value(r, 0, texts.tr("report.export.key-figures"));
        sheet.style(r, 0).bold().set();
        r++;
        int longest = texts.tr("report.export.key-figures").length();
        for (Report.KeyFigure figure : report.keyFigures()) {
            String label = texts.tr(figure.labelKey());
            longest = Math.max(longest, label.length());
            sheet.value(r, 0, label);
            count(sheet, r, 1, figure.value());
            r++;
        }
        if (report.audience() == ReportAudience.PROTECTED) {
            sheet.value(r + 1, 0, texts.tr("report.export.legend"));
        }
        sheet.width(0, Math.min(60, Math.max(24, longest + 2)));
        sheet.width(1, 40);
    }

    private static int pair(Worksheet sheet, int r, String label, String value) {
        sheet.value(r, 0, label);
        sheet.style(r, 0).bold().set();
        sheet.value(r, 1, value);
        return r + 1;
    }

    private static void table(Worksheet sheet, ReportTable table, ReportAudience audience, ReportTexts texts) {
        String title = texts.title(table);
        sheet.value(0, 0, title);
        int longest = title.length();
        List<String> columns = table.columnKeys();
        for (int c = 0; c < columns.size(); c++) {
            String header = texts.column(columns.get(c));
            sheet.value(0, c + 1, header);
            sheet.width(c + 1, Math.max(VALUE_WIDTH, Math.min(40, header.length() + 2)));
        }
        sheet.range(0, 0, 0, columns.size()).style().bold().fillColor("DCE6F0").set();
        int r = 1;
        for (ReportRow row : table.rows()) {
            String label = texts.label(row);
            longest = Math.max(longest, label.length());
            row(sheet, r++, label, row);
        }
        if (table.total() != null) {
            row(sheet, r, texts.total(table.total()), table.total());
            sheet.range(r, 0, r, columns.size()).style().bold().set();
            r++;
        }
        if (audience == ReportAudience.PROTECTED) {
            sheet.value(r + 1, 0, texts.tr("report.export.legend"));
        }
        sheet.width(0, Math.min(60, Math.max(20, longest + 2)));
        sheet.freezePane(1, 1);
    }

    private static void row(Worksheet sheet, int r, String label, ReportRow row) {
        sheet.value(r, 0, label);
        for (int c = 0; c < row.values().size(); c++) {
            count(sheet, r, c + 1, row.values().get(c));
        }
    }

    /** A shown count as a number; a hidden one as its text, right-aligned like the numbers. */
    private static void count(Worksheet sheet, int r, int c, Count count) {
        if (count.shown() && count.value() != null) {
            sheet.value(r, c, count.value());
        } else {
            sheet.value(r, c, count.text());
            sheet.style(r, c).horizontalAlignment("right").set();
        }
    }

    /** Excel's rules: at most 31 characters, none of \ / ? * [ ] :, unique regardless of case. */
    static String uniqueName(String wanted, Set<String> taken) {
        String clean = wanted.replaceAll("[\\\\/?*\\[\\]:]", " ").replaceAll("^'+|'+$", "")
                .replaceAll("\\s+", " ").strip();
        if (clean.isEmpty()) {
            clean = "Sheet";
        }
        String name = cut(clean, SHEET_NAME_MAX);
        for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = cut(clean, SHEET_NAME_MAX - suffix.length()) + suffix;
        }
        taken.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max).strip();
    }
}
