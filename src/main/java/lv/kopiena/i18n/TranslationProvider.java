package lv.kopiena.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * All visible text of Kopiena in Latvian (the default), Ukrainian and English. Each feature keeps
 * its own bundle in {@code i18n/<feature>_<lang>.properties} (UTF-8); this provider merges them.
 * A missing key shows as {@code !key!} and is logged; the translation test fails on it before
 * that can happen.
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale LATVIAN = Locale.of("lv", "LV");
    public static final Locale UKRAINIAN = Locale.of("uk", "UA");
    public static final Locale ENGLISH = Locale.of("en", "GB");
    /** In the order the language switch shows them; the first is the default. */
    public static final List<Locale> LOCALES = List.of(LATVIAN, UKRAINIAN, ENGLISH);

    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);
    private static final Pattern BUNDLE = Pattern.compile("([a-z0-9-]+)_(lv|uk|en)\\.properties");

    private final Map<String, Map<String, String>> byLanguage;
    /** Keys asked for but not found, so that UI tests can fail on them. */
    private final Set<String> missing = ConcurrentHashMap.newKeySet();

    public TranslationProvider() {
        this.byLanguage = load();
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Map<String, String> texts = byLanguage.getOrDefault(supported(locale).getLanguage(), Map.of());
        String pattern = texts.get(key);
        if (pattern == null) {
            log.warn("Missing translation '{}' for {}", key, locale);
            missing.add(key + " (" + supported(locale).getLanguage() + ")");
            return "!" + key + "!";
        }
        if (params.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, supported(locale)).format(params);
    }

    /**
     * The first of a browser's languages (its Accept-Language, in order) that Kopiena speaks, if
     * any: a Ukrainian or English browser gets its language on the first visit.
     */
    public static java.util.Optional<Locale> firstSupported(List<Locale> accepted) {
        for (Locale wanted : accepted) {
            for (Locale supported : LOCALES) {
                if (supported.getLanguage().equals(wanted.getLanguage())) {
                    return java.util.Optional.of(supported);
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** Whether the key has a text (in Latvian, which every key has), e.g. for labels of optional things. */
    public boolean has(String key) {
        return byLanguage.getOrDefault(LATVIAN.getLanguage(), Map.of()).containsKey(key);
    }

    /** Keys that were asked for and missing since the start (or the last {@link #clearMissing()}). */
    public Set<String> missingKeys() {
        return Set.copyOf(missing);
    }

    public void clearMissing() {
        missing.clear();
    }

    /** The supported locale for a requested one: same language, else Latvian. */
    public static Locale supported(Locale requested) {
        if (requested == null) {
            return LATVIAN;
        }
        return LOCALES.stream()
                .filter(l -> l.getLanguage().equals(requested.getLanguage()))
                .findFirst()
                .orElse(LATVIAN);
    }

    /** Every bundle's keys per language, for the test that keeps the languages in step. */
    public static Map<String, Map<String, Map<String, String>>> bundles() {
        Map<String, Map<String, Map<String, String>>> result = new HashMap<>();
        forEachBundle((bundle, lang, props) -> result.computeIfAbsent(bundle, b -> new HashMap<>()).put(lang, props));
        return result;
    }

    private static Map<String, Map<String, String>> load() {
        Map<String, Map<String, String>> result = new HashMap<>();
        forEachBundle((bundle, lang, props) -> {
            Map<String, String> texts = result.computeIfAbsent(lang, l -> new HashMap<>());
            props.forEach((k, v) -> {
                if (texts.put(k, v) != null) {
                    throw new IllegalStateException("Translation key '" + k + "' is defined twice (" + bundle + ")");
                }
            });
        });
        return result;
    }

    private interface BundleVisitor {
        void visit(String bundle, String language, Map<String, String> texts);
    }

    private static void forEachBundle(BundleVisitor visitor) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
            for (Resource resource : resources) {
                Matcher m = BUNDLE.matcher(resource.getFilename() == null ? "" : resource.getFilename());
                if (!m.matches()) {
                    throw new IllegalStateException("Translation file not named <feature>_<lv|uk|en>.properties: "
                            + resource.getFilename());
                }
                Properties props = new Properties();
                try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                    props.load(reader);
                }
                Map<String, String> texts = new HashMap<>();
                props.stringPropertyNames().forEach(k -> texts.put(k, props.getProperty(k)));
                visitor.visit(m.group(1), m.group(2), texts);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read translations", e);
        }
    }
}
