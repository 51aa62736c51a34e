package lv.kopiena.certificate;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Certificate codes: 12 random symbols of Crockford's base32 (digits and letters without I, L, O
 * and U, so that nothing is misread), 60 bits, shown as XXXX-XXXX-XXXX. Reading a typed code is
 * lenient the way Crockford intends: case, spaces and dashes do not matter, and I/L are read as 1,
 * O as 0.
 */
final class CertificateCodes {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 12;
    private static final int GROUP = 4;

    private CertificateCodes() {
    }

    static String random(SecureRandom random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The stored form of a typed code, or empty when it cannot be a code at all. */
    static Optional<String> normalise(String typed) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (Character.isWhitespace(c) || c == '-' || c == '\u2013' || c == '\u2014') {
                continue;
            }
            char read = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (ALPHABET.indexOf(read) < 0 || code.length() == LENGTH) {
                return Optional.empty();
            }
            code.append(read);
        }
        return code.length() == LENGTH ? Optional.of(code.toString()) : Optional.empty();
    }

    /** XXXX-XXXX-XXXX for a stored code; anything else as it is. */
    static String format(String code) {
        if (code.length() != LENGTH) {
            return code;
        }
        StringBuilder shown = new StringBuilder(LENGTH + 2);
        for (int i = 0; i < LENGTH; i += GROUP) {
            if (i > 0) {
                shown.append('-');
            }
            shown.append(code, i, i + GROUP);
        }
        return shown.toString();
    }
}
