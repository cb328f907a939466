-- The audit trail (see README, "Audit trail"): triggers record every change in the changing
-- transaction, record_audit() takes access events, and sealing chains each client's rows.
-- This file is the current definition; Flyway runs it again whenever it changes (see README,
-- "SQL objects"). Tables stay in the versioned migrations.

-- What a row's hash covers: every column, in a canonical form.
CREATE OR REPLACE FUNCTION audit_row_text(entry audit_logs) RETURNS text
LANGUAGE sql STABLE SET search_path = public AS $$
    SELECT jsonb_build_array(entry.id, entry.client_id, entry.user_id, entry.operator_id,
                             entry.table_name, entry.record_id, entry.action, entry.old_values,
                             entry.new_values, entry.changed_fields, host(entry.ip_address),
                             entry.user_agent, entry.created_at AT TIME ZONE 'UTC')::text
$$;

CREATE OR REPLACE FUNCTION audit_link(prev_hash text, entry audit_logs) RETURNS text
LANGUAGE sql STABLE SET search_path = public AS $$
    SELECT encode(sha256(convert_to(prev_hash || audit_row_text(entry), 'UTF8')), 'hex')
$$;

-- The one way rows enter audit_logs, for the triggers and the application alike.
CREATE OR REPLACE FUNCTION record_audit(client uuid, actor_user uuid, actor_operator uuid, tbl text,
                             record uuid, act text, old_v jsonb, new_v jsonb, changed text[],
                             ip text, agent text) RETURNS uuid
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    entry uuid := gen_random_uuid();
BEGIN
    INSERT INTO audit_logs (id, client_id, user_id, operator_id, table_name, record_id, action,
                            old_values, new_values, changed_fields, ip_address, user_agent,
                            created_at)
    VALUES (entry, client, actor_user, actor_operator, tbl, record, act, old_v, new_v, changed,
            ip::inet, agent, clock_timestamp());
    INSERT INTO audit_unsealed VALUES (entry);
    RETURN entry;
END;
$$;

-- Row changes, with the actor, IP and user agent the application set for the transaction
-- (app.actor_user, app.actor_operator, app.client_ip, app.user_agent). Password hashes and the
-- derived search text are left out; an update of sign-in bookkeeping alone is not recorded (the
-- sign-in is, as an access event).
CREATE OR REPLACE FUNCTION audit_row_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    old_full jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
    new_full jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
    old_v jsonb := old_full - 'password_hash' - 'search_text';
    new_v jsonb := new_full - 'password_hash' - 'search_text';
    row_v jsonb := COALESCE(new_v, old_v);
    changed text[];
BEGIN
    IF TG_OP = 'UPDATE' THEN
        SELECT array_agg(k ORDER BY k) INTO changed
        FROM jsonb_object_keys(new_full) k
        WHERE new_full -> k IS DISTINCT FROM old_full -> k AND k NOT IN ('updated_at', 'search_text');
        IF changed IS NULL OR changed <@ ARRAY['last_login'] THEN
            RETURN NULL;
        END IF;
    END IF;
    PERFORM record_audit(
        CASE WHEN TG_TABLE_NAME = 'clients' THEN (row_v ->> 'id')::uuid
             ELSE (row_v ->> 'client_id')::uuid END,
        NULLIF(current_setting('app.actor_user', true), '')::uuid,
        NULLIF(current_setting('app.actor_operator', true), '')::uuid,
        TG_TABLE_NAME, (row_v ->> 'id')::uuid, TG_OP, old_v, new_v, changed,
        NULLIF(current_setting('app.client_ip', true), ''),
        NULLIF(current_setting('app.user_agent', true), ''));
    RETURN NULL;
END;
$$;

-- Append-only, even for the owner: only a superuser who disables the trigger can change a row,
-- and the chain then shows it.
CREATE OR REPLACE FUNCTION reject_audit_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = '42501';
END;
$$;

-- AuditSealing, every few seconds: links up to max_rows of the rows committed since into their
-- chains, and says how many. One sealer at a time; writers never wait for it.
CREATE OR REPLACE FUNCTION seal_audit_logs(max_rows integer DEFAULT 10000) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    queued record;
    current_chain uuid;
    prev text;
    next_seq bigint;
    link_hash text;
    sealed integer := 0;
BEGIN
    IF NOT pg_try_advisory_xact_lock(hashtext('seal_audit_logs')) THEN
        RETURN 0;
    END IF;
    FOR queued IN
        WITH taken AS (
            DELETE FROM audit_unsealed
            WHERE audit_id IN (SELECT audit_id FROM audit_unsealed LIMIT max_rows)
            RETURNING audit_id)
        SELECT a AS entry, COALESCE(a.client_id, '00000000-0000-0000-0000-000000000000') AS chain
        FROM taken t JOIN audit_logs a ON a.id = t.audit_id
        ORDER BY 2, a.created_at, a.id
    LOOP
        IF current_chain IS DISTINCT FROM queued.chain THEN
            current_chain := queued.chain;
            SELECT c.hash, c.seq INTO prev, next_seq FROM audit_chain c
            WHERE c.chain = current_chain ORDER BY c.seq DESC LIMIT 1;
            prev := COALESCE(prev, '');
            next_seq := COALESCE(next_seq, 0);
        END IF;
        next_seq := next_seq + 1;
        link_hash := audit_link(prev, queued.entry);
        INSERT INTO audit_chain (audit_id, chain, seq, prev_hash, hash)
        VALUES ((queued.entry).id, current_chain, next_seq, prev, link_hash);
        prev := link_hash;
        sealed := sealed + 1;
    END LOOP;
    RETURN sealed;
END;
$$;

-- src/scripts/verify-audit-chain.sh: the first row of a client's chain that does not match, if
-- any, and how many rows wait to be sealed.
CREATE OR REPLACE FUNCTION verify_audit_chain(client uuid)
RETURNS TABLE (checked bigint, unsealed bigint, bad_seq bigint, bad_audit_id uuid, problem text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
DECLARE
    link record;
    prev text := '';
    expected_seq bigint := 0;
BEGIN
    checked := 0;
    SELECT count(*) INTO unsealed FROM audit_unsealed u JOIN audit_logs a ON a.id = u.audit_id
    WHERE a.client_id IS NOT DISTINCT FROM client;
    FOR link IN
        SELECT c.seq, c.audit_id, c.prev_hash, c.hash, a AS entry, a.id IS NULL AS missing
        FROM audit_chain c LEFT JOIN audit_logs a ON a.id = c.audit_id
        WHERE c.chain = COALESCE(client, '00000000-0000-0000-0000-000000000000')
        ORDER BY c.seq
    LOOP
        expected_seq := expected_seq + 1;
        bad_seq := link.seq;
        bad_audit_id := link.audit_id;
        IF link.seq <> expected_seq THEN
            problem := 'a link of the chain is missing before it';
        ELSIF link.prev_hash <> prev THEN
            problem := 'it does not point to the previous row''s hash';
        ELSIF link.missing THEN
            problem := 'the audit row is gone';
        ELSIF audit_link(prev, link.entry) <> link.hash THEN
            problem := 'the audit row was changed after it was sealed';
        END IF;
        IF problem IS NOT NULL THEN
            RETURN NEXT;
            RETURN;
        END IF;
        prev := link.hash;
        checked := checked + 1;
    END LOOP;
    bad_seq := NULL;
    bad_audit_id := NULL;
    RETURN NEXT;
END;
$$;

CREATE OR REPLACE TRIGGER clients_audit AFTER INSERT OR UPDATE OR DELETE ON clients
    FOR EACH ROW EXECUTE FUNCTION audit_row_change();
CREATE OR REPLACE TRIGGER users_audit AFTER INSERT OR UPDATE OR DELETE ON users
    FOR EACH ROW EXECUTE FUNCTION audit_row_change();
CREATE OR REPLACE TRIGGER loss_reasons_audit AFTER INSERT OR UPDATE OR DELETE ON loss_reasons
    FOR EACH ROW EXECUTE FUNCTION audit_row_change();
CREATE OR REPLACE TRIGGER calls_audit AFTER INSERT OR UPDATE OR DELETE ON calls
    FOR EACH ROW EXECUTE FUNCTION audit_row_change();
CREATE OR REPLACE TRIGGER saved_views_audit AFTER INSERT OR UPDATE OR DELETE ON saved_views
    FOR EACH ROW EXECUTE FUNCTION audit_row_change();
CREATE OR REPLACE TRIGGER operators_audit AFTER INSERT OR UPDATE OR DELETE ON operators
    FOR EACH ROW EXECUTE FUNCTION audit_row_change();

CREATE OR REPLACE TRIGGER audit_logs_append_only BEFORE UPDATE OR DELETE ON audit_logs
    FOR EACH ROW EXECUTE FUNCTION reject_audit_rewrite();
CREATE OR REPLACE TRIGGER audit_logs_no_truncate BEFORE TRUNCATE ON audit_logs
    FOR EACH STATEMENT EXECUTE FUNCTION reject_audit_rewrite();
CREATE OR REPLACE TRIGGER audit_chain_append_only BEFORE UPDATE OR DELETE ON audit_chain
    FOR EACH ROW EXECUTE FUNCTION reject_audit_rewrite();
CREATE OR REPLACE TRIGGER audit_chain_no_truncate BEFORE TRUNCATE ON audit_chain
    FOR EACH STATEMENT EXECUTE FUNCTION reject_audit_rewrite();

REVOKE ALL ON FUNCTION record_audit(uuid, uuid, uuid, text, uuid, text, jsonb, jsonb, text[], text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION record_audit(uuid, uuid, uuid, text, uuid, text, jsonb, jsonb, text[], text, text) TO ${app_role};
REVOKE ALL ON FUNCTION seal_audit_logs(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION seal_audit_logs(integer) TO ${app_role};
REVOKE ALL ON FUNCTION verify_audit_chain(uuid) FROM PUBLIC;
