-- Whether a user also receives their notifications by e-mail (when a mail session is configured).
ALTER TABLE app_user ADD COLUMN email_notifications BOOLEAN DEFAULT TRUE NOT NULL;
