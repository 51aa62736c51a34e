-- The activity list sorts by start, title and type, per centre for a coordinator and over all
-- centres for an admin. With these (beside V007's) every sort of a long list reads a page from
-- an index instead of sorting all of a centre's activities.
CREATE INDEX ix_activity_centre_title ON activity (centre_id, title);
CREATE INDEX ix_activity_title ON activity (title);
CREATE INDEX ix_activity_centre_type_start ON activity (centre_id, type, starts_at);
