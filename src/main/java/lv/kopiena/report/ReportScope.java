package lv.kopiena.report;

import org.jspecify.annotations.Nullable;

/**
 * Whose numbers a report may hold: a coordinator's centre, a funder's institution (the initiatives
 * it funds), or neither for an admin (everything). Built by the service from the logged-in user,
 * never from the filter.
 */
record ReportScope(@Nullable Long centreId, @Nullable Long funderInstitutionId) {

    static ReportScope all() {
        return new ReportScope(null, null);
    }

    static ReportScope centre(long centreId) {
        return new ReportScope(centreId, null);
    }

    static ReportScope funder(long institutionId) {
        return new ReportScope(null, institutionId);
    }
}
