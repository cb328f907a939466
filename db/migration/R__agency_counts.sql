-- The agency's reads across clients: counts per client, never a row of data.
-- This file is the current definition; Flyway runs it again whenever it changes (see README,
-- "SQL objects"). Tables stay in the versioned migrations.

-- The agency's functions serve a transaction whose actor (app.actor_operator) is an active
-- operator: the application role alone, with a client bound or not, gets nothing across clients.
-- The owner's and a superuser's own sessions (migrations, scripts) pass.
CREATE OR REPLACE FUNCTION require_active_operator() RETURNS void
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF session_user = current_user
       OR (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = session_user) THEN
        RETURN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM public.operators o
                   WHERE o.is_active
                     AND o.id = NULLIF(current_setting('app.actor_operator', true), '')::uuid) THEN
        RAISE EXCEPTION 'only an active agency operator may do this' USING ERRCODE = '42501';
    END IF;
END;
$$;

-- Operators' client list: users and calls per client, never a row of either.
CREATE OR REPLACE FUNCTION client_sizes() RETURNS TABLE (client_id uuid, users bigint, calls bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
#variable_conflict use_column
BEGIN
    PERFORM public.require_active_operator();
    RETURN QUERY
    SELECT c.id,
           (SELECT count(*) FROM public.users u WHERE u.client_id = c.id),
           (SELECT count(*) FROM public.calls k WHERE k.client_id = c.id)
    FROM public.clients c;
END;
$$;

-- Operators' roll-up: per client, the calls of a period of the client's own days. Counts only.
CREATE OR REPLACE FUNCTION client_period_counts(first_day date, last_day date)
RETURNS TABLE (client_id uuid, calls bigint, completed bigint, no_shows bigint, won bigint,
               lost bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
#variable_conflict use_column
BEGIN
    PERFORM public.require_active_operator();
    RETURN QUERY
    SELECT r.client_id, sum(r.calls)::bigint, sum(r.completed)::bigint, sum(r.no_shows)::bigint,
           sum(r.won)::bigint, sum(r.lost)::bigint
    FROM (SELECT client_id, calls, completed, no_shows, won, lost FROM public.rep_call_counts
          WHERE day BETWEEN COALESCE(first_day, '-infinity') AND COALESCE(last_day, 'infinity')
          UNION ALL
          SELECT client_id, delta, CASE WHEN status = 'completed' THEN delta ELSE 0 END,
                 CASE WHEN status = 'no-show' THEN delta ELSE 0 END,
                 CASE WHEN status = 'completed' AND outcome = 'won' THEN delta ELSE 0 END,
                 CASE WHEN status = 'completed' AND outcome = 'lost' THEN delta ELSE 0 END
          FROM public.call_count_deltas
          WHERE day BETWEEN COALESCE(first_day, '-infinity') AND COALESCE(last_day, 'infinity')) r
    GROUP BY r.client_id;
END;
$$;

REVOKE ALL ON FUNCTION require_active_operator() FROM PUBLIC;
REVOKE ALL ON FUNCTION client_sizes() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION client_sizes() TO ${app_role};
REVOKE ALL ON FUNCTION client_period_counts(date, date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION client_period_counts(date, date) TO ${app_role};
