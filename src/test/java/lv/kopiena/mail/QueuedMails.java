package lv.kopiena.mail;

import static lv.kopiena.jooq.Tables.MAIL_OUTBOX;

import java.util.List;
import java.util.Objects;
import lv.kopiena.jooq.tables.records.MailOutboxRecord;
import org.jooq.DSLContext;

/** Account mails as the outbox holds them before they are sent: how a test finds the link a person was mailed. */
public final class QueuedMails {

    private final DSLContext dsl;

    public QueuedMails(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Account mails of a kind to an address, oldest first. */
    public List<MailOutboxRecord> to(String email, MailKind kind) {
        return dsl.selectFrom(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.RECIPIENT_EMAIL.eq(email))
                .and(MAIL_OUTBOX.KIND.eq(kind.name()))
                .orderBy(MAIL_OUTBOX.ID)
                .fetch();
    }

    /** Every account mail to an address, whatever its kind. */
    public List<MailOutboxRecord> to(String email) {
        return dsl.selectFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.RECIPIENT_EMAIL.eq(email)).orderBy(MAIL_OUTBOX.ID).fetch();
    }

    /** The token of the link in the latest mail of a kind to an address; fails when there is none. */
    public String latestToken(String email, MailKind kind) {
        List<MailOutboxRecord> mails = to(email, kind);
        if (mails.isEmpty()) {
            throw new AssertionError("no " + kind + " mail to " + email + " in the outbox");
        }
        return Objects.requireNonNull(mails.getLast().getLinkToken(), "the mail carries no token");
    }
}
