package lv.kopiena.privacy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lv.kopiena.base.PdfFont;
import lv.kopiena.i18n.TranslationProvider;
import org.jooq.tools.json.JSONValue;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * Writes a personal-data export: JSON for moving the data elsewhere (field names as stored, dates
 * in ISO form) and a PDF for reading (a section per kind of data, labels and values in the
 * reader's language). The PDF uses Liberation Sans from the OpenPDF jar, like the certificates,
 * so that Latvian and Ukrainian letters print.
 */
@Component
class PersonalDataDocuments {

    /** Values that are enum names with a translation of their own. */
    private static final Map<String, String> ENUM_LABELS = Map.of(
            "category", "participant.category.",
            "role", "role.",
            "outcome", "privacy.outcome.",
            "status", "privacy.signup-status.",
            "action", "audit.action.");

    private final TranslationProvider translations;

    PersonalDataDocuments(TranslationProvider translations) {
        this.translations = translations;
    }

    byte[] json(PersonalData data) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("subject", data.subject());
        root.put("id", data.subjectId());
        root.put("exported_at", data.exportedAt().toString());
        Map<String, Object> sections = new LinkedHashMap<>();
        for (PersonalData.Section section : data.sections()) {
            List<Map<String, @Nullable Object>> rows = new ArrayList<>();
            for (Map<String, @Nullable Object> row : section.rows()) {
                Map<String, @Nullable Object> plain = new LinkedHashMap<>();
                row.forEach((key, value) -> plain.put(key, plain(value)));
                rows.add(plain);
            }
            sections.put(section.kind(), rows);
        }
        root.put("data", sections);
        return JSONValue.toJSONString(root).getBytes(StandardCharsets.UTF_8);
    }

    byte[] pdf(PersonalData data, Locale requested) {
        Locale locale = TranslationProvider.supported(requested);
        BaseFont base = PdfFont.pdf();
        Font title = new Font(base, 18, Font.BOLD);
        Font heading = new Font(base, 13, Font.BOLD);
        Font text = new Font(base, 10, Font.NORMAL);
        Font label = new Font(base, 10, Font.BOLD);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(document, out);
        document.addTitle(tr("privacy.pdf.title", locale));
        document.addCreator("Kopiena");
        document.setDocumentLanguage(locale.getLanguage());
        document.open();
        document.add(new Paragraph(tr("privacy.pdf.title", locale), title));
        Paragraph intro = new Paragraph(tr("privacy.pdf.intro", locale,
                format("exported_at", data.exportedAt(), locale)), text);
        intro.setSpacingAfter(12);
        document.add(intro);
        for (PersonalData.Section section : data.sections()) {
            Paragraph head = new Paragraph(tr("privacy.section." + section.kind(), locale)
                    + " (" + section.rows().size() + ")", heading);
            head.setSpacingBefore(10);
            head.setSpacingAfter(4);
            document.add(head);
            if (section.rows().isEmpty()) {
                document.add(new Paragraph(tr("privacy.pdf.none", locale), text));
                continue;
            }
            for (Map<String, @Nullable Object> row : section.rows()) {
                PdfPTable table = new PdfPTable(new float[] {1f, 2f});
                table.setWidthPercentage(100);
                table.setSpacingAfter(6);
                row.forEach((key, value) -> {
                    PdfPCell name = new PdfPCell(new Phrase(tr("privacy.field." + key.replace('_', '-'), locale), label));
                    name.setBorderWidth(0.3f);
                    PdfPCell content = new PdfPCell(new Phrase(format(key, value, locale), text));
                    content.setBorderWidth(0.3f);
                    table.addCell(name);
                    table.addCell(content);
                });
                document.add(table);
            }
        }
        document.close();
        return out.toByteArray();
    }

    private String format(String key, @Nullable Object value, Locale locale) {
        if (value == null) {
            return "–";
        }
        if (value instanceof Boolean b) {
            return tr(b ? "privacy.value.yes" : "privacy.value.no", locale);
        }
        if (value instanceof LocalDateTime time) {
            return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                    .format(time);
        }
        if (value instanceof LocalDate date) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
        }
        if (value instanceof BigDecimal number) {
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setMaximumFractionDigits(2);
            return format.format(number);
        }
        if (key.equals("changed_fields") && value instanceof String fields) {
            // field names as the audit trail shows them
            return java.util.Arrays.stream(fields.split(", "))
                    .map(f -> translations.has("audit.field." + f) ? tr("audit.field." + f, locale) : f)
                    .collect(java.util.stream.Collectors.joining(", "));
        }
        String prefix = ENUM_LABELS.get(key);
        if (prefix != null && value instanceof String name) {
            return tr(prefix + name, locale);
        }
        return String.valueOf(value);
    }

    /** A value JSON can hold: strings, numbers, booleans and null; dates as ISO text. */
    private static @Nullable Object plain(@Nullable Object value) {
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        return value;
    }

    private String tr(String key, Locale locale, Object... arguments) {
        return translations.getTranslation(key, locale, arguments);
    }

}
