package lv.kopiena.workshop;

import org.jspecify.annotations.Nullable;

/** A confirmed person on the attendance check-list, with whether they are marked as attending. */
public record AttendanceMark(long signupId, String name, @Nullable String institution, boolean attended) {
}
