package lv.kopiena.security;

import static lv.kopiena.jooq.Tables.LOGIN_SESSION;
import static lv.kopiena.jooq.Tables.USER_ACCOUNT;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The login_session rows: written at login, read on every request, ended by whoever ends them. */
@Repository
class LoginSessionRepository {

    private final DSLContext dsl;

    LoginSessionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    long insert(long userAccountId, LocalDateTime now, LocalDateTime expiresAt, String address,
                @Nullable String userAgent) {
        return dsl.insertInto(LOGIN_SESSION)
                .set(LOGIN_SESSION.USER_ACCOUNT_ID, userAccountId)
                .set(LOGIN_SESSION.STARTED_AT, now)
                .set(LOGIN_SESSION.LAST_SEEN_AT, now)
                .set(LOGIN_SESSION.EXPIRES_AT, expiresAt)
                .set(LOGIN_SESSION.ADDRESS, address)
                .set(LOGIN_SESSION.USER_AGENT, userAgent)
                .returningResult(LOGIN_SESSION.ID)
                .fetchSingle(LOGIN_SESSION.ID);
    }

    /** What a request needs to know about its session, with the account's current state. */
    record State(long userAccountId, @Nullable LocalDateTime endedAt, @Nullable String endReason,
                 LocalDateTime expiresAt, LocalDateTime lastSeenAt, boolean accountEnabled) {
    }

    Optional<State> state(long id) {
        return dsl.select(LOGIN_SESSION.USER_ACCOUNT_ID, LOGIN_SESSION.ENDED_AT, LOGIN_SESSION.END_REASON,
                        LOGIN_SESSION.EXPIRES_AT, LOGIN_SESSION.LAST_SEEN_AT, USER_ACCOUNT.ENABLED)
                .from(LOGIN_SESSION)
                .join(USER_ACCOUNT).on(USER_ACCOUNT.ID.eq(LOGIN_SESSION.USER_ACCOUNT_ID))
                .where(LOGIN_SESSION.ID.eq(id))
                .fetchOptional(r -> new State(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        Boolean.TRUE.equals(r.value6())));
    }

    void touch(long id, LocalDateTime now) {
        dsl.update(LOGIN_SESSION).set(LOGIN_SESSION.LAST_SEEN_AT, now)
                .where(LOGIN_SESSION.ID.eq(id).and(LOGIN_SESSION.ENDED_AT.isNull()))
                .execute();
    }

    /** Ends the open sessions the condition picks; ended ones keep their first reason. */
    int end(Condition which, LocalDateTime now, String reason, @Nullable Long endedBy) {
        return dsl.update(LOGIN_SESSION)
                .set(LOGIN_SESSION.ENDED_AT, now)
                .set(LOGIN_SESSION.END_REASON, reason)
                .set(LOGIN_SESSION.ENDED_BY, endedBy)
                .where(which.and(LOGIN_SESSION.ENDED_AT.isNull()))
                .execute();
    }

    /** One page of the sessions open now, most recently active first. */
    List<OpenSession> open(LocalDateTime activeSince, int offset, int limit) {
        return dsl.select(LOGIN_SESSION.ID, LOGIN_SESSION.USER_ACCOUNT_ID, USER_ACCOUNT.USERNAME,
                        USER_ACCOUNT.DISPLAY_NAME, USER_ACCOUNT.ROLE, LOGIN_SESSION.STARTED_AT,
                        LOGIN_SESSION.LAST_SEEN_AT, LOGIN_SESSION.ADDRESS, LOGIN_SESSION.USER_AGENT)
                .from(LOGIN_SESSION)
                .join(USER_ACCOUNT).on(USER_ACCOUNT.ID.eq(LOGIN_SESSION.USER_ACCOUNT_ID))
                .where(openCondition(activeSince))
                .orderBy(LOGIN_SESSION.LAST_SEEN_AT.desc(), LOGIN_SESSION.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(r -> new OpenSession(r.value1(), r.value2(), r.value3(), r.value4(), Role.valueOf(r.value5()),
                        r.value6(), r.value7(), r.value8(), r.value9()));
    }

    int countOpen(LocalDateTime activeSince) {
        return dsl.fetchCount(LOGIN_SESSION, openCondition(activeSince));
    }

    private static Condition openCondition(LocalDateTime activeSince) {
        return LOGIN_SESSION.ENDED_AT.isNull().and(LOGIN_SESSION.LAST_SEEN_AT.ge(activeSince));
    }
}
