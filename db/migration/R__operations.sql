-- Figures for the servers' metrics (README, "Scaling out"). This file is the current definition;
-- Flyway runs it again whenever it changes (see README, "SQL objects").

-- The work the jobs have not done yet: audit rows waiting to be sealed into their chains, and call
-- count deltas waiting to be folded into the rollups. Counts only, of no client in particular.
CREATE OR REPLACE FUNCTION job_backlog(OUT unsealed_audit_rows bigint, OUT unfolded_deltas bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT (SELECT count(*) FROM public.audit_unsealed), (SELECT count(*) FROM public.call_count_deltas)
$$;
REVOKE ALL ON FUNCTION job_backlog() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION job_backlog() TO ${app_role};

-- Connections each server's pools hold open, by pool and state (the pools name themselves in
-- application_name: propaganda-<pool>-<server>).
CREATE OR REPLACE FUNCTION pool_connections()
RETURNS TABLE (application text, state text, connections bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT a.application_name, COALESCE(a.state, 'unknown'), count(*)
    FROM pg_stat_activity a
    WHERE a.datname = current_database() AND a.application_name LIKE 'propaganda-%'
    GROUP BY 1, 2
$$;
REVOKE ALL ON FUNCTION pool_connections() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION pool_connections() TO ${app_role};
