package lv.kopiena.report;

import java.math.BigDecimal;

/**
 * An exact number as the database computed it, before protection; never leaves the service.
 *
 * @param value  a {@link Long} count or {@link BigDecimal} hours
 * @param people for hours: how many people earned them (decides their suppression); for counts of
 *               persons the count itself; unused for counts of things
 */
record Cell(Number value, long people) {

    static Cell things(long value) {
        return new Cell(value, 0);
    }

    static Cell persons(long value) {
        return new Cell(value, value);
    }

    static Cell hours(BigDecimal hours, long people) {
        return new Cell(hours, people);
    }

    BigDecimal decimal() {
        return value instanceof BigDecimal d ? d : BigDecimal.valueOf(value.longValue());
    }

    boolean zero() {
        return decimal().signum() == 0;
    }

    Count exact() {
        return value instanceof BigDecimal d ? Count.of(d) : Count.of(value.longValue());
    }
}
