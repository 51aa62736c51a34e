-- A person who takes part in activities, kept by one centre. Only what is needed is stored: a
-- year of birth, not a date; consent is recorded, and a guardian's consent for anyone under 16.
CREATE TABLE participant (
    id                    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    centre_id             BIGINT       NOT NULL,
    first_name            VARCHAR(80)  NOT NULL,
    last_name             VARCHAR(80)  NOT NULL,
    category              VARCHAR(24)  NOT NULL,
    birth_year            SMALLINT     NULL,
    email                 VARCHAR(254) NULL,
    phone                 VARCHAR(40)  NULL,
    institution_id        BIGINT       NULL,
    language              VARCHAR(8)   NULL,
    refugee               BOOLEAN      NOT NULL DEFAULT FALSE,
    disability            BOOLEAN      NOT NULL DEFAULT FALSE,
    consent_given         BOOLEAN      NOT NULL DEFAULT FALSE,
    consent_date          DATE         NULL,
    guardian_consent      BOOLEAN      NOT NULL DEFAULT FALSE,
    guardian_name         VARCHAR(160) NULL,
    guardian_consent_date DATE         NULL,
    notes                 TEXT         NULL,
    version               INT          NOT NULL DEFAULT 0,
    created_at            TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT fk_participant_centre FOREIGN KEY (centre_id) REFERENCES centre (id),
    CONSTRAINT fk_participant_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT ck_participant_category CHECK (category IN ('TEACHER', 'CHILD', 'YOUNG_PERSON', 'PARENT', 'SENIOR',
                                                           'MUNICIPAL_STAFF', 'NGO_MEMBER', 'MEDIA', 'OTHER')),
    CONSTRAINT ck_participant_birth_year CHECK (birth_year IS NULL OR birth_year BETWEEN 1900 AND 2100),
    CONSTRAINT ck_participant_consent CHECK (consent_given = FALSE OR consent_date IS NOT NULL),
    CONSTRAINT ck_participant_guardian_consent CHECK (guardian_consent = FALSE
        OR (guardian_consent_date IS NOT NULL AND guardian_name IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_participant_centre_last_first ON participant (centre_id, last_name, first_name);
CREATE INDEX ix_participant_last_first ON participant (last_name, first_name);
CREATE INDEX ix_participant_centre_category ON participant (centre_id, category);
CREATE INDEX ix_participant_email ON participant (email);
