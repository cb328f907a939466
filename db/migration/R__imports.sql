-- Imports (see README, "Importing calls"). This file is the current definition; Flyway runs it
-- again whenever it changes (see README, "SQL objects"). Tables stay in the versioned migrations.

-- At start-up, before this server runs any import: an import still marked running was cut off by
-- a stop of the server, and its transaction rolled back, so it wrote nothing. One server runs the
-- imports it starts; with several, this must name the server. Answers how many were marked.
CREATE OR REPLACE FUNCTION fail_interrupted_imports() RETURNS integer
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    WITH failed AS (
        UPDATE public.imports
        SET state = 'failed',
            failure = 'The server stopped before the import committed: nothing was written. Import the file again.'
        WHERE state = 'running'
        RETURNING 1)
    SELECT count(*)::integer FROM failed
$$;
REVOKE ALL ON FUNCTION fail_interrupted_imports() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION fail_interrupted_imports() TO ${app_role};
