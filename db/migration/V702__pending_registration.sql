-- An educator's registration waits here until the link mailed to its address is opened: only then
-- does it become an account (user_account), so that nobody can take someone else's address first.
-- What the person typed is kept as typed (the password only as its Argon2id hash); the link's
-- token only as its SHA-256 (hex), so that a copy of this table opens no account. A registration
-- expires after 48 hours and is removed by a job; when one of an address's registrations becomes
-- an account, all registrations of that address are removed. The address it came from is kept for
-- looking into abuse.
CREATE TABLE pending_registration (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    email              VARCHAR(254) NOT NULL,
    display_name       VARCHAR(120) NOT NULL,
    password_hash      VARCHAR(200) NOT NULL,
    institution_id     BIGINT       NULL,
    preferred_locale   VARCHAR(8)   NOT NULL,
    privacy_consent_at DATETIME     NOT NULL,
    token_hash         CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    created_at         DATETIME     NOT NULL,
    expires_at         DATETIME     NOT NULL,
    address            VARCHAR(45)  NOT NULL,
    CONSTRAINT uq_pending_registration_token UNIQUE (token_hash),
    CONSTRAINT fk_pending_registration_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
        ON DELETE SET NULL,
    CONSTRAINT ck_pending_registration_locale CHECK (preferred_locale IN ('lv', 'uk', 'en')),
    CONSTRAINT ck_pending_registration_expiry CHECK (expires_at > created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_pending_registration_email ON pending_registration (email, id);
CREATE INDEX ix_pending_registration_expires ON pending_registration (expires_at);
