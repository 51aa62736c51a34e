package lv.kopiena.security;

import static lv.kopiena.jooq.Tables.LOGIN_EVENT;

import java.time.LocalDateTime;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class LoginEventRepository {

    private final DSLContext dsl;

    LoginEventRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void insert(LocalDateTime at, String outcome, String username, @Nullable Long accountId, String address,
                @Nullable LocalDateTime lockedUntil) {
        dsl.insertInto(LOGIN_EVENT)
                .set(LOGIN_EVENT.OCCURRED_AT, at)
                .set(LOGIN_EVENT.OUTCOME, outcome)
                .set(LOGIN_EVENT.USERNAME, username)
                .set(LOGIN_EVENT.USER_ACCOUNT_ID, accountId)
                .set(LOGIN_EVENT.ADDRESS, address)
                .set(LOGIN_EVENT.LOCKED_UNTIL, lockedUntil)
                .execute();
    }
}
