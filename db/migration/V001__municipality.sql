-- Municipalities of Latvia with their history: the 2021 territorial reform merged many
-- municipalities into larger ones. A former municipality keeps its row and points to its
-- successor, so records registered under it can be read by today's municipality or the old one.
CREATE TABLE municipality (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(120) NOT NULL,
    region       VARCHAR(40)  NOT NULL,
    successor_id BIGINT       NULL,
    merged_on    DATE         NULL,
    CONSTRAINT uq_municipality_name UNIQUE (name),
    CONSTRAINT fk_municipality_successor FOREIGN KEY (successor_id) REFERENCES municipality (id),
    CONSTRAINT ck_municipality_merge CHECK ((successor_id IS NULL) = (merged_on IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Today's municipalities (after 1 July 2021) of Latgale and of southern Kurzeme.
INSERT INTO municipality (name, region) VALUES
    ('Augšdaugavas novads', 'LATGALE'),
    ('Balvu novads', 'LATGALE'),
    ('Krāslavas novads', 'LATGALE'),
    ('Līvānu novads', 'LATGALE'),
    ('Ludzas novads', 'LATGALE'),
    ('Preiļu novads', 'LATGALE'),
    ('Rēzeknes novads', 'LATGALE'),
    ('Daugavpils valstspilsēta', 'LATGALE'),
    ('Rēzeknes valstspilsēta', 'LATGALE'),
    ('Dienvidkurzemes novads', 'KURZEME'),
    ('Kuldīgas novads', 'KURZEME'),
    ('Liepājas valstspilsēta', 'KURZEME');

-- Former municipalities merged into today's ones on 1 July 2021 (a municipality that kept its
-- name while growing is the same row as before).
INSERT INTO municipality (name, region, successor_id, merged_on)
SELECT f.name, s.region, s.id, DATE '2021-07-01'
FROM (
    SELECT 'Aglonas novads' AS name, 'Preiļu novads' AS successor UNION ALL
    SELECT 'Riebiņu novads', 'Preiļu novads' UNION ALL
    SELECT 'Vārkavas novads', 'Preiļu novads' UNION ALL
    SELECT 'Daugavpils novads', 'Augšdaugavas novads' UNION ALL
    SELECT 'Ilūkstes novads', 'Augšdaugavas novads' UNION ALL
    SELECT 'Ciblas novads', 'Ludzas novads' UNION ALL
    SELECT 'Kārsavas novads', 'Ludzas novads' UNION ALL
    SELECT 'Zilupes novads', 'Ludzas novads' UNION ALL
    SELECT 'Baltinavas novads', 'Balvu novads' UNION ALL
    SELECT 'Rugāju novads', 'Balvu novads' UNION ALL
    SELECT 'Viļakas novads', 'Balvu novads' UNION ALL
    SELECT 'Dagdas novads', 'Krāslavas novads' UNION ALL
    SELECT 'Viļānu novads', 'Rēzeknes novads' UNION ALL
    SELECT 'Aizputes novads', 'Dienvidkurzemes novads' UNION ALL
    SELECT 'Durbes novads', 'Dienvidkurzemes novads' UNION ALL
    SELECT 'Grobiņas novads', 'Dienvidkurzemes novads' UNION ALL
    SELECT 'Nīcas novads', 'Dienvidkurzemes novads' UNION ALL
    SELECT 'Pāvilostas novads', 'Dienvidkurzemes novads' UNION ALL
    SELECT 'Priekules novads', 'Dienvidkurzemes novads' UNION ALL
    SELECT 'Rucavas novads', 'Dienvidkurzemes novads' UNION ALL
    SELECT 'Vaiņodes novads', 'Dienvidkurzemes novads' UNION ALL
    SELECT 'Alsungas novads', 'Kuldīgas novads' UNION ALL
    SELECT 'Skrundas novads', 'Kuldīgas novads'
) f
JOIN municipality s ON s.name = f.successor;
