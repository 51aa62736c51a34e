-- People's rights over their data (GDPR articles 15, 17, 20) and retention (lv.kopiena.privacy).
--
-- An erased participant keeps its row, anonymised: the reports count attendance by participant
-- (unique people, categories, protected groups, first-time or returning, cell keys), so the row
-- stays with its id, centre, category, protected-group flags and record key, and everything that
-- names or reaches the person is cleared. erased_at marks it, so that lists and look-ups skip it.
ALTER TABLE participant ADD COLUMN erased_at DATETIME NULL;
-- A withdrawn consent: from then on the person is not recorded by name (only in head counts),
-- until a new consent is recorded.
ALTER TABLE participant ADD COLUMN consent_withdrawn_at DATETIME NULL;
CREATE INDEX ix_participant_centre_erased ON participant (centre_id, erased_at);

-- An erased educator account keeps its row (sign-ups count as attendance and hours), anonymised.
ALTER TABLE user_account ADD COLUMN erased_at DATETIME NULL;

-- A certificate stays verifiable after its holder was erased, without the name.
ALTER TABLE certificate MODIFY holder_name VARCHAR(120) NULL;
ALTER TABLE certificate ADD COLUMN holder_erased_at DATETIME NULL;
ALTER TABLE certificate ADD CONSTRAINT ck_certificate_holder CHECK (holder_name IS NOT NULL OR holder_erased_at IS NOT NULL);

-- A centre's retention rule, applied every night when enabled (and on demand, after a dry run):
-- participants without any activity for inactive_years are erased; the e-mail and phone of
-- people registered as minors are removed once they are 18 (by year of birth).
CREATE TABLE retention_rule (
    centre_id            BIGINT    NOT NULL PRIMARY KEY,
    enabled              BOOLEAN   NOT NULL DEFAULT FALSE,
    inactive_years       INT       NOT NULL DEFAULT 5,
    minors_contact_at_18 BOOLEAN   NOT NULL DEFAULT TRUE,
    version              INT       NOT NULL DEFAULT 0,
    updated_at           TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    CONSTRAINT fk_retention_rule_centre FOREIGN KEY (centre_id) REFERENCES centre (id) ON DELETE CASCADE,
    CONSTRAINT ck_retention_rule_years CHECK (inactive_years BETWEEN 1 AND 50)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
