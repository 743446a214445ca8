-- The questionnaire job finds cohorts by end date; dashboards across organisations by period.
CREATE INDEX ix_cohort_end ON cohort (end_date);
CREATE INDEX ix_cohort_period ON cohort (start_date, end_date);
