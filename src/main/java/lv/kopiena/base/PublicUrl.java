package lv.kopiena.base;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The address people reach Kopiena at ({@code kopiena.public-url}, env {@code KOPIENA_PUBLIC_URL}),
 * without a trailing slash. It goes into mails and onto certificates, where a wrong one cannot be
 * taken back, so everything that writes a link to the app asks this one validated setting instead
 * of reading the property itself.
 *
 * <p>Outside the embedded demo it must be set, to an absolute {@code https://} address: people
 * open those links from their mail on other machines, and a certificate's check address must not
 * invite a downgrade to plain HTTP. The demo runs on the user's own machine and keeps
 * {@value #DEMO_DEFAULT} unless told otherwise.
 */
public record PublicUrl(String value) {

    /** The address of the demo on the user's own machine. */
    public static final String DEMO_DEFAULT = "http://localhost:8080";

    public PublicUrl {
        value = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }

    /** An absolute link to a page of the app, e.g. {@code link("/my-workshops")}. */
    public String link(String path) {
        return value + (path.startsWith("/") ? path : "/" + path);
    }

    /**
     * The validated setting.
     *
     * @param configured the configured value, if any
     * @param demo whether the app runs the embedded demo database
     * @throws InvalidPublicUrlException when the value cannot go into mails and certificates
     */
    public static PublicUrl of(@Nullable String configured, boolean demo) {
        String value = configured == null ? "" : configured.strip();
        if (value.isEmpty()) {
            if (demo) {
                return new PublicUrl(DEMO_DEFAULT);
            }
            throw new InvalidPublicUrlException(value, "it is not set");
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new InvalidPublicUrlException(value, "it is not a valid address");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new InvalidPublicUrlException(value, "it is not an absolute https:// address");
        }
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new InvalidPublicUrlException(value, "it must be the bare address of the app, without a user, "
                    + "'?' or '#'");
        }
        if (!demo && new PublicUrl(value).value().equals(DEMO_DEFAULT)) {
            throw new InvalidPublicUrlException(value, "it is still the demo's default");
        }
        if (!demo && !scheme.equals("https")) {
            throw new InvalidPublicUrlException(value, "it is not an https:// address");
        }
        return new PublicUrl(value);
    }

    /** The configured address cannot be used; the message says why and what to set. */
    public static final class InvalidPublicUrlException extends IllegalStateException {

        private final String reason;

        InvalidPublicUrlException(String value, String reason) {
            super("kopiena.public-url (KOPIENA_PUBLIC_URL) must be the https:// address people reach Kopiena at, "
                    + "e.g. https://kopiena.example.lv, because it goes into mails and onto certificates; "
                    + (value.isEmpty() ? reason : "'" + value + "' cannot be used: " + reason) + ".");
            this.reason = reason;
        }

        /** Why the value was refused, e.g. "it is not set". */
        public String reason() {
            return reason;
        }
    }
}
