package lv.kopiena.report.export;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import lv.kopiena.base.PdfFont;
import lv.kopiena.report.Count;
import lv.kopiena.report.Report;
import lv.kopiena.report.ReportAudience;
import lv.kopiena.report.ReportRow;
import lv.kopiena.report.ReportTable;
import org.jfree.chart.JFreeChart;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontMapper;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A report as an A4 PDF (OpenPDF): title, date, filters, which view, key figures, then each table
 * under its chart. Charts are drawn as vectors through JFreeChart's Graphics2D into a PDF template,
 * with the embedded Unicode font, so they print sharp and their words can be searched.
 */
final class PdfExport {

    private static final Color INK = new Color(0x1F, 0x2A, 0x37);
    private static final Color MUTED = new Color(0x5B, 0x67, 0x75);
    private static final Color ACCENT = new Color(0x1D, 0x5F, 0x8C);
    private static final Color HEADER = new Color(0xDC, 0xE6, 0xF0);
    private static final Color BANNER = new Color(0xFF, 0xF4, 0xE0);
    private static final Color RULE = new Color(0xC8, 0xD0, 0xD8);
    private static final float MARGIN = 42;

    private PdfExport() {
    }

    static byte[] write(Report report, ReportTexts texts) {
        BaseFont base = PdfFont.pdf();
        Fonts fonts = new Fonts(base);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(texts.title());
        document.addCreator("Kopiena");
        document.setDocumentLanguage(texts.locale().getLanguage());
        document.open();

        Paragraph title = new Paragraph(texts.title(), fonts.title);
        title.setSpacingAfter(4);
        document.add(title);
        document.add(new Paragraph(texts.tr("report.export.generated") + ": " + texts.generatedAt(report.generatedAt()),
                fonts.muted));
        document.add(filters(report, texts, fonts));
        document.add(banner(texts.audience(report.audience()), fonts));
        document.add(keyFigures(report, texts, fonts));

        float width = document.getPageSize().getWidth() - 2 * MARGIN;
        for (ReportTable table : report.tables()) {
            Paragraph heading = new Paragraph(texts.title(table), fonts.heading);
            heading.setSpacingBefore(14);
            heading.setSpacingAfter(6);
            heading.setKeepTogether(true);
            document.add(heading);
            if (ReportChart.has(table)) {
                document.add(chart(writer, table, texts, base, width));
            }
            document.add(table(table, texts, fonts));
        }
        if (report.audience() == ReportAudience.PROTECTED) {
            Paragraph legend = new Paragraph(texts.tr("report.export.legend"), fonts.muted);
            legend.setSpacingBefore(12);
            document.add(legend);
        }
        document.close();
        return out.toByteArray();
    }

    private static PdfPTable filters(Report report, ReportTexts texts, Fonts fonts) {
        PdfPTable filters = new PdfPTable(new float[] {1, 2.4f});
        filters.setWidthPercentage(100);
        filters.setSpacingBefore(10);
        if (report.applied().isEmpty()) {
            filters.addCell(plain(texts.tr("report.export.filters"), fonts.label));
            filters.addCell(plain(texts.tr("report.export.filters.none"), fonts.body));
        }
        for (Report.AppliedFilter filter : report.applied()) {
            filters.addCell(plain(texts.tr(filter.labelKey()), fonts.label));
            filters.addCell(plain(filter.value(), fonts.body));
        }
        return filters;
    }

    private static PdfPTable banner(String text, Fonts fonts) {
        PdfPTable banner = new PdfPTable(1);
        banner.setWidthPercentage(100);
        banner.setSpacingBefore(10);
        PdfPCell cell = new PdfPCell(new Phrase(text, fonts.body));
        cell.setBackgroundColor(BANNER);
        cell.setBorderColor(new Color(0xE0, 0x8A, 0x1E));
        cell.setPadding(8);
        banner.addCell(cell);
        return banner;
    }

    private static PdfPTable keyFigures(Report report, ReportTexts texts, Fonts fonts) {
        int columns = Math.max(1, Math.min(3, report.keyFigures().size()));
        PdfPTable figures = new PdfPTable(columns);
        figures.setWidthPercentage(100);
        figures.setSpacingBefore(12);
        for (Report.KeyFigure figure : report.keyFigures()) {
            PdfPCell cell = new PdfPCell();
            cell.setBorderColor(RULE);
            cell.setPadding(8);
            cell.addElement(new Paragraph(figure.value().text(), fonts.figure));
            cell.addElement(new Paragraph(texts.tr(figure.labelKey()), fonts.muted));
            figures.addCell(cell);
        }
        for (int i = report.keyFigures().size() % columns; i > 0 && i < columns; i++) {
            PdfPCell empty = new PdfPCell();
            empty.setBorder(Rectangle.NO_BORDER);
            figures.addCell(empty);
        }
        return figures;
    }

    /** The chart as vectors: JFreeChart draws on a Graphics2D that writes PDF operators. */
    private static Image chart(PdfWriter writer, ReportTable table, ReportTexts texts, BaseFont base, float width) {
        float scale = width / ReportChart.WIDTH;
        float height = ReportChart.height(table) * scale;
        JFreeChart chart = ReportChart.chart(table, texts);
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        Graphics2D g = template.createGraphics(width, height, new SingleFont(base));
        try {
            g.scale(scale, scale);
            chart.draw(g, new Rectangle2D.Double(0, 0, ReportChart.WIDTH, ReportChart.height(table)));
        } finally {
            g.dispose();
        }
        Image image = Image.getInstance(template);
        image.setAlt(texts.title(table));
        image.setSpacingAfter(6);
        return image;
    }

    private static PdfPTable table(ReportTable table, ReportTexts texts, Fonts fonts) {
        int columns = table.columnKeys().size() + 1;
        float[] widths = new float[columns];
        widths[0] = columns > 4 ? 2.2f : 2.8f;
        for (int c = 1; c < columns; c++) {
            widths[c] = 1;
        }
        PdfPTable pdf = new PdfPTable(widths);
        pdf.setWidthPercentage(100);
        pdf.setHeaderRows(1);
        pdf.addCell(header(texts.title(table), fonts, Element.ALIGN_LEFT));
        table.columnKeys().forEach(key -> pdf.addCell(header(texts.column(key), fonts, Element.ALIGN_RIGHT)));
        for (ReportRow row : table.rows()) {
            row(pdf, texts.label(row), row, fonts.body);
        }
        if (table.total() != null) {
            row(pdf, texts.total(table.total()), table.total(), fonts.label);
        }
        return pdf;
    }

    private static void row(PdfPTable pdf, String label, ReportRow row, Font font) {
        pdf.addCell(cell(label, font, Element.ALIGN_LEFT));
        for (Count count : row.values()) {
            pdf.addCell(cell(count.text(), font, Element.ALIGN_RIGHT));
        }
    }

    private static PdfPCell header(String text, Fonts fonts, int align) {
        PdfPCell cell = cell(text, fonts.label, align);
        cell.setBackgroundColor(HEADER);
        return cell;
    }

    private static PdfPCell cell(String text, Font font, int align) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(align);
        cell.setBorderColor(RULE);
        cell.setPaddingTop(3);
        cell.setPaddingBottom(5);
        return cell;
    }

    private static PdfPCell plain(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingBottom(3);
        return cell;
    }

    private record Fonts(Font title, Font heading, Font label, Font body, Font muted, Font figure) {
        Fonts(BaseFont base) {
            this(new Font(base, 20, Font.BOLD, ACCENT), new Font(base, 13, Font.BOLD, INK),
                    new Font(base, 9.5f, Font.BOLD, INK), new Font(base, 9.5f, Font.NORMAL, INK),
                    new Font(base, 9, Font.NORMAL, MUTED), new Font(base, 18, Font.BOLD, ACCENT));
        }
    }

    /** Every chart text in the one embedded Unicode font; the PDF's own fonts lack Latvian and Ukrainian. */
    private record SingleFont(BaseFont base) implements FontMapper {
        @Override
        public BaseFont awtToPdf(java.awt.Font font) {
            return base;
        }

        @Override
        public java.awt.Font pdfToAwt(BaseFont font, int size) {
            return PdfFont.awt(size);
        }
    }
}
