package lv.kopiena.activity;

import org.jspecify.annotations.Nullable;

/** A participant of the activity's centre, as found by name to mark attendance. */
public record ParticipantOption(long id, String firstName, String lastName, @Nullable Integer birthYear,
                                ParticipantCategory category) {

    /** "Kalniņa Anna (1987)": how a person is told apart from others of the same name. */
    public String label() {
        return lastName + " " + firstName + (birthYear == null ? "" : " (" + birthYear + ")");
    }
}
