package lv.kopiena.base.jooq;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lv.kopiena.base.PageRequest;
import org.jooq.Field;
import org.jooq.SortField;

/** Maps the sort property names a grid sends to real columns. */
public final class Sorting {

    private Sorting() {
    }

    /**
     * @param columns the sortable properties of a list and their columns
     * @param tiebreakers appended after the requested orders so that paging is stable
     * @throws IllegalArgumentException for a property that is not in {@code columns}
     */
    public static List<SortField<?>> orderBy(PageRequest page, Map<String, ? extends Field<?>> columns,
                                             SortField<?>... tiebreakers) {
        List<SortField<?>> result = new ArrayList<>();
        for (PageRequest.SortOrder order : page.sort()) {
            Field<?> column = columns.get(order.property());
            if (column == null) {
                throw new IllegalArgumentException("Unknown sort property '" + order.property()
                        + "', known: " + columns.keySet());
            }
            result.add(order.ascending() ? column.asc() : column.desc());
        }
        result.addAll(List.of(tiebreakers));
        return result;
    }
}
