-- Attendance by QR code (issue 18): each session's secret, from which the code shown by the
-- trainer, changing every minute, is derived.
ALTER TABLE training_session ADD COLUMN presence_secret VARCHAR(64);
