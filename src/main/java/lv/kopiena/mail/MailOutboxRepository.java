package lv.kopiena.mail;

import static lv.kopiena.jooq.Tables.MAIL_OUTBOX;

import java.time.LocalDateTime;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class MailOutboxRepository {

    private final DSLContext dsl;

    MailOutboxRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void insert(MailKind kind, long signupId, LocalDateTime now) {
        dsl.insertInto(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.KIND, kind.name())
                .set(MAIL_OUTBOX.SIGNUP_ID, signupId)
                .set(MAIL_OUTBOX.CREATED_AT, now)
                .set(MAIL_OUTBOX.NEXT_TRY_AT, now.withNano(0))
                .execute();
    }
}
