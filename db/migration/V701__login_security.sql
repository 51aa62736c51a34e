-- Who is logged in, from where, since when; and how each session ended. A row is written at login
-- and checked on every request, so that disabling an account, changing its role or centre, or
-- changing its password ends its sessions at once (not at the next login), and an admin can end
-- one session. Idle sessions are ended by the servlet container (ended_at set when it drops them);
-- expires_at is the absolute lifetime, whatever the activity.
CREATE TABLE login_session (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_account_id BIGINT       NOT NULL,
    started_at      DATETIME     NOT NULL,
    last_seen_at    DATETIME     NOT NULL,
    expires_at      DATETIME     NOT NULL,
    address         VARCHAR(45)  NOT NULL,
    user_agent      VARCHAR(300) NULL,
    ended_at        DATETIME     NULL,
    end_reason      VARCHAR(24)  NULL,
    ended_by        BIGINT       NULL,
    CONSTRAINT fk_login_session_account FOREIGN KEY (user_account_id) REFERENCES user_account (id) ON DELETE CASCADE,
    CONSTRAINT fk_login_session_ended_by FOREIGN KEY (ended_by) REFERENCES user_account (id) ON DELETE SET NULL,
    CONSTRAINT ck_login_session_end CHECK ((ended_at IS NULL) = (end_reason IS NULL)),
    CONSTRAINT ck_login_session_reason CHECK (end_reason IS NULL OR end_reason IN ('LOGOUT', 'IDLE', 'EXPIRED',
        'ENDED_BY_ADMIN', 'ACCOUNT_DISABLED', 'ACCOUNT_CHANGED', 'PASSWORD_CHANGED', 'PASSWORD_RESET',
        'ACCOUNT_DELETED', 'SERVER_RESTART'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_login_session_account ON login_session (user_account_id, ended_at);
CREATE INDEX ix_login_session_open ON login_session (ended_at, last_seen_at);

-- Every login attempt: success, wrong password or unknown name, refused while locked, lock-outs.
-- The user name is kept as typed (lower case, shortened) so that attacks on one name show; the
-- password never is. Read by admins; the application log carries only the account id. No foreign
-- key: a record of what happened stays when the account is deleted, and is written in a
-- transaction of its own that must not wait for the account's row.
CREATE TABLE login_event (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at     DATETIME(3)  NOT NULL,
    outcome         VARCHAR(16)  NOT NULL,
    username        VARCHAR(254) NOT NULL,
    user_account_id BIGINT       NULL,
    address         VARCHAR(45)  NOT NULL,
    locked_until    DATETIME     NULL,
    CONSTRAINT ck_login_event_outcome CHECK (outcome IN ('SUCCESS', 'FAILURE', 'LOCKED_OUT', 'REFUSED', 'DISABLED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_login_event_time ON login_event (occurred_at);
CREATE INDEX ix_login_event_account ON login_event (user_account_id, occurred_at);

-- Attempt counters that throttle guessing and flooding: failed logins per user name and per
-- address, registrations and password-reset requests per address and per e-mail. An attempt is
-- counted before it is checked (an atomic upsert), so parallel guesses cannot slip past the limit.
-- lockouts grows with each lock-out in a row and doubles the next lock's length.
CREATE TABLE attempt_counter (
    kind            VARCHAR(16)  NOT NULL,
    subject         VARCHAR(254) NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    window_start    DATETIME(3)  NOT NULL,
    lockouts        INT          NOT NULL DEFAULT 0,
    locked_until    DATETIME(3)  NULL,
    last_attempt_at DATETIME(3)  NOT NULL,
    PRIMARY KEY (kind, subject),
    CONSTRAINT ck_attempt_counter_kind CHECK (kind IN ('LOGIN_ACCOUNT', 'LOGIN_ADDRESS', 'REGISTER_ADDRESS',
        'REGISTER_EMAIL', 'RESET_ADDRESS', 'RESET_ACCOUNT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_attempt_counter_stale ON attempt_counter (last_attempt_at);
