package lv.kopiena.base;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** The one check that a record the caller may not see is answered exactly like a missing one. */
public final class NotFoundAssertions {

    private NotFoundAssertions() {
    }

    /**
     * The call fails exactly as it would for a record that does not exist: the same exception
     * type and the same message as {@code new NotFoundException(what, id)}.
     */
    public static void assertAnsweredAsMissing(ThrowingCallable call, String what, Object id) {
        assertThatThrownBy(call).isExactlyInstanceOf(NotFoundException.class)
                .hasMessage(new NotFoundException(what, id).getMessage());
    }
}
