-- A competence is stored whole, as France Compétences publishes it: some run past 500 characters,
-- and a cut text made every re-import of the same file report a change.
ALTER TABLE competence ALTER COLUMN title SET DATA TYPE VARCHAR(4000);
