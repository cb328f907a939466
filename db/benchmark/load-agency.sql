-- The agency of src/scripts/benchmark-dashboard.sh: 200 clients, 5,000,000 calls over two years,
-- the largest client (large-client.sql) with 500,000. Run by a superuser with psql.
-- Bulk load: without triggers (foreign keys are known good here, and the rollups are counted
-- afterwards) and with the secondary indexes of calls built once at the end.
SET session_replication_role = replica;
CREATE TEMP TABLE calls_indexes AS
    SELECT indexname, indexdef FROM pg_indexes
    WHERE schemaname = 'public' AND tablename = 'calls' AND indexname <> 'calls_pkey';
SELECT format('DROP INDEX %I', indexname) FROM calls_indexes \gexec
\ir large-client.sql
\ir agency-clients.sql
SET session_replication_role = origin;
SELECT indexdef FROM calls_indexes \gexec
SELECT count(*) AS clients_recounted FROM (SELECT recount_client_calls(id) FROM clients) r;
VACUUM ANALYZE;
