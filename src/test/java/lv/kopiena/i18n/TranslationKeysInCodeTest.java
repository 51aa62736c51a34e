package lv.kopiena.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every translation key written as a literal in the code (getTranslation, @Menu titles, error
 * references, validation messages) exists in the bundles. Keys built at run time (enum names)
 * are covered by the UI tests, which fail on any key a rendered view misses.
 */
class TranslationKeysInCodeTest {

    private static final Pattern LITERAL_KEY = Pattern.compile(
            "(?:getTranslation\\(|title = |new Reference\\(|ValidationException\\(|translationKey\\(|tr\\()\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");

    @Test
    void every_literal_key_in_the_code_has_a_translation() throws IOException {
        Set<String> known = new TreeSet<>();
        TranslationProvider.bundles().values().forEach(langs -> known.addAll(langs.get("en").keySet()));
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(file));
                while (m.find()) {
                    if (!known.contains(m.group(1))) {
                        missing.add(m.group(1) + " in " + file.getFileName());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
