-- People who log in. A coordinator belongs to a centre; a funder or an educator may belong to an
-- institution (the funding organisation, the educator's school).
CREATE TABLE user_account (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username         VARCHAR(64)  NOT NULL,
    password_hash    VARCHAR(200) NOT NULL,
    display_name     VARCHAR(120) NOT NULL,
    email            VARCHAR(254) NULL,
    role             VARCHAR(16)  NOT NULL,
    centre_id        BIGINT       NULL,
    institution_id   BIGINT       NULL,
    preferred_locale VARCHAR(8)   NOT NULL DEFAULT 'lv',
    enabled          BOOLEAN      NOT NULL DEFAULT TRUE,
    version          INT          NOT NULL DEFAULT 0,
    created_at       TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT uq_user_account_username UNIQUE (username),
    CONSTRAINT fk_user_account_centre FOREIGN KEY (centre_id) REFERENCES centre (id),
    CONSTRAINT fk_user_account_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT ck_user_account_role CHECK (role IN ('ADMIN', 'COORDINATOR', 'EDUCATOR', 'FUNDER')),
    CONSTRAINT ck_user_account_coordinator_centre CHECK (role <> 'COORDINATOR' OR centre_id IS NOT NULL),
    CONSTRAINT ck_user_account_locale CHECK (preferred_locale IN ('lv', 'uk', 'en'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
