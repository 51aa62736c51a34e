package lv.kopiena.security;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A session that is open now, as an admin sees it in "Who is logged in". */
public record OpenSession(long id, long userAccountId, String username, String displayName, Role role,
                          LocalDateTime startedAt, LocalDateTime lastSeenAt, String address,
                          @Nullable String userAgent) {
}
