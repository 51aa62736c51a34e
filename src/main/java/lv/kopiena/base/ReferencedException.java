package lv.kopiena.base;

import java.util.List;

/**
 * A record cannot be deleted because others refer to it. Carries what refers to it, as
 * translation keys with counts, so the user is told why instead of seeing a database error.
 */
public class ReferencedException extends RuntimeException {

    /** One kind of record that refers to the one being deleted, e.g. "activity.plural" x 12. */
    public record Reference(String translationKey, long count) {
    }

    private final List<Reference> references;

    public ReferencedException(List<Reference> references) {
        super("Still referred to by " + references);
        this.references = List.copyOf(references);
    }

    public List<Reference> references() {
        return references;
    }

    /** Throws when any of the counts is above zero. */
    public static void throwIfReferenced(List<Reference> candidates) {
        List<Reference> found = candidates.stream().filter(r -> r.count() > 0).toList();
        if (!found.isEmpty()) {
            throw new ReferencedException(found);
        }
    }
}
