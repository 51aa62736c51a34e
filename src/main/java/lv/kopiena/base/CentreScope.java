package lv.kopiena.base;

import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * The centres whose records a caller may see: every centre (an admin) or one (a coordinator). A
 * record of another centre is answered exactly like a record that does not exist, with the same
 * exception and the same message: "not allowed" next to "not found" would tell a coordinator which
 * ids exist in other centres. Services build it from {@code CurrentUser.centreScope()}.
 */
public final class CentreScope {

    private final Optional<Long> centreId;

    private CentreScope(Optional<Long> centreId) {
        this.centreId = centreId;
    }

    /** @param centreId the caller's only centre, or empty for all centres */
    public static CentreScope of(Optional<Long> centreId) {
        return new CentreScope(centreId);
    }

    public boolean includes(long centre) {
        return centreId.map(own -> own == centre).orElse(true);
    }

    /**
     * The centre of a record the caller may see.
     *
     * @param recordCentre the record's centre, empty when there is no such record
     * @throws NotFoundException when there is no such record or it belongs to another centre
     */
    public long require(Optional<Long> recordCentre, String what, Object id) {
        return recordCentre.filter(this::includes).orElseThrow(() -> new NotFoundException(what, id));
    }

    /**
     * A record the caller may see.
     *
     * @param record   the record, empty when there is none
     * @param centreOf the record's centre
     * @throws NotFoundException when there is no such record or it belongs to another centre
     */
    public <T> T require(Optional<T> record, ToLongFunction<T> centreOf, String what, Object id) {
        return record.filter(r -> includes(centreOf.applyAsLong(r))).orElseThrow(() -> new NotFoundException(what, id));
    }
}
