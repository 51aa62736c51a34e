package lv.kopiena.institution;

import org.jspecify.annotations.Nullable;

/**
 * What the institution list is narrowed to. Each part is optional: a blank search, no type and
 * no municipality list everything. A municipality of today also matches institutions registered
 * under the former municipalities merged into it; a former one matches only itself.
 *
 * @param search         part of the name (case and accents do not matter)
 * @param type           only institutions of this type
 * @param municipalityId only institutions of this municipality (see above)
 */
public record InstitutionFilter(String search, @Nullable InstitutionType type, @Nullable Long municipalityId) {

    public InstitutionFilter {
        search = search == null ? "" : search.trim();
    }

    /** No filter: the whole list. */
    public static InstitutionFilter all() {
        return new InstitutionFilter("", null, null);
    }

    public static InstitutionFilter search(String search) {
        return new InstitutionFilter(search, null, null);
    }

    public InstitutionFilter withType(@Nullable InstitutionType type) {
        return new InstitutionFilter(search, type, municipalityId);
    }

    public InstitutionFilter withMunicipality(@Nullable Long municipalityId) {
        return new InstitutionFilter(search, type, municipalityId);
    }
}
