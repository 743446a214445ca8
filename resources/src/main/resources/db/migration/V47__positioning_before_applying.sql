-- Positioning before applying (issue 18): a person may take the programme's test from a published
-- cohort's offer before they apply. The attempt then belongs to the cohort, and to the enrolment
-- once the organisation accepts them.
ALTER TABLE positioning_attempt ADD COLUMN cohort_id BIGINT;
UPDATE positioning_attempt SET cohort_id =
    (SELECT e.cohort_id FROM enrolment e WHERE e.id = positioning_attempt.enrolment_id);
ALTER TABLE positioning_attempt ADD CONSTRAINT fk_positioning_attempt_cohort
    FOREIGN KEY (cohort_id) REFERENCES cohort (id);
-- The unique pair is made again once the column may be empty, so that Derby, like PostgreSQL,
-- lets several attempts without enrolment coexist (one per test and enrolment still).
ALTER TABLE positioning_attempt DROP CONSTRAINT uk_positioning_attempt;
ALTER TABLE positioning_attempt ALTER enrolment_id DROP NOT NULL;
ALTER TABLE positioning_attempt ADD CONSTRAINT uk_positioning_attempt UNIQUE (test_id, enrolment_id);
-- A person's attempts for a cohort (the offer's page, the cohort's applications).
CREATE INDEX ix_positioning_attempt_cohort ON positioning_attempt (cohort_id, learner_id);
