-- The programme's priorities and target groups: seeded here, editable by an admin. Names are kept
-- in each of the product's languages because they are shown to users as they are.
CREATE TABLE priority (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code       VARCHAR(40)  NOT NULL,
    name_lv    VARCHAR(200) NOT NULL,
    name_uk    VARCHAR(200) NOT NULL,
    name_en    VARCHAR(200) NOT NULL,
    sort_order INT          NOT NULL DEFAULT 0,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    version    INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_priority_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE target_group (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code       VARCHAR(40)  NOT NULL,
    name_lv    VARCHAR(200) NOT NULL,
    name_uk    VARCHAR(200) NOT NULL,
    name_en    VARCHAR(200) NOT NULL,
    sort_order INT          NOT NULL DEFAULT 0,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    version    INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_target_group_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO priority (code, name_lv, name_uk, name_en, sort_order) VALUES
    ('PARTICIPATION', 'Iedzīvotāju līdzdalība', 'Участь мешканців', 'Residents'' participation', 10),
    ('VOICING_OPINIONS', 'Viedokļu paušana', 'Висловлення думок', 'Voicing opinions', 20),
    ('INACTIVE_RESIDENTS', 'Neaktīvo iedzīvotāju iesaiste', 'Залучення неактивних мешканців', 'Reaching inactive residents', 30),
    ('INVISIBLE_YOUTH', '"Neredzamo" jauniešu iesaiste', 'Залучення "невидимої" молоді', 'Reaching "invisible" youth (not in education, work or training)', 40),
    ('UKRAINIAN_REFUGEES', 'Ukrainas bēgļu iekļaušana', 'Інтеграція українських біженців', 'Inclusion of Ukrainian refugees', 50),
    ('MUNICIPAL_COOPERATION', 'Sadarbība ar pašvaldību', 'Співпраця з муніципалітетом', 'Cooperation with the municipality', 60),
    ('SUSTAINABILITY', 'Ilgtspēja', 'Сталість', 'Sustainability', 70);

INSERT INTO target_group (code, name_lv, name_uk, name_en, sort_order) VALUES
    ('FAMILIES_SPECIAL_NEEDS', 'Ģimenes ar bērniem ar īpašām vajadzībām', 'Сім''ї з дітьми з особливими потребами', 'Families with children with special needs', 10),
    ('ADULTS_DISABILITIES', 'Pieaugušie un seniori ar invaliditāti', 'Дорослі та літні люди з інвалідністю', 'Adults and seniors with disabilities', 20),
    ('TEACHERS', 'Pedagogi', 'Педагоги', 'Teachers', 30),
    ('CHILDREN_YOUTH', 'Bērni un jaunieši', 'Діти та молодь', 'Children and youth', 40),
    ('PARENTS', 'Vecāki', 'Батьки', 'Parents', 50),
    ('REFUGEES', 'Bēgļi', 'Біженці', 'Refugees', 60);
