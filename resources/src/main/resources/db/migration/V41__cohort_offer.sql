-- The public catalogue of training offers (issue 18): a cohort is listed once its organisation
-- publishes it, with its price, its fundings and what applicants should know.
ALTER TABLE cohort ADD COLUMN offer_published BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE cohort ADD COLUMN price DECIMAL(9,2);
ALTER TABLE cohort ADD COLUMN funding VARCHAR(120);
ALTER TABLE cohort ADD COLUMN offer_details VARCHAR(2000);
-- The catalogue reads published cohorts by start date.
CREATE INDEX ix_cohort_offer ON cohort (offer_published, start_date);
