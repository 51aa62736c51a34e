package lv.kopiena.participant;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A participant as lists and the merge dialog show them, with the institution's and centre's
 * names, whether another record of the centre looks like the same person, and how many
 * activities they attended (all computed in the list's one query).
 */
public record ParticipantRow(long id, long centreId, String centreName, String firstName, String lastName,
                             ParticipantCategory category, @Nullable Integer birthYear, @Nullable String email,
                             @Nullable String phone, @Nullable Long institutionId, @Nullable String institutionName,
                             @Nullable String language, boolean refugee, boolean disability, ConsentState consent,
                             @Nullable LocalDate consentDate, @Nullable String guardianName,
                             @Nullable LocalDate guardianConsentDate, boolean possibleDuplicate, int attendanceCount,
                             LocalDateTime createdAt) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
