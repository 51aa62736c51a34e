package lv.kopiena.account.ui;

import org.jspecify.annotations.Nullable;

/** The fields of the password forms, for their binders. Never printed. */
class PasswordForm {

    private @Nullable String current;
    private @Nullable String password;
    private @Nullable String repeat;

    @Nullable String getCurrent() {
        return current;
    }

    void setCurrent(@Nullable String current) {
        this.current = current;
    }

    @Nullable String getPassword() {
        return password;
    }

    void setPassword(@Nullable String password) {
        this.password = password;
    }

    @Nullable String getRepeat() {
        return repeat;
    }

    void setRepeat(@Nullable String repeat) {
        this.repeat = repeat;
    }

    @Override
    public String toString() {
        return "PasswordForm";
    }
}
