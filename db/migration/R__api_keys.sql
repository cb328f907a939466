-- API keys (see README, "API"): how a request's key becomes its caller. This file is the current
-- definition; Flyway runs it again whenever it changes (see README, "SQL objects").

CREATE OR REPLACE TRIGGER api_keys_audit AFTER INSERT OR UPDATE OR DELETE ON api_keys
    FOR EACH ROW EXECUTE FUNCTION audit_row_change();

-- Before a tenant is known: the caller a key's hash stands for, while the key is neither revoked
-- nor expired, its owner is an active ceo or admin and its client is active. A key is no stronger
-- than its owner today: a demoted owner's key finds nothing. Notes the use at most once a minute.
CREATE OR REPLACE FUNCTION api_key_caller(key_hash text)
RETURNS TABLE (key_id uuid, client_id uuid, owner_id uuid, owner_role text, scopes text,
               requests_per_minute integer)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    RETURN QUERY
    SELECT k.id, k.client_id, k.owner_id, u.role::text, k.scopes, k.requests_per_minute
    FROM public.api_keys k
    JOIN public.users u ON u.id = k.owner_id AND u.client_id = k.client_id
    JOIN public.clients c ON c.id = k.client_id
    WHERE k.secret_hash = key_hash AND k.revoked_at IS NULL
      AND (k.expires_at IS NULL OR k.expires_at > clock_timestamp())
      AND u.is_active AND u.role IN ('ceo', 'admin') AND c.is_active;
    UPDATE public.api_keys k SET last_used_at = clock_timestamp()
    WHERE k.secret_hash = key_hash AND k.revoked_at IS NULL
      AND (k.last_used_at IS NULL OR k.last_used_at < clock_timestamp() - interval '1 minute');
END;
$$;
REVOKE ALL ON FUNCTION api_key_caller(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION api_key_caller(text) TO ${app_role};
