package lv.kopiena.institution;

/**
 * An existing institution whose name looks like one being entered: a warning that it may be
 * registered already, never a refusal (two schools may truly share a name).
 */
public record SimilarInstitution(InstitutionOption institution, Likeness likeness) {

    /** Why the names look alike, strongest first; shown through "institution.likeness.X". */
    public enum Likeness {
        /** the same name once case, accents, punctuation, word order and legal forms are ignored */
        SAME_NAME,
        /** all words of one name are in the other, e.g. "Kopā" and Izglītības biedrība "Kopā" */
        CONTAINED,
        /** a small spelling difference, e.g. a typo */
        SIMILAR_NAME;

        public String translationKey() {
            return "institution.likeness." + name();
        }
    }
}
