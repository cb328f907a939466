-- Importing calls from a CSV or XLSX file (see README, "Importing calls").

-- The id a call has in the system it came from: re-importing the same file updates these calls
-- instead of logging them twice.
ALTER TABLE calls ADD COLUMN external_id TEXT CHECK (length(external_id) BETWEEN 1 AND 200);
CREATE UNIQUE INDEX idx_calls_external_id ON calls (client_id, external_id)
    WHERE external_id IS NOT NULL;
-- Likely duplicates of an imported row: the same prospect email or phone at the same time. Emails
-- are stored in lower case (as the form and the import clean them): an index on lower() would not
-- be used under row-level security, where only leakproof functions run before the policy.
CREATE INDEX idx_calls_prospect_email_time ON calls (client_id, prospect_email, scheduled_at)
    WHERE prospect_email IS NOT NULL;
CREATE INDEX idx_calls_prospect_phone_time ON calls (client_id, prospect_phone, scheduled_at)
    WHERE prospect_phone IS NOT NULL;

-- One committed (or running, cancelled, failed, reverted) import of a file.
CREATE TABLE imports (
    id UUID PRIMARY KEY,
    client_id UUID NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    user_id UUID NOT NULL,
    file_name TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
    file_sha256 TEXT NOT NULL CHECK (file_sha256 ~ '^[0-9a-f]{64}$'),
    mapping TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'running'
        CHECK (state IN ('running', 'committed', 'cancelled', 'failed', 'reverted')),
    rows_total INTEGER NOT NULL DEFAULT 0,
    created_count INTEGER NOT NULL DEFAULT 0,
    updated_count INTEGER NOT NULL DEFAULT 0,
    skipped_count INTEGER NOT NULL DEFAULT 0,
    failure TEXT,
    started_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(),
    committed_at TIMESTAMP WITH TIME ZONE,
    reverted_at TIMESTAMP WITH TIME ZONE,
    FOREIGN KEY (client_id, user_id) REFERENCES users (client_id, id) ON DELETE CASCADE,
    UNIQUE (client_id, id)
);
CREATE INDEX idx_imports_client ON imports (client_id, started_at DESC);
GRANT SELECT, INSERT, UPDATE ON imports TO ${app_role};

-- What an import did to each call, so it can be reverted: the created calls, and the updated
-- calls with their values from before.
CREATE TABLE import_changes (
    import_id UUID NOT NULL,
    client_id UUID NOT NULL,
    call_id UUID NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('created', 'updated')),
    before JSONB,
    PRIMARY KEY (import_id, call_id),
    FOREIGN KEY (client_id, import_id) REFERENCES imports (client_id, id) ON DELETE CASCADE
);
GRANT SELECT, INSERT ON import_changes TO ${app_role};

-- Column mappings saved for the next file of the same shape.
CREATE TABLE import_mappings (
    id UUID PRIMARY KEY,
    client_id UUID NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
    mapping TEXT NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE (client_id, name)
);
GRANT SELECT, INSERT, UPDATE, DELETE ON import_mappings TO ${app_role};
