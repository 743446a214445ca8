-- Sites as "lieux de médiation numérique": identifier in that data set, position and service facts.
ALTER TABLE site ADD COLUMN lieu_id VARCHAR(100);
ALTER TABLE site ADD COLUMN latitude DECIMAL(9, 6);
ALTER TABLE site ADD COLUMN longitude DECIMAL(9, 6);
ALTER TABLE site ADD COLUMN services VARCHAR(1000);
ALTER TABLE site ADD COLUMN specific_support VARCHAR(500);
ALTER TABLE site ADD COLUMN opening_hours VARCHAR(500);
ALTER TABLE site ADD COLUMN updated_on DATE;
CREATE INDEX ix_site_lieu ON site (organisation_id, lieu_id);
