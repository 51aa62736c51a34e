package lv.kopiena.workshop;

import org.jspecify.annotations.Nullable;

/**
 * What the coordinator's workshop list shows.
 *
 * @param centreId an admin's choice of centre (null: all); a coordinator always gets its own
 */
public record WorkshopFilter(String search, When when, @Nullable WorkshopStatus status, @Nullable Long centreId) {

    /** Which workshops by their time: upcoming includes those under way (started, not yet ended). */
    public enum When {
        UPCOMING,
        PAST,
        ALL
    }

    public WorkshopFilter {
        search = search == null ? "" : search.trim();
        when = when == null ? When.ALL : when;
    }

    public static WorkshopFilter upcoming() {
        return new WorkshopFilter("", When.UPCOMING, null, null);
    }

    public static WorkshopFilter all() {
        return new WorkshopFilter("", When.ALL, null, null);
    }
}
