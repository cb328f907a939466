-- The agency's reads across clients: counts per client, never a row of data.
-- This file is the current definition; Flyway runs it again whenever it changes (see README,
-- "SQL objects"). Tables stay in the versioned migrations.

-- Operators' client list: users and calls per client, never a row of either.
CREATE OR REPLACE FUNCTION client_sizes() RETURNS TABLE (client_id uuid, users bigint, calls bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT c.id,
           (SELECT count(*) FROM users u WHERE u.client_id = c.id),
           (SELECT count(*) FROM calls k WHERE k.client_id = c.id)
    FROM clients c
$$;

-- Operators' roll-up: per client, the calls of a period of the client's own days. Counts only.
CREATE OR REPLACE FUNCTION client_period_counts(first_day date, last_day date)
RETURNS TABLE (client_id uuid, calls bigint, completed bigint, no_shows bigint, won bigint,
               lost bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT r.client_id, sum(r.calls), sum(r.completed), sum(r.no_shows), sum(r.won), sum(r.lost)
    FROM (SELECT client_id, calls, completed, no_shows, won, lost FROM rep_call_counts
          WHERE day BETWEEN COALESCE(first_day, '-infinity') AND COALESCE(last_day, 'infinity')
          UNION ALL
          SELECT client_id, delta, CASE WHEN status = 'completed' THEN delta ELSE 0 END,
                 CASE WHEN status = 'no-show' THEN delta ELSE 0 END,
                 CASE WHEN status = 'completed' AND outcome = 'won' THEN delta ELSE 0 END,
                 CASE WHEN status = 'completed' AND outcome = 'lost' THEN delta ELSE 0 END
          FROM call_count_deltas
          WHERE day BETWEEN COALESCE(first_day, '-infinity') AND COALESCE(last_day, 'infinity')) r
    GROUP BY r.client_id
$$;

REVOKE ALL ON FUNCTION client_sizes() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION client_sizes() TO ${app_role};
REVOKE ALL ON FUNCTION client_period_counts(date, date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION client_period_counts(date, date) TO ${app_role};
