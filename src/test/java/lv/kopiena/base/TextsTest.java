package lv.kopiena.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextsTest {

    private static void assertRefused(Runnable call, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.translationKey()).isEqualTo(key));
    }

    @Test
    void a_single_line_field_refuses_every_control_character_tabs_and_unicode_line_separators_included() {
        for (char c : new char[] {'\0', '\t', '\n', '\r', 0x1B, 0x1F, 0x7F, 0x85, 0x9F, 0x2028, 0x2029}) {
            String text = "Anna" + c + "Bērziņa";
            assertThat(Texts.isSingleLine(text)).as("U+%04X", (int) c).isFalse();
            assertRefused(() -> Texts.singleLine(text), Texts.CONTROL_CHARACTERS);
        }
        assertRefused(() -> Texts.requiredSingleLine("Anna\r\nINFO forged log line", 80), Texts.CONTROL_CHARACTERS);
    }

    @Test
    void ordinary_text_in_any_script_passes_trimmed_and_blank_becomes_null() {
        assertThat(Texts.singleLine("  Līga Pedagoģe – «Kopā» 😀 Оксана  ")).isEqualTo("Līga Pedagoģe – «Kopā» 😀 Оксана");
        assertThat(Texts.singleLine("   ")).isNull();
        assertThat(Texts.singleLine(null)).isNull();
        // U+00A0 (no-break space) and U+00A0-U+00FF letters are not control characters
        assertThat(Texts.isSingleLine("Rīga\u00A0centrs ÿ")).isTrue();
    }

    @Test
    void a_multi_line_field_takes_line_breaks_and_tabs_but_no_other_control_characters() {
        assertThat(Texts.multiLine("Mērķi:\r\n\t1. līdzdalība\n\t2. sadarbība", 100))
                .isEqualTo("Mērķi:\r\n\t1. līdzdalība\n\t2. sadarbība");
        for (char c : new char[] {'\0', 0x0B, 0x1B, 0x7F, 0x85, 0x2028}) {
            assertThat(Texts.isMultiLine("a" + c + "b")).as("U+%04X", (int) c).isFalse();
            assertRefused(() -> Texts.multiLine("a" + c + "b", 100), Texts.MULTI_LINE_CONTROL_CHARACTERS);
        }
    }

    @Test
    void lengths_count_after_trimming_and_a_required_value_must_be_there() {
        assertThat(Texts.singleLine("  " + "a".repeat(10) + "  ", 10)).hasSize(10);
        assertRefused(() -> Texts.singleLine("a".repeat(11), 10), "validation.max-length");
        assertRefused(() -> Texts.multiLine("a".repeat(11), 10), "validation.max-length");
        assertRefused(() -> Texts.requiredSingleLine(" ", 10), "validation.required");
        assertRefused(() -> Texts.requiredSingleLine(null, 10), "validation.required");
    }
}
