package lv.kopiena.workshop;

/** A sign-up row as read under a lock. */
record LockedSignup(long id, long workshopId, long accountId, SignupStatus status, boolean attended) {
}
