-- API keys (see README, "API"): how a request's key becomes its caller. This file is the current
-- definition; Flyway runs it again whenever it changes (see README, "SQL objects").

CREATE OR REPLACE TRIGGER api_keys_audit AFTER INSERT OR UPDATE OR DELETE ON api_keys
    FOR EACH ROW EXECUTE FUNCTION audit_row_change();

-- Before a tenant is known: the caller a key's hash stands for, with its client's time zone, while
-- the key is neither revoked nor expired, its owner is an active ceo or admin and its client is
-- active and allows API keys. A key is no stronger than its owner today: a demoted owner's key finds
-- nothing, and a client that turned keys off has none that work. Counts
-- the request in the key's minute and in its client's (every key of a client shares one ceiling),
-- and answers the tighter of the two limits with its use; notes the key's use once a minute.
DROP FUNCTION IF EXISTS api_key_caller(text);
CREATE OR REPLACE FUNCTION api_key_caller(key_hash text)
RETURNS TABLE (key_id uuid, client_id uuid, owner_id uuid, owner_role text, scopes text,
               time_zone text, limit_policy text, requests_per_minute integer,
               requests_this_minute integer, seconds_left integer)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    found_key record;
    this_minute timestamptz := date_trunc('minute', clock_timestamp());
    used integer;
    client_used integer;
BEGIN
    SELECT k.id, k.client_id, k.owner_id, u.role::text AS role, k.scopes,
           c.time_zone::text AS time_zone, k.requests_per_minute,
           c.api_requests_per_minute AS client_limit
    INTO found_key
    FROM public.api_keys k
    JOIN public.users u ON u.id = k.owner_id AND u.client_id = k.client_id
    JOIN public.clients c ON c.id = k.client_id
    WHERE k.secret_hash = key_hash AND k.revoked_at IS NULL
      AND (k.expires_at IS NULL OR k.expires_at > clock_timestamp())
      AND u.is_active AND u.role IN ('ceo', 'admin') AND c.is_active AND c.api_keys_allowed;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    INSERT INTO public.api_key_minutes AS m (api_key_id, minute, requests)
    VALUES (found_key.id, this_minute, 1)
    ON CONFLICT (api_key_id, minute) DO UPDATE SET requests = m.requests + 1
    RETURNING m.requests INTO used;
    INSERT INTO public.api_client_minutes AS m (client_id, minute, requests)
    VALUES (found_key.client_id, this_minute, 1)
    ON CONFLICT ON CONSTRAINT api_client_minutes_pkey DO UPDATE SET requests = m.requests + 1
    RETURNING m.requests INTO client_used;
    IF used = 1 THEN
        DELETE FROM public.api_key_minutes m
        WHERE m.api_key_id = found_key.id AND m.minute < this_minute;
        UPDATE public.api_keys k SET last_used_at = clock_timestamp() WHERE k.id = found_key.id;
    END IF;
    IF client_used = 1 THEN
        DELETE FROM public.api_client_minutes m
        WHERE m.client_id = found_key.client_id AND m.minute < this_minute;
    END IF;
    RETURN QUERY SELECT found_key.id, found_key.client_id, found_key.owner_id, found_key.role,
        found_key.scopes, found_key.time_zone,
        CASE WHEN found_key.client_limit - client_used < found_key.requests_per_minute - used
             THEN 'per-client' ELSE 'per-key' END,
        CASE WHEN found_key.client_limit - client_used < found_key.requests_per_minute - used
             THEN found_key.client_limit ELSE found_key.requests_per_minute END,
        CASE WHEN found_key.client_limit - client_used < found_key.requests_per_minute - used
             THEN client_used ELSE used END,
        ceil(extract(epoch FROM this_minute + interval '1 minute' - clock_timestamp()))::integer;
END;
$$;
REVOKE ALL ON FUNCTION api_key_caller(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION api_key_caller(text) TO ${app_role};

-- Idempotency records older than a day replay nothing any more (ApiIdempotency's timer).
CREATE OR REPLACE FUNCTION forget_old_idempotency() RETURNS integer
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    WITH gone AS (DELETE FROM public.api_idempotency
                  WHERE created_at < clock_timestamp() - interval '24 hours' RETURNING 1)
    SELECT count(*)::integer FROM gone
$$;
REVOKE ALL ON FUNCTION forget_old_idempotency() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION forget_old_idempotency() TO ${app_role};
