-- One client with 500,000 calls over two years, 40 reps and 8 loss reasons, for
-- src/scripts/benchmark-call-list.sh and src/scripts/benchmark-dashboard.sh. Its ceo signs in as
-- ceo@bench.example / Demo-Propaganda-2026. Rep, day, type, status and outcome of each call come
-- from hashes of its number: spread like real data, and the same on every run.
-- The benchmarks measure throughput, so the client's API rate limit is the highest the schema allows.
INSERT INTO clients (id, name, email, workspace, api_requests_per_minute) VALUES ('0b000000-0000-4000-8000-000000000001', 'Bench Co', 'bench@bench.example', 'bench', 1000000) ON CONFLICT DO NOTHING;
INSERT INTO users (id, client_id, email, password_hash, name, role)
SELECT ('0b000000-0000-4000-8000-1' || lpad(g::text, 11, '0'))::uuid, '0b000000-0000-4000-8000-000000000001', 'rep' || g || '@bench.example', '$argon2id$v=19$m=19456,t=2,p=1$tLS9M4swlf0nQFSsjA8yzA$9r6YcVxrR2G5+A8+b+xZraBkc8cRA7DzamzaLF1xNZQ', 'Rep ' || g, 'sales' FROM generate_series(1, 40) g ON CONFLICT DO NOTHING;
INSERT INTO users (id, client_id, email, password_hash, name, role) VALUES ('0b000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000001', 'ceo@bench.example', '$argon2id$v=19$m=19456,t=2,p=1$tLS9M4swlf0nQFSsjA8yzA$9r6YcVxrR2G5+A8+b+xZraBkc8cRA7DzamzaLF1xNZQ', 'Bench Ceo', 'ceo') ON CONFLICT DO NOTHING;
INSERT INTO loss_reasons (id, client_id, name)
SELECT ('0b000000-0000-4000-8000-2' || lpad(g::text, 11, '0'))::uuid, '0b000000-0000-4000-8000-000000000001', 'Reason ' || g FROM generate_series(1, 8) g ON CONFLICT DO NOTHING;
INSERT INTO calls (client_id, user_id, prospect_name, prospect_email, prospect_phone, call_type, status, outcome, loss_reason_id, call_duration, scheduled_at, completed_at, created_at)
SELECT '0b000000-0000-4000-8000-000000000001',
       ('0b000000-0000-4000-8000-1' || lpad((1 + h1 % 40)::text, 11, '0'))::uuid,
       'Prospect ' || g, 'p' || g || '@prospect.example', '+1 555 ' || lpad((g % 10000)::text, 4, '0'),
       CASE WHEN h3 % 3 = 0 THEN 'inbound' ELSE 'outbound' END,
       CASE WHEN h3 / 3 % 10 < 7 THEN 'completed' WHEN h3 / 3 % 10 < 9 THEN 'no-show' ELSE 'rescheduled' END,
       CASE WHEN h3 / 3 % 10 < 7 THEN (ARRAY['won','lost','lost','tbd'])[1 + h1 / 40 % 4] ELSE 'tbd' END,
       CASE WHEN h3 / 3 % 10 < 7 AND h1 / 40 % 4 IN (1, 2) THEN ('0b000000-0000-4000-8000-2' || lpad((1 + h1 / 160 % 8)::text, 11, '0'))::uuid END,
       CASE WHEN h3 / 3 % 10 < 7 THEN 300 + h1 % 3000 END,
       now() - (h2 % 730) * interval '1 day' - (h3 % 600) * interval '1 minute',
       CASE WHEN h3 / 3 % 10 < 7 THEN now() - (h2 % 730) * interval '1 day' END,
       now() - (h2 % 730) * interval '1 day'
FROM (SELECT g, (hashint4(g) & 2147483647) AS h1, (hashint4(-g) & 2147483647) AS h2, (hashint4(g # 1431655765) & 2147483647) AS h3
      FROM generate_series(1, 500000) g) s;
