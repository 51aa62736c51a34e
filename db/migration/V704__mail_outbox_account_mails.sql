-- The outbox also carries mails about accounts (verify a registration, "you already have an
-- account", reset a password, "your password was changed"), which belong to no workshop sign-up:
-- they name their recipient themselves. A link's raw token is kept only until the mail has been
-- sent (or given up) and is then cleared, so that the outbox holds no working link for long.
-- A row is either a workshop mail (a sign-up, no recipient of its own) or an account mail.
ALTER TABLE mail_outbox MODIFY signup_id BIGINT NULL;
ALTER TABLE mail_outbox ADD COLUMN recipient_email VARCHAR(254) NULL;
ALTER TABLE mail_outbox ADD COLUMN recipient_name VARCHAR(120) NULL;
ALTER TABLE mail_outbox ADD COLUMN recipient_locale VARCHAR(8) NULL;
ALTER TABLE mail_outbox ADD COLUMN account_username VARCHAR(254) NULL;
ALTER TABLE mail_outbox ADD COLUMN institution_name VARCHAR(200) NULL;
ALTER TABLE mail_outbox ADD COLUMN link_token VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL;
ALTER TABLE mail_outbox DROP CONSTRAINT ck_mail_outbox_kind;
ALTER TABLE mail_outbox ADD CONSTRAINT ck_mail_outbox_kind CHECK (kind IN ('CONFIRMED', 'WAITING', 'PROMOTED',
    'REMINDER', 'WORKSHOP_CANCELLED', 'SIGNUP_CANCELLED', 'REMOVED',
    'ACCOUNT_CONFIRM', 'ACCOUNT_EXISTS', 'PASSWORD_RESET', 'PASSWORD_CHANGED'));
ALTER TABLE mail_outbox ADD CONSTRAINT ck_mail_outbox_target CHECK (
    (signup_id IS NOT NULL
        AND kind NOT IN ('ACCOUNT_CONFIRM', 'ACCOUNT_EXISTS', 'PASSWORD_RESET', 'PASSWORD_CHANGED')
        AND recipient_email IS NULL AND recipient_name IS NULL AND recipient_locale IS NULL
        AND account_username IS NULL AND institution_name IS NULL AND link_token IS NULL)
    OR (signup_id IS NULL
        AND kind IN ('ACCOUNT_CONFIRM', 'ACCOUNT_EXISTS', 'PASSWORD_RESET', 'PASSWORD_CHANGED')
        AND recipient_email IS NOT NULL AND recipient_name IS NOT NULL
        AND recipient_locale IN ('lv', 'uk', 'en')));
