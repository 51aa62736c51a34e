package lv.kopiena.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import lv.kopiena.base.NotFoundException;

/**
 * Ids in addresses ({@code /activities/123}). A route takes only digits that fit a {@code long}
 * ({@link #ID}), so anything else is Vaadin's "no such page"; {@link #id} reads the value and turns
 * whatever still does not parse into {@link NotFoundException}. Either way the visitor sees the
 * same neutral not-found page as for a record that does not exist, never a stack trace.
 */
public final class RouteIds {

    /** The pattern of an id parameter in a route template, e.g. {@code "activities/:id" + RouteIds.ID}: 1-18 digits. */
    public static final String ID = "([0-9]{1,18})";

    private RouteIds() {
    }

    /**
     * The id in the named route parameter.
     *
     * @throws NotFoundException when the parameter is missing or is not a number that fits a long
     */
    public static long id(BeforeEnterEvent event, String parameter) {
        String value = event.getRouteParameters().get(parameter).orElse("");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            // the value itself is not logged or shown: it is whatever someone typed
            throw new NotFoundException("record (id not a number)", parameter);
        }
    }
}
