package lv.kopiena.security;

import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a logged-in user may set for itself, whatever its role: for now its language. */
@Service
@Transactional(readOnly = true)
public class UserPreferencesService {

    private static final Set<String> LANGUAGES = Set.of("lv", "uk", "en");

    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;

    UserPreferencesService(UserAccountRepository accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void rememberLocale(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("Unsupported language " + language);
        }
        accounts.updatePreferredLocale(currentUser.require().id(), language);
    }
}
