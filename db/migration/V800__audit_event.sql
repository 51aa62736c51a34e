-- Who did what, when, from where, to which record: one row per change, login, export or erasure.
-- Written in the same transaction as the change it records, so that there is no change without
-- its entry and no entry for a change that rolled back. Personal fields appear as changed without
-- their values (changes holds field names and, for other fields, old and new values as JSON);
-- people are named by account id only, never by name or e-mail.
--
-- Rows are chained: a job seals committed rows in the order it finds them, giving each the next
-- seq and hash = SHA-256 (or HMAC-SHA-256 with kopiena.audit.key) over the row and the previous
-- row's hash. Editing or deleting a sealed row breaks the chain, and the check on /audit shows
-- where. Rows older than the retention period are removed from the start of the chain only.
-- The address is personal data that is erased with its person, so it is outside the chain.
CREATE TABLE audit_event (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at      DATETIME(3)  NOT NULL,
    action           VARCHAR(24)  NOT NULL,
    record_type      VARCHAR(32)  NULL,
    record_id        BIGINT       NULL,
    centre_id        BIGINT       NULL,
    actor_account_id BIGINT       NULL,
    actor_role       VARCHAR(16)  NULL,
    address          VARCHAR(45)  NULL,
    changes          MEDIUMTEXT   NULL,
    detail           VARCHAR(500) NULL,
    seq              BIGINT       NULL,
    prev_hash        CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NULL,
    hash             CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NULL,
    CONSTRAINT uq_audit_event_seq UNIQUE (seq),
    CONSTRAINT ck_audit_event_sealed CHECK ((seq IS NULL) = (hash IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_audit_event_time ON audit_event (occurred_at, id);
CREATE INDEX ix_audit_event_actor ON audit_event (actor_account_id, occurred_at);
CREATE INDEX ix_audit_event_record ON audit_event (record_type, record_id, occurred_at);
CREATE INDEX ix_audit_event_centre ON audit_event (centre_id, occurred_at);
