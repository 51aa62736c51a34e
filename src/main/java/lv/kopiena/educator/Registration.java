package lv.kopiena.educator;

import lv.kopiena.institution.InstitutionOption;
import org.jspecify.annotations.Nullable;

/**
 * What a person fills in to become an educator of Kopiena. A bean (not a record) so that the
 * registration form can bind its fields to it; the service checks it again.
 */
public class Registration {

    private @Nullable String name;
    private @Nullable String email;
    private @Nullable String password;
    private @Nullable String passwordRepeat;
    private @Nullable InstitutionOption institution;
    private String language = "lv";
    private boolean privacyConsent;

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email;
    }

    public @Nullable String getPassword() {
        return password;
    }

    public void setPassword(@Nullable String password) {
        this.password = password;
    }

    public @Nullable String getPasswordRepeat() {
        return passwordRepeat;
    }

    public void setPasswordRepeat(@Nullable String passwordRepeat) {
        this.passwordRepeat = passwordRepeat;
    }

    public @Nullable InstitutionOption getInstitution() {
        return institution;
    }

    public void setInstitution(@Nullable InstitutionOption institution) {
        this.institution = institution;
    }

    /** lv, uk or en: the language of the educator's mails and of its next login. */
    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public boolean isPrivacyConsent() {
        return privacyConsent;
    }

    public void setPrivacyConsent(boolean privacyConsent) {
        this.privacyConsent = privacyConsent;
    }

    /** Never print the password, nor the name and address (logs carry ids only). */
    @Override
    public String toString() {
        return "Registration[" + language + "]";
    }
}
