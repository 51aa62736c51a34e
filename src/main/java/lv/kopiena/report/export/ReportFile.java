package lv.kopiena.report.export;

/** A finished export: what the browser saves, e.g. "kopiena-report-2026-03-31.pdf". */
public record ReportFile(String fileName, String contentType, byte[] content) {
}
