-- The audit trail (see README, "Audit trail"): triggers record every change in the changing
-- transaction, record_audit() takes access events, and sealing chains each client's rows.
-- This file is the current definition; Flyway runs it again whenever it changes (see README,
-- "SQL objects"). Tables stay in the versioned migrations.

-- What a row's hash covers: every column, in a canonical form. The API key (V16) and the request id
-- (V18) came later: a row without them keeps the text, and so the hash, it was sealed with.
CREATE OR REPLACE FUNCTION audit_row_text(entry audit_logs) RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT (jsonb_build_array(entry.id, entry.client_id, entry.user_id, entry.operator_id,
                              entry.table_name, entry.record_id, entry.action, entry.old_values,
                              entry.new_values, entry.changed_fields, host(entry.ip_address),
                              entry.user_agent, entry.created_at AT TIME ZONE 'UTC')
            || CASE WHEN entry.api_key_id IS NULL THEN '[]'::jsonb
                    ELSE jsonb_build_array(entry.api_key_id) END
            || CASE WHEN entry.request_id IS NULL THEN '[]'::jsonb
                    ELSE jsonb_build_array(jsonb_build_object('request', entry.request_id)) END)::text
$$;

CREATE OR REPLACE FUNCTION audit_link(prev_hash text, entry audit_logs) RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT encode(sha256(convert_to(prev_hash || public.audit_row_text(entry), 'UTF8')), 'hex')
$$;

-- The one writer of audit_logs, for the triggers and the two functions below; the application role
-- may not call it (it could write any event into any client's log).
CREATE OR REPLACE FUNCTION record_audit(client uuid, actor_user uuid, actor_operator uuid, tbl text,
                             record uuid, act text, old_v jsonb, new_v jsonb, changed text[],
                             ip text, agent text) RETURNS uuid
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    entry uuid := gen_random_uuid();
BEGIN
    INSERT INTO public.audit_logs (id, client_id, user_id, operator_id, table_name, record_id,
                                   action, old_values, new_values, changed_fields, ip_address,
                                   user_agent, created_at, api_key_id, request_id)
    VALUES (entry, client, actor_user, actor_operator, tbl, record, act, old_v, new_v, changed,
            ip::inet, agent, clock_timestamp(),
            CASE WHEN actor_user IS NOT NULL
                 THEN NULLIF(current_setting('app.actor_api_key', true), '')::uuid END,
            NULLIF(current_setting('app.request_id', true), ''));
    INSERT INTO public.audit_unsealed VALUES (entry);
    RETURN entry;
END;
$$;

-- The application's access events (AuditRecorder): action SELECT only, in the client the
-- transaction is bound to, by the actor the transaction names. A client's event is one of its
-- users'; an event of no client is an operator's or nobody's.
CREATE OR REPLACE FUNCTION record_access(tbl text, record uuid, details jsonb) RETURNS uuid
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    client uuid := public.current_tenant();
    actor_user uuid := NULLIF(current_setting('app.actor_user', true), '')::uuid;
    actor_operator uuid := NULLIF(current_setting('app.actor_operator', true), '')::uuid;
BEGIN
    IF client IS NOT NULL AND (actor_operator IS NOT NULL OR NOT EXISTS (
            SELECT 1 FROM public.users u WHERE u.id = actor_user AND u.client_id = client)) THEN
        RAISE EXCEPTION 'an access event of a client is by one of its users'
            USING ERRCODE = '42501';
    END IF;
    IF client IS NULL AND (actor_user IS NOT NULL OR (actor_operator IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM public.operators o WHERE o.id = actor_operator))) THEN
        RAISE EXCEPTION 'an access event of no client is by an operator or by nobody'
            USING ERRCODE = '42501';
    END IF;
    RETURN public.record_audit(client, actor_user, actor_operator, tbl, record, 'SELECT', NULL,
                               details, NULL, NULLIF(current_setting('app.client_ip', true), ''),
                               NULLIF(current_setting('app.user_agent', true), ''));
END;
$$;

-- How many failed sign-ins of one address in one minute are logged one by one; the rest of that
-- minute's are counted, and log_sign_in_floods() writes them as one event.
CREATE OR REPLACE FUNCTION sign_in_failures_logged_one_by_one() RETURNS integer
LANGUAGE sql IMMUTABLE AS $$ SELECT 20 $$;

-- A failed sign-in (SignInService), by nobody, in the log of the active client whose workspace
-- was typed: the client is looked up here, never taken from the caller. The address is the
-- transaction's (app.client_ip).
CREATE OR REPLACE FUNCTION record_failed_sign_in(workspace_typed text, details jsonb) RETURNS uuid
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    from_address text := NULLIF(current_setting('app.client_ip', true), '');
    this_minute integer;
BEGIN
    INSERT INTO public.sign_in_floods AS f (address, minute, failures)
    VALUES (COALESCE(from_address, ''), date_trunc('minute', clock_timestamp()), 1)
    ON CONFLICT ON CONSTRAINT sign_in_floods_pkey DO UPDATE SET failures = f.failures + 1
    RETURNING f.failures INTO this_minute;
    IF this_minute > public.sign_in_failures_logged_one_by_one() THEN
        RETURN NULL;
    END IF;
    RETURN public.record_audit(
        (SELECT c.id FROM public.clients c WHERE c.workspace = workspace_typed AND c.is_active),
        NULL, NULL, 'users', '00000000-0000-0000-0000-000000000000', 'SELECT', NULL, details,
        NULL, from_address, NULLIF(current_setting('app.user_agent', true), ''));
END;
$$;

-- SignInThrottle, every minute: one event per address and past minute whose failed sign-ins were
-- too many to log one by one, with how many there were. Says how many events it wrote.
CREATE OR REPLACE FUNCTION log_sign_in_floods() RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    flood record;
    logged integer := 0;
BEGIN
    FOR flood IN
        DELETE FROM public.sign_in_floods f
        WHERE f.minute < date_trunc('minute', clock_timestamp())
        RETURNING f.address, f.minute, f.failures
    LOOP
        IF flood.failures > public.sign_in_failures_logged_one_by_one() THEN
            PERFORM public.record_audit(
                NULL, NULL, NULL, 'users', '00000000-0000-0000-0000-000000000000', 'SELECT', NULL,
                jsonb_build_object(
                    'event', 'sign-in flood', 'minute', flood.minute, 'failures', flood.failures,
                    'logged one by one', public.sign_in_failures_logged_one_by_one()),
                NULL, NULLIF(flood.address, ''), NULL);
            logged := logged + 1;
        END IF;
    END LOOP;
    RETURN logged;
END;
$$;

-- Row changes, with the actor, IP and user agent the application set for the transaction
-- (app.actor_user, app.actor_operator, app.client_ip, app.user_agent). Password hashes, key hashes
-- and the derived search text are left out; an update of sign-in or key-use bookkeeping alone is
-- not recorded (the sign-in is, as an access event).
CREATE OR REPLACE FUNCTION audit_row_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    old_full jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
    new_full jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
    old_v jsonb := old_full - 'password_hash' - 'token_hash' - 'secret_hash' - 'secret' - 'search_text';
    new_v jsonb := new_full - 'password_hash' - 'token_hash' - 'secret_hash' - 'secret' - 'search_text';
    row_v jsonb := COALESCE(new_v, old_v);
    changed text[];
BEGIN
    IF TG_OP = 'UPDATE' THEN
        SELECT array_agg(k ORDER BY k) INTO changed
        FROM jsonb_object_keys(new_full) k
        WHERE new_full -> k IS DISTINCT FROM old_full -> k
          AND k NOT IN ('updated_at', 'search_text');
        IF changed IS NULL OR changed <@ ARRAY['last_login', 'last_used_at'] THEN
            RETURN NULL;
        END IF;
    END IF;
    PERFORM public.record_audit(
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

-- Calls inserted by one statement (an import's batch of a thousand, or one call of the form): the
-- same row per call as audit_row_change() writes, in one insert instead of a function call per row.
CREATE OR REPLACE FUNCTION audit_rows_inserted() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    actor_user uuid := NULLIF(current_setting('app.actor_user', true), '')::uuid;
BEGIN
    WITH entries AS (
        INSERT INTO public.audit_logs (id, client_id, user_id, operator_id, table_name, record_id,
                                       action, new_values, ip_address, user_agent, created_at,
                                       api_key_id, request_id)
        SELECT gen_random_uuid(), n.client_id, actor_user,
               NULLIF(current_setting('app.actor_operator', true), '')::uuid, TG_TABLE_NAME, n.id,
               'INSERT', to_jsonb(n) - 'search_text',
               NULLIF(current_setting('app.client_ip', true), '')::inet,
               NULLIF(current_setting('app.user_agent', true), ''), clock_timestamp(),
               CASE WHEN actor_user IS NOT NULL
                    THEN NULLIF(current_setting('app.actor_api_key', true), '')::uuid END,
               NULLIF(current_setting('app.request_id', true), '')
        FROM inserted_rows n
        RETURNING id)
    INSERT INTO public.audit_unsealed SELECT id FROM entries;
    RETURN NULL;
END;
$$;

-- Append-only, even for the owner: only a superuser who disables the trigger can change a row,
-- and the chain then shows it.
CREATE OR REPLACE FUNCTION reject_audit_rewrite() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = '42501';
END;
$$;

-- AuditSealing, every few seconds: links up to max_rows of the rows committed since into their
-- chains, and says how many. One sealer at a time; writers never wait for it.
CREATE OR REPLACE FUNCTION seal_audit_logs(max_rows integer DEFAULT 10000) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
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
            DELETE FROM public.audit_unsealed
            WHERE audit_id IN (SELECT audit_id FROM public.audit_unsealed LIMIT max_rows)
            RETURNING audit_id)
        SELECT a AS entry, COALESCE(a.client_id, '00000000-0000-0000-0000-000000000000') AS chain
        FROM taken t JOIN public.audit_logs a ON a.id = t.audit_id
        ORDER BY 2, a.created_at, a.id
    LOOP
        IF current_chain IS DISTINCT FROM queued.chain THEN
            current_chain := queued.chain;
            SELECT c.hash, c.seq INTO prev, next_seq FROM public.audit_chain c
            WHERE c.chain = current_chain ORDER BY c.seq DESC LIMIT 1;
            prev := COALESCE(prev, '');
            next_seq := COALESCE(next_seq, 0);
        END IF;
        next_seq := next_seq + 1;
        link_hash := public.audit_link(prev, queued.entry);
        INSERT INTO public.audit_chain (audit_id, chain, seq, prev_hash, hash)
        VALUES ((queued.entry).id, current_chain, next_seq, prev, link_hash);
        prev := link_hash;
        sealed := sealed + 1;
    END LOOP;
    RETURN sealed;
END;
$$;

-- The checkpoint signer (CheckpointSigner, a process of its own with a role of its own): the head of
-- every chain that grew after the given time, for the checkpoints it signs outside the database.
-- Hashes and positions only, never a row's content.
CREATE OR REPLACE FUNCTION audit_chain_heads_since(since timestamptz)
RETURNS TABLE (chain uuid, seq bigint, hash text, sealed_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT DISTINCT ON (c.chain) c.chain, c.seq, c.hash, c.sealed_at
    FROM public.audit_chain c
    WHERE c.chain IN (SELECT g.chain FROM public.audit_chain g WHERE g.sealed_at > since)
    ORDER BY c.chain, c.seq DESC
$$;

-- src/scripts/verify-audit-chain.sh: the first row of a client's chain that does not match, if
-- any, and how many rows wait to be sealed.
CREATE OR REPLACE FUNCTION verify_audit_chain(client uuid)
RETURNS TABLE (checked bigint, unsealed bigint, bad_seq bigint, bad_audit_id uuid, problem text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    link record;
    prev text := '';
    expected_seq bigint := 0;
BEGIN
    checked := 0;
    SELECT count(*) INTO unsealed
    FROM public.audit_unsealed u JOIN public.audit_logs a ON a.id = u.audit_id
    WHERE a.client_id IS NOT DISTINCT FROM client;
    FOR link IN
        SELECT c.seq, c.audit_id, c.prev_hash, c.hash, a AS entry, a.id IS NULL AS missing
        FROM public.audit_chain c LEFT JOIN public.audit_logs a ON a.id = c.audit_id
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
        ELSIF public.audit_link(prev, link.entry) <> link.hash THEN
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
CREATE OR REPLACE TRIGGER calls_audit AFTER UPDATE OR DELETE ON calls
    FOR EACH ROW EXECUTE FUNCTION audit_row_change();
CREATE OR REPLACE TRIGGER calls_audit_insert AFTER INSERT ON calls
    REFERENCING NEW TABLE AS inserted_rows
    FOR EACH STATEMENT EXECUTE FUNCTION audit_rows_inserted();
CREATE OR REPLACE TRIGGER saved_views_audit AFTER INSERT OR UPDATE OR DELETE ON saved_views
    FOR EACH ROW EXECUTE FUNCTION audit_row_change();
CREATE OR REPLACE TRIGGER operators_audit AFTER INSERT OR UPDATE OR DELETE ON operators
    FOR EACH ROW EXECUTE FUNCTION audit_row_change();
CREATE OR REPLACE TRIGGER client_single_sign_on_audit
    AFTER INSERT OR UPDATE OR DELETE ON client_single_sign_on
    FOR EACH ROW EXECUTE FUNCTION audit_row_change();

CREATE OR REPLACE TRIGGER audit_logs_append_only BEFORE UPDATE OR DELETE ON audit_logs
    FOR EACH ROW EXECUTE FUNCTION reject_audit_rewrite();
CREATE OR REPLACE TRIGGER audit_logs_no_truncate BEFORE TRUNCATE ON audit_logs
    FOR EACH STATEMENT EXECUTE FUNCTION reject_audit_rewrite();
CREATE OR REPLACE TRIGGER audit_chain_append_only BEFORE UPDATE OR DELETE ON audit_chain
    FOR EACH ROW EXECUTE FUNCTION reject_audit_rewrite();
CREATE OR REPLACE TRIGGER audit_chain_no_truncate BEFORE TRUNCATE ON audit_chain
    FOR EACH STATEMENT EXECUTE FUNCTION reject_audit_rewrite();

REVOKE ALL ON FUNCTION record_audit(uuid, uuid, uuid, text, uuid, text, jsonb, jsonb, text[], text,
                                    text) FROM PUBLIC, ${app_role};
REVOKE ALL ON FUNCTION record_access(text, uuid, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION record_access(text, uuid, jsonb) TO ${app_role};
REVOKE ALL ON FUNCTION record_failed_sign_in(text, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION record_failed_sign_in(text, jsonb) TO ${app_role};
REVOKE ALL ON FUNCTION log_sign_in_floods() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION log_sign_in_floods() TO ${app_role};
REVOKE ALL ON FUNCTION seal_audit_logs(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION seal_audit_logs(integer) TO ${app_role};
REVOKE ALL ON FUNCTION verify_audit_chain(uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION audit_chain_heads_since(timestamptz) FROM PUBLIC;
REVOKE ALL ON FUNCTION audit_chain_heads_since(timestamptz) FROM ${app_role};
GRANT EXECUTE ON FUNCTION audit_chain_heads_since(timestamptz) TO ${signer_role};
