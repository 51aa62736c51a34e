package lv.kopiena.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every text exists in Latvian, Ukrainian and English, and no translation is left empty. */
class TranslationCompletenessTest {

    @Test
    void every_bundle_has_the_same_keys_in_all_three_languages() {
        Map<String, Map<String, Map<String, String>>> bundles = TranslationProvider.bundles();
        assertThat(bundles).isNotEmpty();
        bundles.forEach((bundle, languages) -> {
            assertThat(languages.keySet()).as("languages of bundle %s", bundle).containsExactlyInAnyOrder("lv", "uk", "en");
            Set<String> all = new HashSet<>();
            languages.values().forEach(texts -> all.addAll(texts.keySet()));
            languages.forEach((language, texts) -> {
                Set<String> missing = new TreeSet<>(all);
                missing.removeAll(texts.keySet());
                assertThat(missing).as("keys missing in %s_%s.properties", bundle, language).isEmpty();
                texts.forEach((key, text) -> assertThat(text).as("%s in %s_%s", key, bundle, language).isNotBlank());
            });
        });
    }

    @Test
    void a_missing_key_is_visible_not_silent() {
        TranslationProvider provider = new TranslationProvider();
        assertThat(provider.getTranslation("no.such.key", TranslationProvider.LATVIAN)).isEqualTo("!no.such.key!");
    }

    @Test
    void latvian_is_the_default_and_unknown_languages_fall_back_to_it() {
        assertThat(TranslationProvider.LOCALES.getFirst().getLanguage()).isEqualTo("lv");
        assertThat(TranslationProvider.supported(java.util.Locale.GERMAN)).isEqualTo(TranslationProvider.LATVIAN);
        assertThat(TranslationProvider.supported(java.util.Locale.forLanguageTag("uk"))).isEqualTo(TranslationProvider.UKRAINIAN);
    }
}
