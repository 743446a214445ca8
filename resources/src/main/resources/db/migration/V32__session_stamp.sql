-- Raised when an account is deactivated, its roles change or its password changes: open sessions
-- compare it on every request and end when it moved (issue 14).
ALTER TABLE app_user ADD COLUMN session_stamp INTEGER DEFAULT 0 NOT NULL;
