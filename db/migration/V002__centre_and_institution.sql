-- Partner institutions: shared by all centres (one regional list).
CREATE TABLE institution (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    type            VARCHAR(32)  NOT NULL,
    municipality_id BIGINT       NOT NULL,
    contact_name    VARCHAR(120) NULL,
    contact_email   VARCHAR(254) NULL,
    contact_phone   VARCHAR(40)  NULL,
    notes           TEXT         NULL,
    version         INT          NOT NULL DEFAULT 0,
    created_at      TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT fk_institution_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT ck_institution_type CHECK (type IN ('SCHOOL', 'KINDERGARTEN', 'NGO', 'MUNICIPALITY', 'LIBRARY',
                                                   'MUSEUM', 'BUSINESS', 'MEDIA', 'FOREIGN_PARTNER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_institution_name ON institution (name);
CREATE INDEX ix_institution_type_name ON institution (type, name);
CREATE INDEX ix_institution_municipality_name ON institution (municipality_id, name);

-- A community resource centre: coordinators belong to one.
CREATE TABLE centre (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    municipality_id BIGINT       NOT NULL,
    address         VARCHAR(300) NULL,
    premises        VARCHAR(300) NULL,
    contact_name    VARCHAR(120) NULL,
    contact_email   VARCHAR(254) NULL,
    contact_phone   VARCHAR(40)  NULL,
    version         INT          NOT NULL DEFAULT 0,
    created_at      TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT uq_centre_name UNIQUE (name),
    CONSTRAINT fk_centre_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
