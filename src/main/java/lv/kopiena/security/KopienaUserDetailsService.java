package lv.kopiena.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for the login form from the user_account table. */
@Service
class KopienaUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    KopienaUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
    }
}
