-- A workspace is the short name users type at sign-in: the same email may exist in two clients.
ALTER TABLE clients ADD COLUMN workspace VARCHAR(63);
UPDATE clients SET workspace = 'client-' || substr(replace(id::text, '-', ''), 1, 12) WHERE workspace IS NULL;
ALTER TABLE clients ALTER COLUMN workspace SET NOT NULL;
ALTER TABLE clients ADD CONSTRAINT clients_workspace_key UNIQUE (workspace);
ALTER TABLE clients ADD CONSTRAINT clients_workspace_format CHECK (workspace ~ '^[a-z0-9][a-z0-9-]{1,62}$');

-- The application role owns nothing; it gets the rights it needs, table by table.
-- audit_logs is append-only for it.
GRANT SELECT, INSERT, UPDATE, DELETE ON clients, users, loss_reasons, calls TO ${app_role};
GRANT SELECT, INSERT ON audit_logs TO ${app_role};
