-- Indexes for the participant list (issue 2): every sortable column, the category filter and the
-- duplicate check are served from indexes, per centre (coordinators) and across centres (admins),
-- so the lazy grid pages through 100,000 participants without reading or sorting them all. The
-- primary key that InnoDB appends to each secondary index is the list's tiebreaker.
CREATE INDEX ix_participant_centre_first ON participant (centre_id, first_name);
CREATE INDEX ix_participant_first ON participant (first_name);
CREATE INDEX ix_participant_category ON participant (category);
CREATE INDEX ix_participant_centre_category_name ON participant (centre_id, category, last_name, first_name, birth_year);
CREATE INDEX ix_participant_centre_birth_year ON participant (centre_id, birth_year);
CREATE INDEX ix_participant_birth_year ON participant (birth_year);
CREATE INDEX ix_participant_centre_created ON participant (centre_id, created_at);
CREATE INDEX ix_participant_created ON participant (created_at);

-- Possible duplicates: another record of the centre with the same name and the same (or an
-- unknown) year of birth, or the same e-mail, looked up by EXISTS per row from these two indexes
-- alone. The names' collation (utf8mb4_unicode_ci) ignores case and diacritics ("Jānis" =
-- "JANIS"), which is the normalisation wanted, so no normalised column is needed.
CREATE INDEX ix_participant_centre_name_year ON participant (centre_id, last_name, first_name, birth_year);
CREATE INDEX ix_participant_centre_email ON participant (centre_id, email);
-- The list's default order (last name, first name, year of birth, id) across all centres.
CREATE INDEX ix_participant_name_year ON participant (last_name, first_name, birth_year);
