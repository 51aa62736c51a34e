package lv.kopiena.user;

import lv.kopiena.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * What the account form edits. Unlike the table's record it has no password hash: the hash never
 * leaves the service. A password typed in the form travels only here, once, to be hashed.
 */
public class UserAccountDetails {

    private @Nullable Long id;
    private @Nullable Integer version;
    private @Nullable String username;
    private @Nullable String displayName;
    private @Nullable String email;
    private @Nullable Role role;
    private @Nullable Long centreId;
    private @Nullable InstitutionOption institution;
    private String preferredLocale = "lv";
    private boolean enabled = true;
    private @Nullable String newPassword;

    public boolean isNew() {
        return id == null;
    }

    public @Nullable Long getId() {
        return id;
    }

    void setId(@Nullable Long id) {
        this.id = id;
    }

    public @Nullable Integer getVersion() {
        return version;
    }

    void setVersion(@Nullable Integer version) {
        this.version = version;
    }

    public @Nullable String getUsername() {
        return username;
    }

    public void setUsername(@Nullable String username) {
        this.username = username;
    }

    public @Nullable String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(@Nullable String displayName) {
        this.displayName = displayName;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email;
    }

    public @Nullable Role getRole() {
        return role;
    }

    public void setRole(@Nullable Role role) {
        this.role = role;
    }

    public @Nullable Long getCentreId() {
        return centreId;
    }

    public void setCentreId(@Nullable Long centreId) {
        this.centreId = centreId;
    }

    public @Nullable InstitutionOption getInstitution() {
        return institution;
    }

    public void setInstitution(@Nullable InstitutionOption institution) {
        this.institution = institution;
    }

    public String getPreferredLocale() {
        return preferredLocale;
    }

    public void setPreferredLocale(String preferredLocale) {
        this.preferredLocale = preferredLocale;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** For a new account the password; for an existing one a new password, or empty to keep it. */
    public @Nullable String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(@Nullable String newPassword) {
        this.newPassword = newPassword;
    }

    /** Never the password, in case the object ends up in a log line. */
    @Override
    public String toString() {
        return "UserAccountDetails[" + id + ", " + username + ", " + role + "]";
    }
}
