-- API keys (see README, "API"): a ceo or admin gives a system of the client's a key that acts in
-- their name with no more than the scopes it was given. Only the secret's SHA-256 is kept.
CREATE TABLE api_keys (
    id UUID PRIMARY KEY,
    client_id UUID NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    owner_id UUID NOT NULL,
    name TEXT NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
    prefix TEXT NOT NULL,
    secret_hash TEXT NOT NULL UNIQUE,
    scopes TEXT NOT NULL CHECK (scopes ~ '^(calls:read|calls:write|loss-reasons:write|reports:read|audit:read)(,(calls:read|calls:write|loss-reasons:write|reports:read|audit:read))*$'),
    requests_per_minute INTEGER NOT NULL DEFAULT 600 CHECK (requests_per_minute BETWEEN 1 AND 100000),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    expires_at TIMESTAMP WITH TIME ZONE,
    last_used_at TIMESTAMP WITH TIME ZONE,
    revoked_at TIMESTAMP WITH TIME ZONE,
    -- The owner is a user of the same client: no key of one client acts as another's user.
    FOREIGN KEY (client_id, owner_id) REFERENCES users (client_id, id) ON DELETE CASCADE
);
CREATE INDEX idx_api_keys_client ON api_keys (client_id, created_at DESC);
GRANT SELECT, INSERT, UPDATE ON api_keys TO ${app_role};

-- A change made through a key names the key beside its owner (app.actor_api_key).
ALTER TABLE audit_logs ADD COLUMN api_key_id UUID;

-- A set-password link's user is a user of the link's client.
ALTER TABLE password_links
    ADD FOREIGN KEY (client_id, user_id) REFERENCES users (client_id, id) ON DELETE CASCADE;

-- Requests of each key in each minute, for its rate limit: counted by api_key_caller() in the
-- database every node of a cluster uses. Only that function reads or writes it.
CREATE TABLE api_key_minutes (
    api_key_id UUID NOT NULL REFERENCES api_keys(id) ON DELETE CASCADE,
    minute TIMESTAMP WITH TIME ZONE NOT NULL,
    requests INTEGER NOT NULL,
    PRIMARY KEY (api_key_id, minute)
);

-- Idempotency-Key: the first answer to a key's POST, replayed to a retry for 24 hours. A transport
-- record, not the client's data: the change it answered is in the audit log already.
CREATE TABLE api_idempotency (
    client_id UUID NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    api_key_id UUID NOT NULL REFERENCES api_keys(id) ON DELETE CASCADE,
    idempotency_key TEXT NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 255),
    request_hash TEXT NOT NULL,
    -- NULL while the first request is still being answered.
    status INTEGER,
    location TEXT,
    body TEXT,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (api_key_id, idempotency_key)
);
CREATE INDEX idx_api_idempotency_age ON api_idempotency (created_at);
GRANT SELECT, INSERT, UPDATE, DELETE ON api_idempotency TO ${app_role};

-- Webhooks (see README, "Webhooks"): a client's endpoints, and the outbox of their deliveries.
-- The secret signs each delivery (Standard Webhooks), so it is kept as given, not hashed.
CREATE TABLE webhook_endpoints (
    id UUID PRIMARY KEY,
    client_id UUID NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    url TEXT NOT NULL CHECK (url ~ '^https?://' AND length(url) <= 2000),
    events TEXT NOT NULL CHECK (events ~ '^(call\.created|call\.updated|call\.deleted|loss-reason\.changed)(,(call\.created|call\.updated|call\.deleted|loss-reason\.changed))*$'),
    description TEXT,
    secret TEXT NOT NULL,
    enabled BOOLEAN NOT NULL DEFAULT true,
    -- Since when every delivery failed; after 24 hours the endpoint is disabled.
    failing_since TIMESTAMP WITH TIME ZONE,
    disabled_at TIMESTAMP WITH TIME ZONE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX idx_webhook_endpoints_client ON webhook_endpoints (client_id);
GRANT SELECT, INSERT, UPDATE, DELETE ON webhook_endpoints TO ${app_role};

-- Written by the calls and loss_reasons triggers in the changing transaction, so a rolled-back
-- change leaves no delivery; sent after commit by the dispatcher.
CREATE TABLE webhook_deliveries (
    id UUID PRIMARY KEY,
    client_id UUID NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    endpoint_id UUID NOT NULL REFERENCES webhook_endpoints(id) ON DELETE CASCADE,
    event_type TEXT NOT NULL,
    payload TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(),
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(),
    last_attempt_at TIMESTAMP WITH TIME ZONE,
    last_status INTEGER,
    last_error TEXT
);
CREATE INDEX idx_webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';
CREATE INDEX idx_webhook_deliveries_endpoint ON webhook_deliveries (client_id, endpoint_id, created_at DESC);
GRANT SELECT, UPDATE ON webhook_deliveries TO ${app_role};
