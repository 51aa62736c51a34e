package lv.kopiena.base;

import java.util.List;

/**
 * One page of a list as a view asks for it: offset, limit and sort orders by property name.
 * Services translate the property names to columns; an unknown name fails loudly.
 */
public record PageRequest(int offset, int limit, List<SortOrder> sort) {

    public PageRequest {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
        sort = List.copyOf(sort);
    }

    public static PageRequest of(int offset, int limit) {
        return new PageRequest(offset, limit, List.of());
    }

    public record SortOrder(String property, boolean ascending) {
    }
}
