-- Entries imported from La Coop's export may not record the autonomy before (issue 19): the share
-- of accompaniments where autonomy rose is taken over those whose autonomy before and after are
-- both known. Every month is rebuilt with the new count.
ALTER TABLE practice_rollup ADD COLUMN autonomy_known INTEGER DEFAULT 0 NOT NULL;
INSERT INTO practice_rollup_dirty (month_key, department)
    SELECT DISTINCT month_key, COALESCE(department, '') FROM practice_entry;
