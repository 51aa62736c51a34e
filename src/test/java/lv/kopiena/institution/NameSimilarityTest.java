package lv.kopiena.institution;

import static org.assertj.core.api.Assertions.assertThat;

import lv.kopiena.institution.SimilarInstitution.Likeness;
import org.junit.jupiter.api.Test;

class NameSimilarityTest {

    @Test
    void case_accents_quotes_and_legal_forms_do_not_make_a_name_different() {
        assertThat(NameSimilarity.compare("Biedrība \"Vārkavas sievietes\"", "varkavas  SIEVIETES")).contains(Likeness.SAME_NAME);
        assertThat(NameSimilarity.compare("SIA \"Preiļu maiznīca\"", "Preiļu maiznīca, SIA")).contains(Likeness.SAME_NAME);
        assertThat(NameSimilarity.compare("A/S „Latgales laiks“", "Latgales laiks")).contains(Likeness.SAME_NAME);
        assertThat(NameSimilarity.compare("Nodibinājums «Ģimenes atbalsts»", "Gimenes atbalsts")).contains(Likeness.SAME_NAME);
        assertThat(NameSimilarity.key("Biedrība \"Vārkavas sievietes\"")).isEqualTo("varkavas sievietes");
    }

    @Test
    void a_name_inside_another_is_a_look_alike() {
        assertThat(NameSimilarity.compare("Kopā", "Izglītības biedrība \"Kopā\"")).contains(Likeness.CONTAINED);
        assertThat(NameSimilarity.compare("Preiļu galvenā bibliotēka Aglonas filiāle", "Preiļu galvenā bibliotēka"))
                .contains(Likeness.CONTAINED);
    }

    @Test
    void a_typo_or_a_changed_word_ending_is_a_look_alike() {
        assertThat(NameSimilarity.compare("Preiļu galvenā bibliotēak", "Preiļu galvenā bibliotēka")).contains(Likeness.SIMILAR_NAME);
        assertThat(NameSimilarity.compare("Latgales jauniešu biedrība", "Biedrība \"Latgales jaunieši\"")).contains(Likeness.SIMILAR_NAME);
    }

    @Test
    void different_institutions_are_not_look_alikes() {
        assertThat(NameSimilarity.compare("Preiļu 1. pamatskola", "Preiļu 2. pamatskola")).isEmpty();
        assertThat(NameSimilarity.compare("Aglonas vidusskola", "Riebiņu vidusskola")).isEmpty();
        assertThat(NameSimilarity.compare("Ludzas novada pašvaldība", "Līvānu novada pašvaldība")).isEmpty();
        assertThat(NameSimilarity.compare("Ludzas novada pašvaldība", "Ludzas novada bibliotēka")).isEmpty();
        assertThat(NameSimilarity.compare("Kopa", "Kopiena")).isEmpty();
    }

    @Test
    void the_sql_prefilter_looks_for_the_beginnings_of_the_longest_words_without_legal_forms() {
        assertThat(NameSimilarity.stems("Izglītības biedrība \"Kopā\"")).containsExactly("izgl", "kopa");
        assertThat(NameSimilarity.stems("Preiļu 1. pamatskola")).containsExactly("pama", "prei", "1");
        assertThat(NameSimilarity.stems("SIA")).containsExactly("sia");
        assertThat(NameSimilarity.stems("1. A")).isEmpty();
    }

    @Test
    void edit_distance_counts_single_letter_changes() {
        assertThat(NameSimilarity.distance("kopa", "kopa")).isZero();
        assertThat(NameSimilarity.distance("kopa", "kopā")).isEqualTo(1);
        assertThat(NameSimilarity.distance("biblioteka", "bibliotekas")).isEqualTo(1);
        assertThat(NameSimilarity.distance("", "abc")).isEqualTo(3);
    }
}
