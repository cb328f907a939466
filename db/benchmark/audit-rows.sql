-- 5,000,000 audit rows for the benchmark client of large-client.sql, spread over two years, for
-- src/scripts/benchmark-audit.sh: changes and reads of its calls, loss reasons and users by its
-- 41 users. Written directly (not through the triggers), so they are not in the hash chain.
INSERT INTO audit_logs (client_id, user_id, table_name, record_id, action, old_values, new_values,
                        changed_fields, ip_address, user_agent, created_at)
SELECT '0b000000-0000-4000-8000-000000000001',
       ('0b000000-0000-4000-8000-1' || lpad((1 + h1 % 40)::text, 11, '0'))::uuid,
       (ARRAY['calls', 'calls', 'calls', 'calls', 'loss_reasons', 'users'])[1 + h2 % 6],
       md5(g::text)::uuid,
       (ARRAY['INSERT', 'UPDATE', 'UPDATE', 'SELECT', 'SELECT', 'DELETE'])[1 + h3 % 6],
       CASE WHEN h3 % 6 IN (1, 2, 5) THEN jsonb_build_object('status', 'rescheduled', 'notes', 'Call back ' || g) END,
       CASE WHEN h3 % 6 IN (0, 1, 2) THEN jsonb_build_object('status', 'completed', 'notes', 'Spoke ' || g)
            WHEN h3 % 6 IN (3, 4) THEN jsonb_build_object('event', 'open') END,
       CASE WHEN h3 % 6 IN (1, 2) THEN ARRAY['notes', 'status'] END,
       ('10.0.' || (h1 % 250) || '.' || (h2 % 250))::inet,
       'Mozilla/5.0 (X11; Linux x86_64) Benchmark/' || (h3 % 7),
       now() - (h2 % 730) * interval '1 day' - (h1 % 86400) * interval '1 second'
FROM (SELECT g, (hashint4(g) & 2147483647) AS h1, (hashint4(-g) & 2147483647) AS h2,
             (hashint4(g # 1431655765) & 2147483647) AS h3
      FROM generate_series(1, 5000000) g) s;
