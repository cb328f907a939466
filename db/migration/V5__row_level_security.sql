-- Defense in depth: PostgreSQL itself keeps each client's rows apart (see README, "Row-level
-- security"). The application sets app.current_tenant with set_config(..., true) at the start of
-- every transaction; without it, every policy returns no rows.

CREATE FUNCTION current_tenant() RETURNS uuid LANGUAGE sql STABLE AS
$$ SELECT NULLIF(current_setting('app.current_tenant', true), '')::uuid $$;

-- Foreign keys bypass row-level security: composite keys make a row point only to rows of its
-- own client. The seed's single-column keys stay and keep their ON DELETE actions.
ALTER TABLE users ADD CONSTRAINT users_client_id_id_key UNIQUE (client_id, id);
ALTER TABLE loss_reasons ADD CONSTRAINT loss_reasons_client_id_id_key UNIQUE (client_id, id);
ALTER TABLE calls ADD CONSTRAINT calls_user_of_same_client
    FOREIGN KEY (client_id, user_id) REFERENCES users (client_id, id);
ALTER TABLE calls ADD CONSTRAINT calls_loss_reason_of_same_client
    FOREIGN KEY (client_id, loss_reason_id) REFERENCES loss_reasons (client_id, id);
ALTER TABLE audit_logs ADD CONSTRAINT audit_logs_user_of_same_client
    FOREIGN KEY (client_id, user_id) REFERENCES users (client_id, id);

DO $$
DECLARE
    tenant_table text;
BEGIN
    FOREACH tenant_table IN ARRAY ARRAY['users', 'loss_reasons', 'calls', 'audit_logs',
                                        'call_counts', 'call_count_deltas'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', tenant_table);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', tenant_table);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (client_id = current_tenant())'
                       ' WITH CHECK (client_id = current_tenant())', tenant_table);
    END LOOP;
END;
$$;

-- The two reads across clients, as narrow functions that run as the owner (who bypasses
-- row-level security) and return counts only.

-- Operators' client list: users and calls per client, never a row of either.
CREATE FUNCTION client_sizes() RETURNS TABLE (client_id uuid, users bigint, calls bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT c.id,
           (SELECT count(*) FROM users u WHERE u.client_id = c.id),
           (SELECT count(*) FROM calls k WHERE k.client_id = c.id)
    FROM clients c
$$;

-- CallCountCompaction: folds every client's count deltas into the rollup.
CREATE FUNCTION fold_call_count_deltas() RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
    WITH moved AS (
        DELETE FROM call_count_deltas
        RETURNING client_id, day, call_type, status, outcome, loss_reason_id, delta),
    summed AS (
        SELECT client_id, day, call_type, status, outcome, loss_reason_id, sum(delta) AS calls
        FROM moved m
        -- Deltas of a client deleted meanwhile have nowhere to go.
        WHERE EXISTS (SELECT 1 FROM clients c WHERE c.id = m.client_id)
        GROUP BY 1, 2, 3, 4, 5, 6)
    INSERT INTO call_counts AS t (client_id, day, call_type, status, outcome, loss_reason_id, calls)
    SELECT * FROM summed
    ON CONFLICT (client_id, day, call_type, status, COALESCE(outcome, ''),
                 COALESCE(loss_reason_id, '00000000-0000-0000-0000-000000000000'))
    DO UPDATE SET calls = t.calls + EXCLUDED.calls
$$;

REVOKE ALL ON FUNCTION client_sizes() FROM PUBLIC;
REVOKE ALL ON FUNCTION fold_call_count_deltas() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION client_sizes() TO ${app_role};
GRANT EXECUTE ON FUNCTION fold_call_count_deltas() TO ${app_role};
-- The application now only appends deltas and reads counts.
REVOKE DELETE ON call_count_deltas FROM ${app_role};
REVOKE INSERT, UPDATE ON call_counts FROM ${app_role};
