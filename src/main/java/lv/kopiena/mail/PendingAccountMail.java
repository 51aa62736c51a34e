package lv.kopiena.mail;

import java.time.LocalDateTime;

/** A queued account mail, claimed for sending: the outbox row's id, its failed attempts so far and when it was queued. */
record PendingAccountMail(long id, int attempts, LocalDateTime queuedAt, AccountMail mail) {
}
