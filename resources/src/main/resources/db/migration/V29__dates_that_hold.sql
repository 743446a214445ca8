-- Dates that hold.
-- A result decided before Capacité (or at a session never held in it) enters only through an
-- administrator's audited route, and says so: the source it was copied from, who entered it, when.
ALTER TABLE block_result ADD COLUMN historical_source VARCHAR(500);
ALTER TABLE block_result ADD COLUMN recorded_by VARCHAR(80);
ALTER TABLE block_result ADD COLUMN recorded_at TIMESTAMP;
CREATE INDEX ix_block_result_historical ON block_result (recorded_at);
