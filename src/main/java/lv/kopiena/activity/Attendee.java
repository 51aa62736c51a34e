package lv.kopiena.activity;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A named participant marked as attending an activity. */
public record Attendee(long participantId, String firstName, String lastName, @Nullable Integer birthYear,
                       ParticipantCategory category, LocalDateTime recordedAt) {

    public String label() {
        return lastName + " " + firstName + (birthYear == null ? "" : " (" + birthYear + ")");
    }
}
