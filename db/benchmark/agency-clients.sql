-- 199 clients of about 22,600 calls each over two years (4,500,000 calls), 8 reps and 6 loss
-- reasons each: with large-client.sql the agency of src/scripts/benchmark-dashboard.sh. Calls are
-- spread by hashes of their number, as in large-client.sql.
INSERT INTO clients (id, name, email, workspace)
SELECT format('0c%s-0000-4000-9000-000000000000', lpad(k::text, 6, '0'))::uuid, 'Agency Client ' || k,
       'client' || k || '@agency-bench.example', 'agency-client-' || k
FROM generate_series(1, 199) k;
INSERT INTO users (id, client_id, email, password_hash, name, role)
SELECT format('0c%s-0000-4000-8000-%s', lpad(k::text, 6, '0'), lpad(r::text, 12, '0'))::uuid,
       format('0c%s-0000-4000-9000-000000000000', lpad(k::text, 6, '0'))::uuid,
       'rep' || r || '@client' || k || '.example',
       '$argon2id$v=19$m=19456,t=2,p=1$tLS9M4swlf0nQFSsjA8yzA$9r6YcVxrR2G5+A8+b+xZraBkc8cRA7DzamzaLF1xNZQ',
       'Rep ' || r, 'sales'
FROM generate_series(1, 199) k, generate_series(1, 8) r;
INSERT INTO loss_reasons (id, client_id, name)
SELECT format('0c%s-0000-4000-a000-%s', lpad(k::text, 6, '0'), lpad(r::text, 12, '0'))::uuid,
       format('0c%s-0000-4000-9000-000000000000', lpad(k::text, 6, '0'))::uuid, 'Reason ' || r
FROM generate_series(1, 199) k, generate_series(1, 6) r;
INSERT INTO calls (client_id, user_id, prospect_name, prospect_email, prospect_phone, call_type, status, outcome, loss_reason_id, call_duration, scheduled_at, completed_at, created_at)
SELECT format('0c%s-0000-4000-9000-000000000000', lpad(k::text, 6, '0'))::uuid,
       format('0c%s-0000-4000-8000-%s', lpad(k::text, 6, '0'), lpad((1 + h1 % 8)::text, 12, '0'))::uuid,
       'Prospect ' || g, 'p' || g || '@prospect.example', '+1 555 ' || lpad((g % 10000)::text, 4, '0'),
       CASE WHEN h3 % 3 = 0 THEN 'inbound' ELSE 'outbound' END,
       CASE WHEN h3 / 3 % 10 < 7 THEN 'completed' WHEN h3 / 3 % 10 < 9 THEN 'no-show' ELSE 'rescheduled' END,
       CASE WHEN h3 / 3 % 10 < 7 THEN (ARRAY['won','lost','lost','tbd'])[1 + h1 / 8 % 4] ELSE 'tbd' END,
       CASE WHEN h3 / 3 % 10 < 7 AND h1 / 8 % 4 IN (1, 2) THEN format('0c%s-0000-4000-a000-%s', lpad(k::text, 6, '0'), lpad((1 + h1 / 32 % 6)::text, 12, '0'))::uuid END,
       CASE WHEN h3 / 3 % 10 < 7 THEN 300 + h1 % 3000 END,
       now() - (h2 % 730) * interval '1 day' - (h3 % 600) * interval '1 minute',
       CASE WHEN h3 / 3 % 10 < 7 THEN now() - (h2 % 730) * interval '1 day' END,
       now() - (h2 % 730) * interval '1 day'
FROM (SELECT g, 1 + g % 199 AS k, (hashint4(g) & 2147483647) AS h1, (hashint4(-g) & 2147483647) AS h2,
             (hashint4(g # 1431655765) & 2147483647) AS h3
      FROM generate_series(1, 4500000) g) s;
