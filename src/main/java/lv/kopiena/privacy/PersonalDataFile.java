package lv.kopiena.privacy;

/** A finished export to download. */
public record PersonalDataFile(String fileName, String mimeType, byte[] content) {
}
