-- Revocation as a W3C Bitstring Status List: each credential issued from now on has a position in
-- a published list (131,072 positions per list); credentials issued before keep the 1EdTech list.
ALTER TABLE credential ADD COLUMN status_index INTEGER;
CREATE INDEX ix_credential_status_index ON credential (status_index);
-- The next free position, taken under a row lock (portable where sequences are spelled apart).
CREATE TABLE credential_status_allocation (
    id         INTEGER NOT NULL PRIMARY KEY,
    next_index INTEGER NOT NULL
);
INSERT INTO credential_status_allocation (id, next_index) VALUES (1, 0);
