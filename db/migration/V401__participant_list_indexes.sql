-- Indexes for the participant list (issue 2): every sortable column and the duplicate check can
-- be served from an index, per centre (coordinators) and across centres (admins), so the lazy
-- grid pages through 100,000 participants without sorting them all. The primary key that InnoDB
-- appends to each secondary index is the list's tiebreaker.
--
-- Possible duplicates are looked up per row with EXISTS on (centre_id, last_name, first_name),
-- already indexed by ix_participant_centre_last_first: the columns' collation (utf8mb4_unicode_ci)
-- compares names without regard to case or diacritics ("Jānis" = "JANIS"), which is the
-- normalisation we want, so no extra normalised column is needed. Same e-mail in the same centre:
CREATE INDEX ix_participant_centre_email ON participant (centre_id, email);

CREATE INDEX ix_participant_centre_first ON participant (centre_id, first_name);
CREATE INDEX ix_participant_first ON participant (first_name);
CREATE INDEX ix_participant_category ON participant (category);
CREATE INDEX ix_participant_centre_birth_year ON participant (centre_id, birth_year);
CREATE INDEX ix_participant_birth_year ON participant (birth_year);
CREATE INDEX ix_participant_centre_created ON participant (centre_id, created_at);
CREATE INDEX ix_participant_created ON participant (created_at);
