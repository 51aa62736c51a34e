package lv.kopiena.base;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.Document;
import org.openpdf.text.pdf.BaseFont;

/**
 * Liberation Sans (SIL Open Font License), which OpenPDF ships in its jar: it covers Latvian and
 * Ukrainian letters, which the fonts of a bare server often do not. Charts draw with it, and every
 * PDF Kopiena makes (reports, certificates, personal-data exports) embeds it, so they print the
 * same everywhere.
 */
public final class PdfFont {

    /** Inside the OpenPDF jar; the chart and PDF tests fail if a later OpenPDF moves it. */
    static final String RESOURCE = "font-fallback/LiberationSans-Regular.ttf";
    private static final byte[] DATA = read();
    private static final Font AWT = awtFont();

    private PdfFont() {
    }

    public static Font awt(float size) {
        return AWT.deriveFont(size);
    }

    /** A PDF font per document, so that concurrent downloads share no glyph bookkeeping. */
    public static BaseFont pdf() {
        try {
            return BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                    DATA, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load font " + RESOURCE, e);
        }
    }

    private static byte[] read() {
        try (InputStream in = Document.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Font " + RESOURCE + " not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + RESOURCE, e);
        }
    }

    private static Font awtFont() {
        // charts are drawn on a server without a display; Spring Boot sets this too, plain unit tests do not
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(DATA));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + RESOURCE, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("Font " + RESOURCE + " is not a TrueType font", e);
        }
    }
}
