-- Something that happens on a date at a place, with its attendance: named participants and head
-- counts by category (for people who are not registered, e.g. children without consent).
CREATE TABLE activity (
    id                       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    centre_id                BIGINT       NOT NULL,
    type                     VARCHAR(32)  NOT NULL,
    title                    VARCHAR(200) NOT NULL,
    starts_at                DATETIME     NOT NULL,
    ends_at                  DATETIME     NULL,
    place                    VARCHAR(300) NULL,
    initiative_id            BIGINT       NULL,
    phase_id                 BIGINT       NULL,
    organiser_institution_id BIGINT       NULL,
    organiser_person         VARCHAR(160) NULL,
    description              TEXT         NULL,
    version                  INT          NOT NULL DEFAULT 0,
    created_at               TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT fk_activity_centre FOREIGN KEY (centre_id) REFERENCES centre (id),
    CONSTRAINT fk_activity_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id),
    CONSTRAINT fk_activity_phase FOREIGN KEY (phase_id) REFERENCES initiative_phase (id),
    CONSTRAINT fk_activity_organiser FOREIGN KEY (organiser_institution_id) REFERENCES institution (id),
    CONSTRAINT ck_activity_type CHECK (type IN ('COMMUNITY_EVENT', 'WORKSHOP', 'SEMINAR', 'TEACHER_TRAINING',
                                               'ROUND_TABLE', 'PUBLIC_DISCUSSION', 'WORKING_GROUP_MEETING',
                                               'INFORMATION_CAMPAIGN')),
    CONSTRAINT ck_activity_period CHECK (ends_at IS NULL OR ends_at >= starts_at),
    CONSTRAINT ck_activity_phase_needs_initiative CHECK (phase_id IS NULL OR initiative_id IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_activity_centre_start ON activity (centre_id, starts_at);
CREATE INDEX ix_activity_start ON activity (starts_at);
CREATE INDEX ix_activity_initiative_start ON activity (initiative_id, starts_at);
CREATE INDEX ix_activity_type_start ON activity (type, starts_at);

CREATE TABLE activity_priority (
    activity_id BIGINT NOT NULL,
    priority_id BIGINT NOT NULL,
    PRIMARY KEY (activity_id, priority_id),
    CONSTRAINT fk_activity_priority_activity FOREIGN KEY (activity_id) REFERENCES activity (id) ON DELETE CASCADE,
    CONSTRAINT fk_activity_priority_priority FOREIGN KEY (priority_id) REFERENCES priority (id)
) ENGINE = InnoDB;

CREATE TABLE activity_target_group (
    activity_id     BIGINT NOT NULL,
    target_group_id BIGINT NOT NULL,
    PRIMARY KEY (activity_id, target_group_id),
    CONSTRAINT fk_activity_target_group_activity FOREIGN KEY (activity_id) REFERENCES activity (id) ON DELETE CASCADE,
    CONSTRAINT fk_activity_target_group_group FOREIGN KEY (target_group_id) REFERENCES target_group (id)
) ENGINE = InnoDB;

-- Named attendance: a participant attended an activity (once).
CREATE TABLE attendance (
    activity_id    BIGINT    NOT NULL,
    participant_id BIGINT    NOT NULL,
    recorded_at    TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (activity_id, participant_id),
    CONSTRAINT fk_attendance_activity FOREIGN KEY (activity_id) REFERENCES activity (id) ON DELETE CASCADE,
    CONSTRAINT fk_attendance_participant FOREIGN KEY (participant_id) REFERENCES participant (id)
) ENGINE = InnoDB;
CREATE INDEX ix_attendance_participant ON attendance (participant_id, activity_id);

-- Head counts of people who are not registered, by participant category.
CREATE TABLE attendance_headcount (
    activity_id BIGINT      NOT NULL,
    category    VARCHAR(24) NOT NULL,
    head_count  INT         NOT NULL,
    PRIMARY KEY (activity_id, category),
    CONSTRAINT fk_attendance_headcount_activity FOREIGN KEY (activity_id) REFERENCES activity (id) ON DELETE CASCADE,
    CONSTRAINT ck_attendance_headcount_category CHECK (category IN ('TEACHER', 'CHILD', 'YOUNG_PERSON', 'PARENT',
                                                                    'SENIOR', 'MUNICIPAL_STAFF', 'NGO_MEMBER',
                                                                    'MEDIA', 'OTHER')),
    CONSTRAINT ck_attendance_headcount_positive CHECK (head_count > 0)
) ENGINE = InnoDB;
