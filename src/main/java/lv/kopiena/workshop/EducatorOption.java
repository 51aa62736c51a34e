package lv.kopiena.workshop;

import org.jspecify.annotations.Nullable;

/** An educator account to add to a workshop, as a selection field lists it. */
public record EducatorOption(long id, String name, @Nullable String email, @Nullable String institution) {

    public String label() {
        StringBuilder text = new StringBuilder(name);
        if (email != null) {
            text.append(" · ").append(email);
        }
        if (institution != null) {
            text.append(" · ").append(institution);
        }
        return text.toString();
    }
}
