package lv.kopiena.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import lv.kopiena.base.ValidationException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void passphrases_of_any_script_up_to_256_characters_are_welcome() {
        accepted("zaļš ābols uz galda");
        accepted("Жовтий соняшник біля хати");
        accepted("ā".repeat(64) + "ž".repeat(64));
        accepted("x".repeat(100) + "Preiļu novada dārzi ziedi " + "y".repeat(100));
        refused("a".repeat(10) + "b".repeat(247), "password.error.too-long");
    }

    @Test
    void short_passwords_are_refused_counting_letters_not_bytes() {
        refused("ābols123", "password.error.too-short");
        accepted("ābolsžāvē9");
    }

    @Test
    void common_passwords_are_refused_also_with_digits_or_signs_around_them() {
        refused("qwertyuiop", "password.error.common");
        refused("Password2024!", "password.error.common");
        refused("1q2w3e4r5t", "password.error.common");
        refused("parole12345", "password.error.common");
        refused("Latvija2026!", "password.error.common");
        refused("йцукенгшщз", "password.error.common");
    }

    @Test
    void a_repeated_character_pattern_or_simple_run_is_refused() {
        refused("aaaaaaaaaa", "password.error.common");
        refused("ababababab", "password.error.common");
        refused("1231231231", "password.error.common");
        refused("1234567890", "password.error.common");
        refused("abcdefghijk", "password.error.common");
        refused("9876543210", "password.error.common");
    }

    @Test
    void the_e_mail_address_its_name_part_or_the_user_name_is_refused_inside_a_password() {
        refusedFor("anna.kalnina@example.lv", "password.error.personal", "anna.kalnina@example.lv");
        refusedFor("Anna.Kalnina@Example.lv1", "password.error.personal", "anna.kalnina@example.lv");
        refusedFor("my-anna.kalnina-pw", "password.error.personal", "anna.kalnina@example.lv");
        refusedFor("coordinator-ludza!", "password.error.personal", "coordinator-ludza");
        assertThatCode(() -> policy.check("zaļš ābols uz galda", "anna.kalnina@example.lv", null, ""))
                .doesNotThrowAnyException();
    }

    @Test
    void control_characters_are_refused() {
        refused("zaļš ābols\nuz galda", "password.error.control-characters");
        refused("zaļš ābols\u0000uz galda", "password.error.control-characters");
    }

    private void accepted(String password) {
        assertThatCode(() -> policy.check(password)).as(password).doesNotThrowAnyException();
    }

    private void refused(String password, String key) {
        refusedFor(password, key);
    }

    private void refusedFor(String password, String key, String... personal) {
        assertThatThrownBy(() -> policy.check(password, personal)).as(password)
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).translationKey()).isEqualTo(key);
    }
}
