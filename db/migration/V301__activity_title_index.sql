-- The activity list sorts by title too (per centre for a coordinator, over all centres for an
-- admin): with these a page deep in a long list is read from the index instead of sorting it all.
CREATE INDEX ix_activity_centre_title ON activity (centre_id, title);
CREATE INDEX ix_activity_title ON activity (title);
