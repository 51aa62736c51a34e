package lv.kopiena.workshop;

/**
 * The outcome of a sign-up: a confirmed seat, or a place on the waiting list.
 *
 * @param waitingPosition 1 for the first person waiting; 0 when confirmed
 */
public record SignupResult(long signupId, SignupStatus status, int waitingPosition) {
}
