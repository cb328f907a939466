-- Imports (see README, "Importing calls"). This file is the current definition; Flyway runs it
-- again whenever it changes (see README, "SQL objects"). Tables stay in the versioned migrations.

-- Every minute and at start-up, on every server: an import still marked running whose writing
-- transaction no longer holds its lock (ImportService.commit) was cut off by a stop of the server
-- that ran it, and rolled back, so it wrote nothing. An import begun in the last minute may not have
-- taken its lock yet. Answers how many were marked.
CREATE OR REPLACE FUNCTION fail_interrupted_imports() RETURNS integer
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    WITH failed AS (
        UPDATE public.imports
        SET state = 'failed',
            failure = 'The server stopped before the import committed: nothing was written. Import the file again.'
        WHERE state = 'running'
          AND started_at < clock_timestamp() - interval '1 minute'
          AND pg_try_advisory_xact_lock(hashtext('import'), hashtext(id::text))
        RETURNING 1)
    SELECT count(*)::integer FROM failed
$$;
REVOKE ALL ON FUNCTION fail_interrupted_imports() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION fail_interrupted_imports() TO ${app_role};
