-- Failed sign-ins per address and minute: past the first few, a flood from one address is logged as
-- one audit event a minute with its count (record_failed_sign_in(), log_sign_in_floods() in
-- R__audit_trail.sql). No grant: the application reaches it only through those functions.
CREATE TABLE sign_in_floods (
    address TEXT NOT NULL,
    minute TIMESTAMP WITH TIME ZONE NOT NULL,
    failures INTEGER NOT NULL,
    PRIMARY KEY (address, minute)
);
