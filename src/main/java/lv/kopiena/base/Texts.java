package lv.kopiena.base;

import org.jspecify.annotations.Nullable;

/**
 * The one check of text a person typed before it is stored. A single-line field (a name, a title,
 * a place, a phone number) holds no control characters at all: a line break in a name forges a
 * line in a log and breaks a CSV or a mail header, and a tab or a NUL byte hides in a list. A
 * multi-line field (a description, notes) may hold line breaks and tabs, nothing else of that kind.
 * Refused: U+0000-U+001F, U+007F-U+009F and the Unicode line and paragraph separators U+2028 and
 * U+2029.
 *
 * <p>Services call the normalising methods ({@link #singleLine}, {@link #requiredSingleLine},
 * {@link #multiLine}): they trim, turn blank into null, and refuse with a {@link ValidationException}
 * whose key is {@link #CONTROL_CHARACTERS} or {@link #MULTI_LINE_CONTROL_CHARACTERS} (or
 * {@code validation.required} and {@code validation.max-length}, the keys forms already use). Forms use the same rule through
 * {@link #isSingleLine} and {@link #isMultiLine} (see {@code lv.kopiena.base.ui.TextValidators}).
 */
public final class Texts {

    /** Translation key of the refusal in a single-line field: "one line of text only". */
    public static final String CONTROL_CHARACTERS = "validation.control-characters";
    /** Translation key of the refusal in a multi-line field (line breaks and tabs are fine there). */
    public static final String MULTI_LINE_CONTROL_CHARACTERS = "validation.control-characters.multi-line";

    private Texts() {
    }

    /** Whether the text may be stored in a single-line field: no control characters, tabs included. Null is fine. */
    public static boolean isSingleLine(@Nullable String text) {
        return text == null || text.chars().noneMatch(Texts::isControl);
    }

    /** Whether the text may be stored in a multi-line field: line breaks and tabs, no other control characters. */
    public static boolean isMultiLine(@Nullable String text) {
        return text == null || text.chars().noneMatch(c -> isControl(c) && c != '\n' && c != '\r' && c != '\t');
    }

    /**
     * A single-line value to store: trimmed, null when blank.
     *
     * @throws ValidationException when it holds a control character
     */
    public static @Nullable String singleLine(@Nullable String text) {
        if (!isSingleLine(text)) {
            throw new ValidationException(CONTROL_CHARACTERS);
        }
        return trimToNull(text);
    }

    /**
     * A single-line value to store, at most {@code maxLength} characters after trimming; null when blank.
     *
     * @throws ValidationException when it holds a control character or is too long
     */
    public static @Nullable String singleLine(@Nullable String text, int maxLength) {
        return checkLength(singleLine(text), maxLength);
    }

    /**
     * A single-line value that must be there: trimmed, at most {@code maxLength} characters.
     *
     * @throws ValidationException when it is blank, holds a control character or is too long
     */
    public static String requiredSingleLine(@Nullable String text, int maxLength) {
        String value = singleLine(text, maxLength);
        if (value == null) {
            throw new ValidationException("validation.required");
        }
        return value;
    }

    /**
     * A multi-line value to store (a description, notes): trimmed, null when blank, at most
     * {@code maxLength} characters.
     *
     * @throws ValidationException when it holds a control character other than a line break or a
     *                             tab, or is too long
     */
    public static @Nullable String multiLine(@Nullable String text, int maxLength) {
        if (!isMultiLine(text)) {
            throw new ValidationException(MULTI_LINE_CONTROL_CHARACTERS);
        }
        return checkLength(trimToNull(text), maxLength);
    }

    private static boolean isControl(int c) {
        return c <= 0x1F || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029;
    }

    private static @Nullable String trimToNull(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    private static @Nullable String checkLength(@Nullable String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            throw new ValidationException("validation.max-length", maxLength);
        }
        return value;
    }
}
