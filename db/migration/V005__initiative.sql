-- A community project or programme run by a centre, with its phases ("stages").
CREATE TABLE initiative (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    centre_id           BIGINT       NOT NULL,
    title               VARCHAR(200) NOT NULL,
    goals               TEXT         NULL,
    starts_on           DATE         NOT NULL,
    ends_on             DATE         NULL,
    lead_institution_id BIGINT       NULL,
    coordinator_id      BIGINT       NULL,
    status              VARCHAR(16)  NOT NULL DEFAULT 'PLANNED',
    version             INT          NOT NULL DEFAULT 0,
    created_at          TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT fk_initiative_centre FOREIGN KEY (centre_id) REFERENCES centre (id),
    CONSTRAINT fk_initiative_lead FOREIGN KEY (lead_institution_id) REFERENCES institution (id),
    CONSTRAINT fk_initiative_coordinator FOREIGN KEY (coordinator_id) REFERENCES user_account (id),
    CONSTRAINT ck_initiative_status CHECK (status IN ('PLANNED', 'ACTIVE', 'COMPLETED', 'CANCELLED')),
    CONSTRAINT ck_initiative_period CHECK (ends_on IS NULL OR ends_on >= starts_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_initiative_centre_start ON initiative (centre_id, starts_on);
CREATE INDEX ix_initiative_title ON initiative (title);

CREATE TABLE initiative_phase (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    initiative_id   BIGINT       NOT NULL,
    name            VARCHAR(200) NOT NULL,
    starts_on       DATE         NOT NULL,
    ends_on         DATE         NULL,
    goals           TEXT         NULL,
    closing_summary TEXT         NULL,
    version         INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_initiative_phase_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id) ON DELETE CASCADE,
    CONSTRAINT ck_initiative_phase_period CHECK (ends_on IS NULL OR ends_on >= starts_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_initiative_phase_initiative ON initiative_phase (initiative_id, starts_on);

CREATE TABLE initiative_funder (
    initiative_id  BIGINT NOT NULL,
    institution_id BIGINT NOT NULL,
    PRIMARY KEY (initiative_id, institution_id),
    CONSTRAINT fk_initiative_funder_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id) ON DELETE CASCADE,
    CONSTRAINT fk_initiative_funder_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
) ENGINE = InnoDB;

CREATE TABLE initiative_partner (
    initiative_id  BIGINT NOT NULL,
    institution_id BIGINT NOT NULL,
    PRIMARY KEY (initiative_id, institution_id),
    CONSTRAINT fk_initiative_partner_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id) ON DELETE CASCADE,
    CONSTRAINT fk_initiative_partner_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
) ENGINE = InnoDB;

CREATE TABLE initiative_priority (
    initiative_id BIGINT NOT NULL,
    priority_id   BIGINT NOT NULL,
    PRIMARY KEY (initiative_id, priority_id),
    CONSTRAINT fk_initiative_priority_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id) ON DELETE CASCADE,
    CONSTRAINT fk_initiative_priority_priority FOREIGN KEY (priority_id) REFERENCES priority (id)
) ENGINE = InnoDB;

CREATE TABLE initiative_target_group (
    initiative_id   BIGINT NOT NULL,
    target_group_id BIGINT NOT NULL,
    PRIMARY KEY (initiative_id, target_group_id),
    CONSTRAINT fk_initiative_target_group_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id) ON DELETE CASCADE,
    CONSTRAINT fk_initiative_target_group_group FOREIGN KEY (target_group_id) REFERENCES target_group (id)
) ENGINE = InnoDB;
