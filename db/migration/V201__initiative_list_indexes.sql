-- The initiative list is a lazy grid that must page smoothly through 100,000 rows. Each sort it
-- offers (start; title; status, then title), each with the id as the last tiebreaker, gets an
-- index that delivers the rows already in that order, also under the filters a list has most
-- often: a coordinator's own centre and a status. ix_initiative_title and
-- ix_initiative_centre_start exist since V005.
CREATE INDEX ix_initiative_start ON initiative (starts_on);
CREATE INDEX ix_initiative_status_title ON initiative (status, title);
CREATE INDEX ix_initiative_status_start ON initiative (status, starts_on);
CREATE INDEX ix_initiative_centre_title ON initiative (centre_id, title);
CREATE INDEX ix_initiative_centre_status ON initiative (centre_id, status, title);

-- The admin lists of priorities and target groups are shown in their sort order.
CREATE INDEX ix_priority_sort ON priority (sort_order);
CREATE INDEX ix_target_group_sort ON target_group (sort_order);
