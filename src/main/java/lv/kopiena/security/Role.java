package lv.kopiena.security;

/** What a user account may do. Spring authorities are "ROLE_" + the name. */
public enum Role {
    /** manages centres, accounts and the shared lists */
    ADMIN,
    /** runs one centre: its initiatives, activities, participants */
    COORDINATOR,
    /** a teacher or youth worker who signs up for workshops */
    EDUCATOR,
    /** a funder or partner that reads reports, never personal data */
    FUNDER;

    public String authority() {
        return "ROLE_" + name();
    }

    /** Constants for annotations, which need compile-time strings. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String COORDINATOR = "COORDINATOR";
        public static final String EDUCATOR = "EDUCATOR";
        public static final String FUNDER = "FUNDER";

        private Names() {
        }
    }
}
