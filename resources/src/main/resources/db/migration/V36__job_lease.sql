-- One row per occurrence of a scheduled job (reminders, satisfaction sends, link checks…): the
-- server that inserts it runs the job, the others skip it, so that several servers sharing the
-- database run each occurrence once. An unfinished lease whose time is up may be taken over.
CREATE TABLE job_lease (
  job VARCHAR(60) NOT NULL,
  occurrence VARCHAR(40) NOT NULL,
  holder VARCHAR(120) NOT NULL,
  claimed_at TIMESTAMP NOT NULL,
  expires_at TIMESTAMP NOT NULL,
  finished_at TIMESTAMP,
  PRIMARY KEY (job, occurrence)
);
