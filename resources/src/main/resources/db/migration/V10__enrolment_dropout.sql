-- Withdrawal with its reason, and the drop-out risk flag (Qualiopi indicator 12).
ALTER TABLE enrolment ADD COLUMN withdrawal_reason VARCHAR(20);
ALTER TABLE enrolment ADD COLUMN withdrawal_note VARCHAR(500);
ALTER TABLE enrolment ADD COLUMN withdrawn_at TIMESTAMP;
ALTER TABLE enrolment ADD COLUMN at_risk_since TIMESTAMP;
