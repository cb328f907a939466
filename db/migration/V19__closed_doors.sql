-- Doors closed after an attacker's review (README, "Walls").

-- Webhooks: a round of the dispatcher takes a few due deliveries of each client, read through this
-- index; an endpoint's pending deliveries are counted through the second, to cap its backlog; an
-- endpoint that keeps timing out is disabled.
CREATE INDEX idx_webhook_deliveries_client_due ON webhook_deliveries (client_id, next_attempt_at)
    WHERE status = 'pending';
CREATE INDEX idx_webhook_deliveries_pending ON webhook_deliveries (endpoint_id)
    WHERE status = 'pending';
ALTER TABLE webhook_endpoints ADD COLUMN timeouts_in_a_row INTEGER NOT NULL DEFAULT 0;

-- A remembered answer belongs to a key of the same client.
ALTER TABLE api_keys ADD CONSTRAINT api_keys_client_id_id_key UNIQUE (client_id, id);
ALTER TABLE api_idempotency ADD CONSTRAINT api_idempotency_key_of_client
    FOREIGN KEY (client_id, api_key_id) REFERENCES api_keys (client_id, id) ON DELETE CASCADE;

-- One ceiling a minute for all of a client's API keys together: each key has its own limit, but a
-- client could make any number of keys. Raised for a client by the agency (README, "API").
ALTER TABLE clients ADD COLUMN api_requests_per_minute INTEGER NOT NULL DEFAULT 6000
    CHECK (api_requests_per_minute BETWEEN 1 AND 1000000);
CREATE TABLE api_client_minutes (
    client_id UUID NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    minute TIMESTAMP WITH TIME ZONE NOT NULL,
    requests INTEGER NOT NULL,
    PRIMARY KEY (client_id, minute)
);
-- Counted by api_key_caller() alone; readable, as every table with a client_id, under the client's
-- row-level security (R__tenant_isolation.sql).
GRANT SELECT ON api_client_minutes TO ${app_role};

-- A server that does not migrate (db/migrate.sh did) checks the schema history as the application
-- role before it starts.
GRANT SELECT ON flyway_schema_history TO ${app_role};
