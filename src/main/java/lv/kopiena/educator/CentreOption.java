package lv.kopiena.educator;

/** A centre to filter the catalogue by (only public facts). */
public record CentreOption(long id, String name, String municipalityName) {
}
