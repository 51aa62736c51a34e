package lv.kopiena.report;

import java.math.BigDecimal;

/**
 * An exact number as the database computed it, with the cell key of the records it counts; before
 * protection, it never leaves the service.
 *
 * @param value  a {@link Long} count or {@link BigDecimal} hours
 * @param people for hours: how many people earned them (1 to 4 hides them); unused for counts
 * @param key    the cell key ({@link lv.kopiena.disclosure.CellKeys}) of the counted records; 0 in
 *               an exact report, which computes none
 */
record Cell(Number value, long people, long key) {

    static Cell count(long value, long key) {
        return new Cell(value, 0, key);
    }

    static Cell hours(BigDecimal hours, long people, long key) {
        return new Cell(hours, people, key);
    }

    Count exact() {
        return value instanceof BigDecimal d ? Count.of(d) : Count.of(value.longValue());
    }
}
