package lv.kopiena.certificate;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import lv.kopiena.base.PdfFont;
import lv.kopiena.i18n.TranslationProvider;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * Lays out a certificate as an A4 PDF in the holder's language. The text is set in Liberation Sans
 * (SIL Open Font License), which OpenPDF ships in its jar: it covers Latvian and Ukrainian, and it
 * is embedded (subset) so that the certificate prints the same everywhere.
 */
@Component
class CertificateDocument {

    /** Inside the OpenPDF jar; the PDF test fails if a later OpenPDF moves it. */
    private static final Color INK = new Color(0x1F, 0x2A, 0x37);
    private static final Color MUTED = new Color(0x5B, 0x67, 0x75);
    private static final Color ACCENT = new Color(0x1D, 0x5F, 0x8C);

    private final TranslationProvider translations;

    CertificateDocument(TranslationProvider translations) {
        this.translations = translations;
    }

    byte[] render(IssuedCertificate certificate, String verificationUrl, Locale requested) {
        Locale locale = TranslationProvider.supported(requested);
        Texts text = new Texts(translations, locale);
        BaseFont base = PdfFont.pdf();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 72, 72, 96, 72);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(text.tr("certificate.pdf.heading") + " " + certificate.displayCode());
        document.addAuthor(certificate.centreName());
        document.addCreator("Kopiena");
        document.setDocumentLanguage(locale.getLanguage());
        document.open();
        frame(writer.getDirectContentUnder(), document.getPageSize());

        line(document, certificate.centreName(), new Font(base, 14, Font.NORMAL, MUTED), 0, 48);
        line(document, text.tr("certificate.pdf.heading"), new Font(base, 30, Font.BOLD, ACCENT), 0, 40);
        line(document, text.tr("certificate.pdf.certifies"), new Font(base, 13, Font.NORMAL, MUTED), 0, 10);
        line(document, certificate.holderName(), new Font(base, 24, Font.BOLD, INK), 0, 24);
        line(document, text.tr("certificate.pdf.attended"), new Font(base, 13, Font.NORMAL, MUTED), 0, 10);
        line(document, certificate.workshopTitle(), new Font(base, 17, Font.BOLD, INK), 0, 10);
        line(document, text.tr("certificate.pdf.date", date(certificate.workshopDate(), locale)),
                new Font(base, 13, Font.NORMAL, INK), 0, 28);
        line(document, text.tr("certificate.pdf.hours", hours(certificate.hours(), locale)),
                new Font(base, 16, Font.BOLD, INK), 0, 64);
        Font small = new Font(base, 10, Font.NORMAL, MUTED);
        line(document, text.tr("certificate.pdf.issued", date(certificate.issuedAt().toLocalDate(), locale)),
                small, 0, 4);
        line(document, text.tr("certificate.pdf.code", certificate.displayCode()),
                new Font(base, 12, Font.BOLD, INK), 0, 4);
        line(document, text.tr("certificate.pdf.verify"), small, 8, 2);
        line(document, verificationUrl, new Font(base, 10, Font.NORMAL, ACCENT), 0, 0);
        document.close();
        return out.toByteArray();
    }


    /** Hours as the reader writes numbers: "6" or "4,5" in Latvian. */
    static String hours(BigDecimal hours, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(1);
        return format.format(hours);
    }

    /** A date as the reader writes it, e.g. "2025. gada 14. marts". */
    static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    /** The texts of one certificate, in its language. */
    private record Texts(TranslationProvider translations, Locale locale) {
        String tr(String key, Object... arguments) {
            return translations.getTranslation(key, locale, arguments);
        }
    }

    private static void line(Document document, String text, Font font, float before, float after) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingBefore(before);
        paragraph.setSpacingAfter(after);
        document.add(paragraph);
    }

    /** A thin double border, so the page reads as a certificate rather than a letter. */
    private static void frame(PdfContentByte canvas, Rectangle page) {
        canvas.saveState();
        canvas.setColorStroke(ACCENT);
        canvas.setLineWidth(2f);
        canvas.rectangle(28, 28, page.getWidth() - 56, page.getHeight() - 56);
        canvas.stroke();
        canvas.setLineWidth(0.5f);
        canvas.rectangle(36, 36, page.getWidth() - 72, page.getHeight() - 72);
        canvas.stroke();
        canvas.restoreState();
    }
}
