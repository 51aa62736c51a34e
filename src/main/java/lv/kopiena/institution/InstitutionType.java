package lv.kopiena.institution;

/**
 * What kind of organisation an institution is. Stored by name (the database checks the list);
 * shown through the translation key {@link #translationKey()}.
 */
public enum InstitutionType {
    SCHOOL,
    KINDERGARTEN,
    NGO,
    MUNICIPALITY,
    LIBRARY,
    MUSEUM,
    BUSINESS,
    MEDIA,
    FOREIGN_PARTNER;

    /** e.g. "institution.type.SCHOOL", for any view that shows the type. */
    public String translationKey() {
        return "institution.type." + name();
    }
}
