package lv.kopiena.user;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import lv.kopiena.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

class UserSessionServiceTest extends IntegrationTest {

    @Autowired
    UserSessionService sessions;

    @Test
    void only_admins_see_who_is_logged_in_or_end_a_session() {
        for (String username : new String[] {"coordinator", "educator", "funder"}) {
            login(username);
            assertThatThrownBy(() -> sessions.open(0, 10)).as(username).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> sessions.countOpen()).as(username).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> sessions.end(1)).as(username).isInstanceOf(AccessDeniedException.class);
        }
        logout();
        assertThatThrownBy(() -> sessions.open(0, 10)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
