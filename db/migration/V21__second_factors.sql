-- A second factor per account: an authenticator app's TOTP secret (sealed by the server with
-- AES-GCM, bound to the account: the database, its backups and a copied row hold only ciphertext),
-- the last time step a code was used in (a code is good once), and the SHA-256 hashes of the unused
-- recovery codes, separated by spaces. A row without confirmed_at is an enrolment not yet confirmed
-- with a code: it asks for nothing at sign-in.
CREATE TABLE user_factors (
    id UUID PRIMARY KEY,
    client_id UUID NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    totp_secret TEXT NOT NULL CHECK (totp_secret LIKE 'v1:%'),
    confirmed_at TIMESTAMP WITH TIME ZONE,
    last_step BIGINT NOT NULL DEFAULT 0,
    recovery_codes TEXT NOT NULL DEFAULT '' CHECK (recovery_codes ~ '^([0-9a-f]{64}( [0-9a-f]{64})*)?$'),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    -- The row's id is its user's: one factor per user, of the same client.
    FOREIGN KEY (client_id, id) REFERENCES users (client_id, id) ON DELETE CASCADE
);
GRANT SELECT, INSERT, UPDATE, DELETE ON user_factors TO ${app_role};

CREATE TABLE operator_factors (
    id UUID PRIMARY KEY REFERENCES operators(id) ON DELETE CASCADE,
    totp_secret TEXT NOT NULL CHECK (totp_secret LIKE 'v1:%'),
    confirmed_at TIMESTAMP WITH TIME ZONE,
    last_step BIGINT NOT NULL DEFAULT 0,
    recovery_codes TEXT NOT NULL DEFAULT '' CHECK (recovery_codes ~ '^([0-9a-f]{64}( [0-9a-f]{64})*)?$'),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);
GRANT SELECT, INSERT, UPDATE, DELETE ON operator_factors TO ${app_role};
