package lv.kopiena.report.export;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import lv.kopiena.i18n.TranslationProvider;
import lv.kopiena.report.ReportAudience;
import lv.kopiena.report.ReportRow;
import lv.kopiena.report.ReportTable;

/**
 * The words of a report in one language, shared by the page, the charts and the exports so that
 * they all say the same: titles, row labels, the audience statement, the date.
 */
public final class ReportTexts {

    /** Unambiguous in every language, and sorts as text. */
    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter MONTH_LABEL = DateTimeFormatter.ofPattern("LLL yyyy");

    private final TranslationProvider translations;
    private final Locale locale;

    public ReportTexts(TranslationProvider translations, Locale locale) {
        this.translations = translations;
        this.locale = TranslationProvider.supported(locale);
    }

    public Locale locale() {
        return locale;
    }

    public String tr(String key, Object... arguments) {
        return translations.getTranslation(key, locale, arguments);
    }

    public String title() {
        return tr("report.title");
    }

    /** A row's label as the reader reads it: translated when it is a key, else as stored. */
    public String label(ReportRow row) {
        return row.translate() ? tr(row.label()) : row.label();
    }

    /** Title of a table, its first column header in every export. */
    public String title(ReportTable table) {
        return tr(table.titleKey());
    }

    public String column(String columnKey) {
        return tr(columnKey);
    }

    /** The label of a totals row: its own when it carries a key, else "Total". */
    public String total(ReportRow total) {
        return total.translate() ? tr(total.label()) : tr("report.export.total");
    }

    /** Which view the report is: "Funder view: ..." or "Exact counts ...". */
    public String audience(ReportAudience audience) {
        return audience == ReportAudience.PROTECTED ? tr("report.export.audience.protected")
                : tr("report.export.audience.exact");
    }

    public String generatedAt(LocalDateTime at) {
        return GENERATED.format(at);
    }

    /** A month label "2026-03" as a short axis label ("Mar 2026", "marts 2026"); anything else unchanged. */
    public String month(String label) {
        try {
            return MONTH_LABEL.withLocale(locale).format(YearMonth.parse(label));
        } catch (DateTimeParseException e) {
            return label;
        }
    }
}
