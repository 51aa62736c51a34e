-- Workshops: an activity with sign-up. One row per activity that takes sign-ups.
-- Seats are taken under a row lock on this row (SELECT ... FOR UPDATE), which also hands out the
-- arrival order (next_queue_no); the CHECK on confirmed_count is a last guard against overbooking.
CREATE TABLE workshop (
    activity_id      BIGINT        NOT NULL PRIMARY KEY,
    capacity         INT           NOT NULL,
    waiting_list     BOOLEAN       NOT NULL DEFAULT TRUE,
    signup_opens_at  DATETIME      NULL,
    signup_closes_at DATETIME      NULL,
    language         VARCHAR(8)    NOT NULL DEFAULT 'lv',
    online_link      VARCHAR(500)  NULL,
    pd_hours         DECIMAL(4, 1) NOT NULL DEFAULT 0,
    audience         VARCHAR(300)  NULL,
    status           VARCHAR(16)   NOT NULL DEFAULT 'OPEN',
    cancelled_at     DATETIME      NULL,
    cancel_reason    VARCHAR(500)  NULL,
    confirmed_count  INT           NOT NULL DEFAULT 0,
    next_queue_no    BIGINT        NOT NULL DEFAULT 1,
    version          INT           NOT NULL DEFAULT 0,
    created_at       TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT fk_workshop_activity FOREIGN KEY (activity_id) REFERENCES activity (id) ON DELETE CASCADE,
    CONSTRAINT ck_workshop_capacity CHECK (capacity BETWEEN 1 AND 10000),
    CONSTRAINT ck_workshop_not_overbooked CHECK (confirmed_count BETWEEN 0 AND capacity),
    CONSTRAINT ck_workshop_language CHECK (language IN ('lv', 'uk', 'en', 'ru', 'ltg')),
    CONSTRAINT ck_workshop_hours CHECK (pd_hours BETWEEN 0 AND 200),
    CONSTRAINT ck_workshop_status CHECK (status IN ('OPEN', 'CANCELLED')),
    CONSTRAINT ck_workshop_signup_period CHECK (signup_opens_at IS NULL OR signup_closes_at IS NULL
        OR signup_closes_at >= signup_opens_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_workshop_status ON workshop (status, activity_id);

-- An educator's place in a workshop: confirmed, waiting (in queue_no order), cancelled by the educator
-- or removed by the coordinator. One row per workshop and person, reused when someone signs up again.
CREATE TABLE workshop_signup (
    id                   BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    workshop_id          BIGINT      NOT NULL,
    user_account_id      BIGINT      NOT NULL,
    status               VARCHAR(16) NOT NULL,
    queue_no             BIGINT      NOT NULL,
    signed_up_at         DATETIME(6) NOT NULL,
    confirmed_at         DATETIME(6) NULL,
    cancelled_at         DATETIME(6) NULL,
    attended             BOOLEAN     NOT NULL DEFAULT FALSE,
    attendance_marked_at DATETIME    NULL,
    reminder_sent_at     DATETIME    NULL,
    version              INT         NOT NULL DEFAULT 0,
    CONSTRAINT uq_workshop_signup_person UNIQUE (workshop_id, user_account_id),
    CONSTRAINT fk_workshop_signup_workshop FOREIGN KEY (workshop_id) REFERENCES workshop (activity_id) ON DELETE CASCADE,
    CONSTRAINT fk_workshop_signup_account FOREIGN KEY (user_account_id) REFERENCES user_account (id),
    CONSTRAINT ck_workshop_signup_status CHECK (status IN ('CONFIRMED', 'WAITING', 'CANCELLED', 'REMOVED')),
    CONSTRAINT ck_workshop_signup_attended CHECK (attended = FALSE OR status = 'CONFIRMED')
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_workshop_signup_queue ON workshop_signup (workshop_id, status, queue_no);
CREATE INDEX ix_workshop_signup_account ON workshop_signup (user_account_id, signed_up_at);

-- Educators register themselves: their e-mail is their user name, and the privacy notice they
-- accepted is recorded.
ALTER TABLE user_account MODIFY username VARCHAR(254) NOT NULL;
ALTER TABLE user_account ADD COLUMN privacy_consent_at DATETIME NULL;

-- An educator who attended a workshop is also a participant of the workshop's centre, so that the
-- activity's attendance and the reports count them like anyone else.
ALTER TABLE participant ADD COLUMN user_account_id BIGINT NULL;
ALTER TABLE participant ADD CONSTRAINT fk_participant_account FOREIGN KEY (user_account_id) REFERENCES user_account (id);
ALTER TABLE participant ADD CONSTRAINT uq_participant_centre_account UNIQUE (centre_id, user_account_id);

-- A certificate of attended hours. What it certifies is copied at issue, so that the public check
-- shows what was printed; it is valid while the attendance it was issued for stands.
CREATE TABLE certificate (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    signup_id      BIGINT        NOT NULL,
    code           VARCHAR(20)   NOT NULL,
    issued_at      DATETIME      NOT NULL,
    holder_name    VARCHAR(120)  NOT NULL,
    workshop_title VARCHAR(200)  NOT NULL,
    workshop_date  DATE          NOT NULL,
    hours          DECIMAL(4, 1) NOT NULL,
    centre_name    VARCHAR(200)  NOT NULL,
    CONSTRAINT uq_certificate_signup UNIQUE (signup_id),
    CONSTRAINT uq_certificate_code UNIQUE (code),
    CONSTRAINT fk_certificate_signup FOREIGN KEY (signup_id) REFERENCES workshop_signup (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Mails leave through an outbox written in the same transaction as the change they report, so that a
-- mail is never sent for a change that rolled back and never lost when the mail server is down.
CREATE TABLE mail_outbox (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind         VARCHAR(32)  NOT NULL,
    signup_id    BIGINT       NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    sent_at      DATETIME     NULL,
    attempts     INT          NOT NULL DEFAULT 0,
    next_try_at  DATETIME     NOT NULL,
    last_error   VARCHAR(500) NULL,
    CONSTRAINT fk_mail_outbox_signup FOREIGN KEY (signup_id) REFERENCES workshop_signup (id) ON DELETE CASCADE,
    CONSTRAINT ck_mail_outbox_kind CHECK (kind IN ('CONFIRMED', 'WAITING', 'PROMOTED', 'REMINDER',
                                                   'WORKSHOP_CANCELLED', 'SIGNUP_CANCELLED', 'REMOVED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_mail_outbox_pending ON mail_outbox (sent_at, next_try_at);
