package lv.kopiena.privacy;

/** The two forms of a personal-data export: for machines (GDPR art. 20) and for people (art. 15). */
public enum ExportFormat {
    JSON("application/json", "json"),
    PDF("application/pdf", "pdf");

    private final String mimeType;
    private final String extension;

    ExportFormat(String mimeType, String extension) {
        this.mimeType = mimeType;
        this.extension = extension;
    }

    public String mimeType() {
        return mimeType;
    }

    public String extension() {
        return extension;
    }
}
