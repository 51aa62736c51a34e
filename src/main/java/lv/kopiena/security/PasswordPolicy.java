package lv.kopiena.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import lv.kopiena.base.ValidationException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What a new password must be, wherever one is set (registration, reset, change, an admin's
 * form): at least {@value #MIN_LENGTH} characters and at most {@value #MAX_LENGTH} of any script
 * (passphrases welcome: Argon2id has no byte limit), no control characters, not one of the
 * commonly used passwords (the zxcvbn list of leaked passwords, also with digits or signs around
 * it, like "Password2024!"), not one character or a short pattern repeated, not a run like
 * 1234567890, and not containing the person's e-mail address, the part before its @ or the user
 * name. Refusals are {@link ValidationException}s with a translation key ({@code password.error.*}).
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 256;
    /** Parts of an e-mail address or user name shorter than this are too common to refuse. */
    private static final int PERSONAL_MIN = 4;
    private static final Pattern REPEATED = Pattern.compile("(.{1,3})\\1+.{0,2}", Pattern.DOTALL);
    private static final Pattern EDGES = Pattern.compile("^[^\\p{L}]+|[^\\p{L}]+$");

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /**
     * Refuses a password that breaks a rule.
     *
     * @param personal the e-mail address and user name of the account (blank or null ones are skipped)
     */
    public void check(@Nullable String password, @Nullable String... personal) {
        if (password == null || password.isEmpty()) {
            throw new ValidationException("validation.required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw new ValidationException("password.error.too-short", MIN_LENGTH);
        }
        if (length > MAX_LENGTH) {
            throw new ValidationException("password.error.too-long", MAX_LENGTH);
        }
        if (password.codePoints().anyMatch(Character::isISOControl)) {
            throw new ValidationException("password.error.control-characters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        for (String value : personal) {
            if (containsPersonal(lower, value)) {
                throw new ValidationException("password.error.personal");
            }
        }
        if (isCommon(lower)) {
            throw new ValidationException("password.error.common");
        }
    }

    /** Whether the password (lower case) is a common one, a repetition or a simple run. */
    boolean isCommon(String lower) {
        if (common.contains(lower)) {
            return true;
        }
        String core = EDGES.matcher(lower).replaceAll("");
        if (core.length() >= PERSONAL_MIN && common.contains(core)) {
            return true;
        }
        return REPEATED.matcher(lower).matches() || isRun(lower);
    }

    private static boolean containsPersonal(String lower, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.length() >= PERSONAL_MIN && lower.contains(v)) {
            return true;
        }
        int at = v.indexOf('@');
        return at >= PERSONAL_MIN && lower.contains(v.substring(0, at));
    }

    /** 1234567890, abcdefghij, 9876543210: every character one step from the one before, in one direction. */
    private static boolean isRun(String lower) {
        int[] cps = lower.codePoints().toArray();
        int step = cps[1] - cps[0];
        if (Math.abs(step) != 1) {
            return false;
        }
        for (int i = 2; i < cps.length; i++) {
            if (cps[i] - cps[i - 1] != step) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = Objects.requireNonNull(PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt"),
                "security/common-passwords.txt is missing");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
