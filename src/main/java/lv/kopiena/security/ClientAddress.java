package lv.kopiena.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address a request came from. Behind a reverse proxy the container has already replaced the
 * proxy's address with the client's from {@code X-Forwarded-For} ({@code server.forward-headers-strategy=native}
 * trusts only proxies on private and loopback addresses), so this is never a header a client wrote.
 */
public final class ClientAddress {

    /** What the throttles and logs use when there is no request (a background job, a test). */
    public static final String UNKNOWN = "unknown";
    private static final int MAX = 45;

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        if (address == null || address.isBlank()) {
            return UNKNOWN;
        }
        return address.length() <= MAX ? address : address.substring(0, MAX);
    }

    /** The address of the request this thread serves (Vaadin's requests included), or {@link #UNKNOWN}. */
    public static String current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            return of(servlet.getRequest());
        }
        return UNKNOWN;
    }
}
