-- One batch of an import's commit, 1,000 new calls in one INSERT ... SELECT as CallRepository
-- writes them, on the largest client, as the application role; rolled back. EXPLAIN ANALYZE
-- gives the insert's own time (the table and its indexes) and each trigger's and foreign key's.
BEGIN;
SELECT set_config('app.current_tenant', '0b000000-0000-4000-8000-000000000001', true) \g /dev/null
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
INSERT INTO calls (id, client_id, user_id, prospect_name, prospect_email, prospect_phone,
    call_type, status, outcome, loss_reason_id, notes, call_duration, scheduled_at,
    completed_at, external_id, created_at, updated_at)
SELECT gen_random_uuid(), current_tenant(),
       ('0b000000-0000-4000-8000-1' || lpad((1 + n % 40)::text, 11, '0'))::uuid,
       'Import prospect ' || n, 'import' || n || '@prospect.example', '+1 555 01' || n,
       'outbound', 'completed', 'won', NULL, 'Imported', 600,
       now() - n * interval '1 minute', NULL, 'batch-' || n, now(), now()
FROM generate_series(1, 1000) AS n;
ROLLBACK;
