-- Failed sign-ins per account (workspace and email, hashed), for a growing delay between tries.
-- Unknown accounts get rows too, so they behave exactly like known ones. Not tenant data.
CREATE TABLE sign_in_throttle (
    account_key CHAR(64) PRIMARY KEY,
    failures INTEGER NOT NULL,
    window_started TIMESTAMP WITH TIME ZONE NOT NULL,
    blocked_until TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX idx_sign_in_throttle_window ON sign_in_throttle (window_started);
GRANT SELECT, INSERT, UPDATE, DELETE ON sign_in_throttle TO ${app_role};
