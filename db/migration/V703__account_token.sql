-- Single-use, expiring links mailed for an existing account (today: setting a new password after
-- "forgot password"). Only the SHA-256 (hex) of the link's token is kept; a token is used once
-- (used_at), and using one voids the account's other tokens of the same purpose. Expired and used
-- tokens are removed by a job. The address that asked is kept for looking into abuse.
CREATE TABLE account_token (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    purpose         VARCHAR(16) NOT NULL,
    user_account_id BIGINT      NOT NULL,
    token_hash      CHAR(64)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    created_at      DATETIME    NOT NULL,
    expires_at      DATETIME    NOT NULL,
    used_at         DATETIME    NULL,
    address         VARCHAR(45) NOT NULL,
    CONSTRAINT uq_account_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_account_token_account FOREIGN KEY (user_account_id) REFERENCES user_account (id) ON DELETE CASCADE,
    CONSTRAINT ck_account_token_purpose CHECK (purpose IN ('PASSWORD_RESET')),
    CONSTRAINT ck_account_token_expiry CHECK (expires_at > created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_account_token_account ON account_token (user_account_id, purpose, used_at);
CREATE INDEX ix_account_token_expires ON account_token (expires_at);
