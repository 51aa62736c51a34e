package lv.kopiena.participant;

import org.jspecify.annotations.Nullable;

/**
 * What the participant list is narrowed to. {@code centreId} is an admin's choice; for a
 * coordinator the service always uses the coordinator's own centre.
 *
 * @param search words that must each appear in the first name, last name or e-mail
 */
public record ParticipantFilter(String search, @Nullable ParticipantCategory category, @Nullable ProtectedGroup group,
                                boolean duplicatesOnly, @Nullable Long centreId) {

    public ParticipantFilter {
        search = search == null ? "" : search;
    }

    public static ParticipantFilter all() {
        return new ParticipantFilter("", null, null, false, null);
    }

    public ParticipantFilter withSearch(String text) {
        return new ParticipantFilter(text, category, group, duplicatesOnly, centreId);
    }

    public ParticipantFilter withDuplicatesOnly(boolean only) {
        return new ParticipantFilter(search, category, group, only, centreId);
    }
}
