package lv.kopiena.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** The service tests' check of the shared text rule ({@link Texts}). */
public final class TextAssertions {

    /** A name with a line break in it, as a forged log line would carry. */
    public static final String WITH_LINE_BREAK = "Anna\r\n2026-11-27 INFO forged";

    private TextAssertions() {
    }

    /** The call is refused because a single-line value holds a control character. */
    public static void assertRefusedForControlCharacters(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.translationKey()).isEqualTo(Texts.CONTROL_CHARACTERS));
    }
}
