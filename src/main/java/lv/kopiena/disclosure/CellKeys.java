package lv.kopiena.disclosure;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;
import org.jspecify.annotations.Nullable;

/**
 * Record keys and cell keys (see the package description): the SQL that sums the keys of the
 * records a count counts, and the arithmetic that turns such a sum into a cell key. The sums are
 * computed by the database in the same query as the count itself, so that the key always belongs to
 * exactly the records counted; they stay DECIMAL in SQL (no overflow: 2<sup>32</sup> times a few
 * million records is far below its range) and are reduced modulo 2<sup>32</sup> here.
 */
public final class CellKeys {

    /** Record keys and cell keys are below this: 2<sup>32</sup>. */
    public static final long MODULUS = 1L << 32;

    /** The column that holds a table's record key (an INT UNSIGNED with a random default). */
    public static final String COLUMN = "record_key";

    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);
    /** 2^64: a count times this plus a sum of keys keeps both apart (see {@link #withKeys}). */
    private static final BigInteger SHIFT = BigInteger.ONE.shiftLeft(64);

    private CellKeys() {
    }

    /**
     * The record key column of a table (or of an alias of it).
     *
     * @throws IllegalArgumentException when the table has no record keys: counting its rows for a
     *                                  protected reader needs a migration that adds them first
     */
    public static Field<Long> recordKey(Table<?> table) {
        Field<?> field = table.field(COLUMN);
        if (field == null) {
            throw new IllegalArgumentException("Table " + table.getName() + " has no " + COLUMN + " column");
        }
        return field.coerce(Long.class);
    }

    /** The sum of the record keys of the rows aggregated: the (unreduced) cell key of their count. */
    public static Field<BigDecimal> sumOf(Field<? extends Number> recordKeys) {
        return coalesce(sum(recordKeys), inline(BigDecimal.ZERO));
    }

    /** The sum of the record keys of those rows that meet the condition (a count of them). */
    public static Field<BigDecimal> sumWhen(Condition counted, Field<? extends Number> recordKey) {
        return sumOf(when(counted, recordKey.coerce(Long.class)).otherwise(inline(0L)));
    }

    /**
     * The key a row adds when it stands for several records, e.g. a head count of 7 children: its
     * key 7 times. A change of the number changes the cell key, as adding or removing a record would.
     */
    public static Field<Long> times(Field<? extends Number> recordKey, Field<? extends Number> records) {
        return recordKey.coerce(Long.class).mul(records.coerce(Long.class));
    }

    /**
     * A count and the sum of the counted rows' record keys as one SQL value, count &times;
     * 2<sup>64</sup> + key sum, for where a query can return one value only (a correlated scalar
     * subquery per row): the rows are read once, not once for the count and again for the keys.
     * Such values add up like their parts (DECIMAL arithmetic is exact) as long as the key sums stay
     * below 2<sup>64</sup>, that is for fewer than 2<sup>32</sup> records. Read back with
     * {@link Tally#of}.
     *
     * @param count   a whole number (a count, or a sum of head counts)
     * @param keySum  the sum of the keys of what it counts ({@link #sumOf}), or 0 when none are needed
     */
    public static Field<BigDecimal> withKeys(Field<? extends Number> count, Field<? extends Number> keySum) {
        return count.coerce(BigDecimal.class).mul(inline(new BigDecimal(SHIFT))).plus(keySum.coerce(BigDecimal.class));
    }

    /** A count and its cell key, read back from {@link #withKeys} (or a sum of such values). */
    public record Tally(long count, long key) {

        public static Tally of(@Nullable Number packed) {
            if (packed == null) {
                return new Tally(0, 0);
            }
            BigInteger[] parts = (packed instanceof BigDecimal d ? d.toBigIntegerExact() : BigInteger.valueOf(packed.longValue()))
                    .divideAndRemainder(SHIFT);
            return new Tally(parts[0].longValueExact(), CellKeys.of(parts[1]));
        }
    }

    /** A cell key from a sum of record keys (as SQL returns it; null for no rows). */
    public static long of(@Nullable Number sumOfRecordKeys) {
        if (sumOfRecordKeys == null) {
            return 0;
        }
        BigInteger sum = sumOfRecordKeys instanceof BigDecimal d ? d.toBigIntegerExact()
                : sumOfRecordKeys instanceof BigInteger b ? b : BigInteger.valueOf(sumOfRecordKeys.longValue());
        return sum.mod(BIG_MODULUS).longValue();
    }

    /** The key of the union of disjoint sets of records, from their keys (or unreduced sums). */
    public static long combine(long... keys) {
        long key = 0;
        for (long k : keys) {
            key = Math.floorMod(key + Math.floorMod(k, MODULUS), MODULUS);
        }
        return key;
    }
}
