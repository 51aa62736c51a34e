package lv.kopiena.user.ui;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * "Firefox on Windows" from a browser's User-Agent header: enough for an admin to tell a person's
 * laptop from their phone in the list of sessions, without the header's full text.
 */
final class Browsers {

    private Browsers() {
    }

    static String describe(@Nullable String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "";
        }
        String ua = userAgent.toLowerCase(Locale.ROOT);
        String browser = ua.contains("edg/") ? "Edge"
                : ua.contains("opr/") || ua.contains("opera") ? "Opera"
                : ua.contains("firefox/") ? "Firefox"
                : ua.contains("chrome/") || ua.contains("chromium/") ? "Chrome"
                : ua.contains("safari/") ? "Safari"
                : null;
        String system = ua.contains("android") ? "Android"
                : ua.contains("iphone") || ua.contains("ipad") ? "iOS"
                : ua.contains("windows") ? "Windows"
                : ua.contains("mac os") ? "macOS"
                : ua.contains("linux") ? "Linux"
                : null;
        if (browser == null) {
            return userAgent.length() <= 40 ? userAgent : userAgent.substring(0, 40) + "…";
        }
        return system == null ? browser : browser + " · " + system;
    }
}
