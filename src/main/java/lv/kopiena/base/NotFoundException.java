package lv.kopiena.base;

/** The record asked for does not exist, or the current user may not see it (we do not say which). */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
