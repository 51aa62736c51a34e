package lv.kopiena.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The tests' backup folder (kopiena.backup.dir in application-test.properties), emptied per test. */
public final class BackupFolder {

    public static final Path DIR = Path.of("target/test-backups").toAbsolutePath();

    private BackupFolder() {
    }

    public static void empty() throws IOException {
        if (!Files.exists(DIR)) {
            return;
        }
        try (Stream<Path> files = Files.walk(DIR)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(DIR)) {
                    Files.delete(p);
                }
            }
        }
    }
}
