package lv.kopiena.base.ui;

import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import lv.kopiena.base.PageRequest;

/** Translates a lazy grid's query into the page request services understand. */
public final class Queries {

    private Queries() {
    }

    public static PageRequest page(Query<?, ?> query) {
        return new PageRequest(query.getOffset(), query.getLimit(), query.getSortOrders().stream()
                .map(o -> new PageRequest.SortOrder(o.getSorted(), o.getDirection() == SortDirection.ASCENDING))
                .toList());
    }
}
