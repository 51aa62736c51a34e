package lv.kopiena.account;

/** A password-reset link that works: the page shows whose password it sets. */
public record ResetLink(String username) {
}
