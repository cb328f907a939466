-- Tenant isolation in PostgreSQL itself: every tenant-owned table shows and takes only the rows of
-- the client set in app.current_tenant for the transaction; without a setting, nothing.
-- This file is the current definition; Flyway runs it again whenever it changes (see README,
-- "SQL objects"). Tables stay in the versioned migrations.

-- No search_path setting here, so the policies can inline it: every name is qualified instead.
CREATE OR REPLACE FUNCTION current_tenant() RETURNS uuid LANGUAGE sql STABLE AS
$$ SELECT NULLIF(pg_catalog.current_setting('app.current_tenant', true), '')::pg_catalog.uuid $$;

-- The one way to put a table under tenant isolation: a new tenant-owned table is added to the
-- list below (RowLevelSecurityIT fails on a table with a client_id that is not).
CREATE OR REPLACE FUNCTION enable_tenant_isolation(tenant_table regclass) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tenant_table);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tenant_table);
    EXECUTE format('DROP POLICY IF EXISTS tenant_isolation ON %s', tenant_table);
    EXECUTE format('CREATE POLICY tenant_isolation ON %s'
                   ' USING (client_id = public.current_tenant())'
                   ' WITH CHECK (client_id = public.current_tenant())', tenant_table);
END;
$$;
REVOKE ALL ON FUNCTION enable_tenant_isolation(regclass) FROM PUBLIC;

SELECT enable_tenant_isolation(tenant_table::regclass)
FROM unnest(ARRAY['users', 'loss_reasons', 'calls', 'audit_logs', 'call_counts', 'call_count_deltas', 'rep_call_counts', 'rep_month_counts', 'saved_views', 'password_links', 'api_keys', 'api_client_minutes', 'api_idempotency', 'webhook_endpoints', 'webhook_deliveries', 'imports', 'import_changes', 'import_mappings', 'user_factors', 'client_single_sign_on', 'user_passkeys']) AS tenant_table;
