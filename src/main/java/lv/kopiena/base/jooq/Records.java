package lv.kopiena.base.jooq;

import lv.kopiena.base.ConcurrentEditException;
import org.jooq.DSLContext;
import org.jooq.UpdatableRecord;
import org.jooq.exception.DataChangedException;

/** Storing records that a form edited, with the optimistic lock turned into our own exception. */
public final class Records {

    private Records() {
    }

    /**
     * Inserts a new record or updates a loaded one; the update only succeeds when the version
     * column still holds the value read with the record.
     *
     * @throws ConcurrentEditException when someone else saved the record in between
     */
    public static <R extends UpdatableRecord<R>> R store(DSLContext dsl, R record, String what) {
        dsl.attach(record);
        try {
            record.store();
        } catch (DataChangedException e) {
            throw new ConcurrentEditException(what, e);
        }
        return record;
    }
}
