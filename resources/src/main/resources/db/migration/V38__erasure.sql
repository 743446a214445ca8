-- RGPD erasure (droit à l'effacement): the account row stays, so that signed PVs, jury records and
-- library contributions keep their references, but its identity is replaced by a pseudonym.
ALTER TABLE app_user ADD COLUMN erased_at TIMESTAMP;
