package lv.kopiena.report.export;

import lv.kopiena.audit.AuditAction;
import lv.kopiena.audit.AuditLog;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import lv.kopiena.i18n.TranslationProvider;
import lv.kopiena.report.Report;
import lv.kopiena.report.ReportTable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Turns a finished {@link Report} into charts and files: a PNG chart per table for the page, and
 * the whole report as CSV, XLSX or PDF. It reads nothing from the database: the caller passes the
 * report that {@code ReportService} made for the current user, so a funder's file holds exactly the
 * funder's (protected) numbers and nothing else. Open to the roles that may read reports.
 */
@Service
public class ReportExportService {

    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private final TranslationProvider translations;

    private final AuditLog audit;

    public ReportExportService(TranslationProvider translations, AuditLog audit) {
        this.audit = audit;
        this.translations = translations;
    }

    /** The report as a file in the reader's language, named by the day it was made. */
    @org.springframework.transaction.annotation.Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'FUNDER')")
    public ReportFile export(Report report, ReportFormat format, Locale locale) {
        var f = report.filter();
        audit.record(AuditAction.REPORT_DOWNLOAD, "initiative", f.initiativeId(), f.centreId(),
                format.name() + " " + report.audience() + " from=" + f.from() + " to=" + f.to() + " phase=" + f.phaseId()
                        + " municipality=" + f.municipalityId() + " priority=" + f.priorityId()
                        + " target_group=" + f.targetGroupId());
        ReportTexts texts = new ReportTexts(translations, locale);
        byte[] content = switch (format) {
            case CSV -> CsvExport.write(report, texts);
            case XLSX -> XlsxExport.write(report, texts);
            case PDF -> PdfExport.write(report, texts);
        };
        return new ReportFile(fileName(report, format), format.contentType(), content);
    }

    /** The chart of a table as a PNG at twice {@link #chartWidth()} × {@link #chartHeight}, for sharp screens. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'FUNDER')")
    public byte[] chartPng(ReportTable table, Locale locale) {
        return ReportChart.png(table, new ReportTexts(translations, locale));
    }

    /** The words of a report in a language, for the page to say what the exports say. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'FUNDER')")
    public ReportTexts texts(Locale locale) {
        return new ReportTexts(translations, locale);
    }

    /** CSS size of a chart on the page; the PNG has twice as many pixels. */
    public static int chartWidth() {
        return ReportChart.WIDTH;
    }

    public static int chartHeight(ReportTable table) {
        return ReportChart.height(table);
    }

    public static boolean hasChart(ReportTable table) {
        return ReportChart.has(table);
    }

    static String fileName(Report report, ReportFormat format) {
        return "kopiena-report-" + FILE_DATE.format(report.generatedAt().toLocalDate()) + "." + format.extension();
    }
}
