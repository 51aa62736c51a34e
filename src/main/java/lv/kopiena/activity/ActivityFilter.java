package lv.kopiena.activity;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the activity list is narrowed to. {@code from}/{@code to} are whole days (both included);
 * {@code centreId} is only honoured for an admin, a coordinator always sees its own centre.
 */
public record ActivityFilter(String search, @Nullable ActivityType type, @Nullable Long initiativeId,
                             @Nullable LocalDate from, @Nullable LocalDate to, @Nullable Long centreId) {

    public ActivityFilter {
        search = search == null ? "" : search.trim();
    }

    public static ActivityFilter all() {
        return new ActivityFilter("", null, null, null, null, null);
    }

    public ActivityFilter withSearch(String text) {
        return new ActivityFilter(text, type, initiativeId, from, to, centreId);
    }

    public ActivityFilter withType(@Nullable ActivityType value) {
        return new ActivityFilter(search, value, initiativeId, from, to, centreId);
    }

    public ActivityFilter withInitiative(@Nullable Long value) {
        return new ActivityFilter(search, type, value, from, to, centreId);
    }

    public ActivityFilter withPeriod(@Nullable LocalDate start, @Nullable LocalDate end) {
        return new ActivityFilter(search, type, initiativeId, start, end, centreId);
    }

    public ActivityFilter withCentre(@Nullable Long value) {
        return new ActivityFilter(search, type, initiativeId, from, to, value);
    }
}
