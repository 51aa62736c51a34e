-- The initiative list is a lazy grid that must page smoothly through 100,000 rows: every sort it
-- offers (title, start, status; each with the id as tiebreaker) and the centre filter a
-- coordinator always has get an index that delivers the rows already in order. ix_initiative_title
-- and ix_initiative_centre_start exist since V005.
CREATE INDEX ix_initiative_start ON initiative (starts_on);
CREATE INDEX ix_initiative_status ON initiative (status);
CREATE INDEX ix_initiative_centre_title ON initiative (centre_id, title);
CREATE INDEX ix_initiative_centre_status ON initiative (centre_id, status);

-- The admin lists of priorities and target groups are shown in their sort order.
CREATE INDEX ix_priority_sort ON priority (sort_order);
CREATE INDEX ix_target_group_sort ON target_group (sort_order);
