-- A place offered by an organisation waits for the learner's acceptance (their consent): until
-- then, and once withdrawn, the organisation sees nothing of the learner's own data (issue 14).
-- Enrolments made before consent was asked are taken as accepted on the day they were made.
ALTER TABLE enrolment ADD COLUMN accepted_at TIMESTAMP;
UPDATE enrolment SET accepted_at = enrolled_at;
CREATE INDEX enrolment_learner_consent ON enrolment(learner_id, status, accepted_at);
