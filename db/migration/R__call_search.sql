-- The call list's search, past row-level security (see README, "The call list at scale").
-- This file is the current definition; Flyway runs it again whenever it changes (see README,
-- "SQL objects"). Tables stay in the versioned migrations.

CREATE OR REPLACE FUNCTION matching_call_ids(pattern text)
RETURNS TABLE (id uuid, placed_at timestamptz, prospect_name varchar, user_id uuid,
               call_type varchar, status varchar, outcome varchar, loss_reason_id uuid)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT c.id, c.placed_at, c.prospect_name, c.user_id, c.call_type, c.status, c.outcome,
           c.loss_reason_id
    FROM public.calls c
    WHERE c.client_id = public.current_tenant() AND c.search_text LIKE pattern
$$;
REVOKE ALL ON FUNCTION matching_call_ids(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION matching_call_ids(text) TO ${app_role};
