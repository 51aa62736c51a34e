package lv.kopiena.report.export;
import java.nio.file.*;
import lv.kopiena.i18n.TranslationProvider;
import org.junit.jupiter.api.Test;
class TmpDumpTest {
    @Test void dump() throws Exception {
        var t = new ReportTexts(new TranslationProvider(), TranslationProvider.LATVIAN);
        var r = ReportFixtures.protectedView();
        Files.write(Path.of("/tmp/rui/r.csv"), CsvExport.write(r, t));
        Files.write(Path.of("/tmp/rui/r.xlsx"), XlsxExport.write(r, t));
        Files.write(Path.of("/tmp/rui/r.pdf"), PdfExport.write(r, t));
        Files.write(Path.of("/tmp/rui/bar.png"), ReportChart.png(r.tables().get(0), t));
        Files.write(Path.of("/tmp/rui/month.png"), ReportChart.png(r.tables().get(2), t));
    }
}
