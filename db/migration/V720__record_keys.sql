-- Record keys for the cell-key method that protects funders' figures (lv.kopiena.disclosure): every
-- record a funder's count counts gets a random number from 0 to 2^32 - 1, drawn once, when the row
-- is written (existing rows get theirs here). A cell's key is the sum of its records' keys modulo
-- 2^32, so the same records always give the same key, whichever report counts them, and the key
-- decides whether a count is rounded up or down. RANDOM_BYTES (MariaDB 10.10+) comes from the
-- server's cryptographic generator; the keys never leave the server.
ALTER TABLE activity ADD COLUMN record_key INT UNSIGNED NOT NULL DEFAULT (CONV(HEX(RANDOM_BYTES(4)), 16, 10));
ALTER TABLE participant ADD COLUMN record_key INT UNSIGNED NOT NULL DEFAULT (CONV(HEX(RANDOM_BYTES(4)), 16, 10));
ALTER TABLE attendance ADD COLUMN record_key INT UNSIGNED NOT NULL DEFAULT (CONV(HEX(RANDOM_BYTES(4)), 16, 10));
-- a head-count row stands for head_count people: it counts as head_count records with this key
ALTER TABLE attendance_headcount ADD COLUMN record_key INT UNSIGNED NOT NULL DEFAULT (CONV(HEX(RANDOM_BYTES(4)), 16, 10));
ALTER TABLE workshop_signup ADD COLUMN record_key INT UNSIGNED NOT NULL DEFAULT (CONV(HEX(RANDOM_BYTES(4)), 16, 10));
ALTER TABLE institution ADD COLUMN record_key INT UNSIGNED NOT NULL DEFAULT (CONV(HEX(RANDOM_BYTES(4)), 16, 10));
