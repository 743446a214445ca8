-- The competences of the title a logbook entry illustrates (issue 19: evidence for the title),
-- suggested from its kind and themes, chosen by the mediator.
CREATE TABLE practice_entry_competence (
    entry_id      BIGINT NOT NULL REFERENCES practice_entry (id) ON DELETE CASCADE,
    competence_id BIGINT NOT NULL REFERENCES competence (id),
    CONSTRAINT pk_practice_entry_competence PRIMARY KEY (entry_id, competence_id)
);
CREATE INDEX ix_practice_entry_competence ON practice_entry_competence (competence_id);
