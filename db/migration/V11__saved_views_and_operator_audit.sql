-- Saved views of the call list (see README, "Saved views"): a user keeps filters, sort and
-- visible columns under a name and may open one by default. The view is the list's query string,
-- so its link can be shared with a colleague of the same client, who sees what their role allows.
CREATE TABLE saved_views (
    id UUID PRIMARY KEY,
    client_id UUID NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    user_id UUID NOT NULL,
    name VARCHAR(100) NOT NULL,
    query TEXT NOT NULL CHECK (length(query) <= 2000),
    is_default BOOLEAN NOT NULL DEFAULT false,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    -- A view belongs to a user of its own client (foreign keys bypass row-level security).
    FOREIGN KEY (client_id, user_id) REFERENCES users (client_id, id) ON DELETE CASCADE
);

-- One name once per user, whatever its case; at most one default per user.
CREATE UNIQUE INDEX saved_views_user_name ON saved_views (user_id, lower(name));
CREATE UNIQUE INDEX saved_views_one_default ON saved_views (user_id) WHERE is_default;

ALTER TABLE saved_views ENABLE ROW LEVEL SECURITY;
ALTER TABLE saved_views FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON saved_views USING (client_id = current_tenant())
    WITH CHECK (client_id = current_tenant());

GRANT SELECT, INSERT, UPDATE, DELETE ON saved_views TO ${app_role};

-- Audited like every other change.
CREATE TRIGGER saved_views_audit AFTER INSERT OR UPDATE OR DELETE ON saved_views
    FOR EACH ROW EXECUTE FUNCTION audit_row_change();

-- Operators now change their own password: that change belongs in the log too (of no client;
-- the trigger leaves the hash out and skips sign-in bookkeeping).
CREATE TRIGGER operators_audit AFTER INSERT OR UPDATE OR DELETE ON operators
    FOR EACH ROW EXECUTE FUNCTION audit_row_change();
