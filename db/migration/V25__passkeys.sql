-- Passkeys (WebAuthn) beside a user's authenticator app: each is the authenticator's credential id
-- (base64url), its attested credential data as webauthn4j serialises it (the AAGUID, the id and the
-- COSE public key: nothing secret), and the last signature counter seen, which must grow where the
-- authenticator keeps one. A passkey belongs to a user of the same client.
CREATE TABLE user_passkeys (
    id UUID PRIMARY KEY,
    client_id UUID NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    user_id UUID NOT NULL,
    credential_id TEXT NOT NULL UNIQUE
        CHECK (credential_id ~ '^[A-Za-z0-9_-]+$' AND length(credential_id) BETWEEN 16 AND 1400),
    credential BYTEA NOT NULL CHECK (length(credential) <= 4096),
    sign_count BIGINT NOT NULL DEFAULT 0 CHECK (sign_count >= 0),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    last_used_at TIMESTAMP WITH TIME ZONE,
    FOREIGN KEY (client_id, user_id) REFERENCES users (client_id, id) ON DELETE CASCADE
);
CREATE INDEX user_passkeys_user ON user_passkeys (client_id, user_id);
GRANT SELECT, INSERT, UPDATE, DELETE ON user_passkeys TO ${app_role};

-- The same for the agency's operators, who belong to no client.
CREATE TABLE operator_passkeys (
    id UUID PRIMARY KEY,
    operator_id UUID NOT NULL REFERENCES operators(id) ON DELETE CASCADE,
    credential_id TEXT NOT NULL UNIQUE
        CHECK (credential_id ~ '^[A-Za-z0-9_-]+$' AND length(credential_id) BETWEEN 16 AND 1400),
    credential BYTEA NOT NULL CHECK (length(credential) <= 4096),
    sign_count BIGINT NOT NULL DEFAULT 0 CHECK (sign_count >= 0),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    last_used_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX operator_passkeys_operator ON operator_passkeys (operator_id);
GRANT SELECT, INSERT, UPDATE, DELETE ON operator_passkeys TO ${app_role};
