package lv.kopiena.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads demo accounts for tests that act as someone ({@code IntegrationTest.login}). The
 * application itself has no UserDetailsService: its only way to log in is the throttled
 * {@code KopienaAuthenticationProvider}.
 */
@Service
class TestUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    TestUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
    }
}
