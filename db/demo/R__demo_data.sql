-- Demo data for the run command: two clients, users of every role, an agency operator, loss reasons and a few
-- thousand calls over the last 90 days. Loaded only when DEMO_DATA=true. Fixed ids and
-- ON CONFLICT make a second load a no-op. Every demo user's password: Demo-Propaganda-2026

INSERT INTO clients (id, name, email, phone, address, workspace) VALUES
  ('0d000000-0000-4000-8000-00000000a001', 'Acme Growth Partners', 'hello@acme.example', '+1 555 0100', '1 Market Street, Springfield', 'acme'),
  ('0d000000-0000-4000-8000-00000000b001', 'Northwind Solar', 'office@northwind.example', '+44 20 7946 0000', '12 Harbour Road, Bristol', 'northwind')
ON CONFLICT (id) DO NOTHING;

INSERT INTO users (id, client_id, email, password_hash, name, role) VALUES
  ('0d000000-0000-4000-8000-00000000a101', '0d000000-0000-4000-8000-00000000a001', 'ceo@acme.example', '$argon2id$v=19$m=19456,t=2,p=1$tLS9M4swlf0nQFSsjA8yzA$9r6YcVxrR2G5+A8+b+xZraBkc8cRA7DzamzaLF1xNZQ', 'Alice Carter', 'ceo'),
  ('0d000000-0000-4000-8000-00000000a102', '0d000000-0000-4000-8000-00000000a001', 'admin@acme.example', '$argon2id$v=19$m=19456,t=2,p=1$tLS9M4swlf0nQFSsjA8yzA$9r6YcVxrR2G5+A8+b+xZraBkc8cRA7DzamzaLF1xNZQ', 'Adam Brooks', 'admin'),
  ('0d000000-0000-4000-8000-00000000a103', '0d000000-0000-4000-8000-00000000a001', 'rita@acme.example', '$argon2id$v=19$m=19456,t=2,p=1$tLS9M4swlf0nQFSsjA8yzA$9r6YcVxrR2G5+A8+b+xZraBkc8cRA7DzamzaLF1xNZQ', 'Rita Gomez', 'sales'),
  ('0d000000-0000-4000-8000-00000000a104', '0d000000-0000-4000-8000-00000000a001', 'sam@acme.example', '$argon2id$v=19$m=19456,t=2,p=1$tLS9M4swlf0nQFSsjA8yzA$9r6YcVxrR2G5+A8+b+xZraBkc8cRA7DzamzaLF1xNZQ', 'Sam Okafor', 'sales'),
  ('0d000000-0000-4000-8000-00000000a105', '0d000000-0000-4000-8000-00000000a001', 'jordan@consultants.example', '$argon2id$v=19$m=19456,t=2,p=1$tLS9M4swlf0nQFSsjA8yzA$9r6YcVxrR2G5+A8+b+xZraBkc8cRA7DzamzaLF1xNZQ', 'Jordan Lee', 'sales'),
  ('0d000000-0000-4000-8000-00000000b101', '0d000000-0000-4000-8000-00000000b001', 'ceo@northwind.example', '$argon2id$v=19$m=19456,t=2,p=1$tLS9M4swlf0nQFSsjA8yzA$9r6YcVxrR2G5+A8+b+xZraBkc8cRA7DzamzaLF1xNZQ', 'Nadia Shah', 'ceo'),
  ('0d000000-0000-4000-8000-00000000b102', '0d000000-0000-4000-8000-00000000b001', 'admin@northwind.example', '$argon2id$v=19$m=19456,t=2,p=1$tLS9M4swlf0nQFSsjA8yzA$9r6YcVxrR2G5+A8+b+xZraBkc8cRA7DzamzaLF1xNZQ', 'Tom Becker', 'admin'),
  ('0d000000-0000-4000-8000-00000000b103', '0d000000-0000-4000-8000-00000000b001', 'jordan@consultants.example', '$argon2id$v=19$m=19456,t=2,p=1$tLS9M4swlf0nQFSsjA8yzA$9r6YcVxrR2G5+A8+b+xZraBkc8cRA7DzamzaLF1xNZQ', 'Jordan Lee', 'sales'),
  ('0d000000-0000-4000-8000-00000000b104', '0d000000-0000-4000-8000-00000000b001', 'mia@northwind.example', '$argon2id$v=19$m=19456,t=2,p=1$tLS9M4swlf0nQFSsjA8yzA$9r6YcVxrR2G5+A8+b+xZraBkc8cRA7DzamzaLF1xNZQ', 'Mia Novak', 'sales')
ON CONFLICT (id) DO NOTHING;

INSERT INTO operators (id, email, password_hash, name) VALUES
  ('0d000000-0000-4000-8000-0000000000f1', 'ops@agency.example', '$argon2id$v=19$m=19456,t=2,p=1$tLS9M4swlf0nQFSsjA8yzA$9r6YcVxrR2G5+A8+b+xZraBkc8cRA7DzamzaLF1xNZQ', 'Olga Operator')
ON CONFLICT (id) DO NOTHING;

INSERT INTO loss_reasons (id, client_id, name, description, is_active) VALUES
  ('0d000000-0000-4000-8000-00000000a201', '0d000000-0000-4000-8000-00000000a001', 'Price too high', 'The prospect found our offer too expensive.', true),
  ('0d000000-0000-4000-8000-00000000a202', '0d000000-0000-4000-8000-00000000a001', 'Chose a competitor', 'Signed with another agency.', true),
  ('0d000000-0000-4000-8000-00000000a203', '0d000000-0000-4000-8000-00000000a001', 'Bad timing', 'Interested, but not this quarter.', true),
  ('0d000000-0000-4000-8000-00000000a204', '0d000000-0000-4000-8000-00000000a001', 'No budget', NULL, true),
  ('0d000000-0000-4000-8000-00000000a205', '0d000000-0000-4000-8000-00000000a001', 'Not the decision maker', 'We spoke to someone who cannot buy.', true),
  ('0d000000-0000-4000-8000-00000000a206', '0d000000-0000-4000-8000-00000000a001', 'Legacy: wrong fit', 'Retired reason, kept for old calls.', false),
  ('0d000000-0000-4000-8000-00000000b201', '0d000000-0000-4000-8000-00000000b001', 'Roof not suitable', NULL, true),
  ('0d000000-0000-4000-8000-00000000b202', '0d000000-0000-4000-8000-00000000b001', 'Financing declined', NULL, true),
  ('0d000000-0000-4000-8000-00000000b203', '0d000000-0000-4000-8000-00000000b001', 'Price too high', NULL, true),
  ('0d000000-0000-4000-8000-00000000b204', '0d000000-0000-4000-8000-00000000b001', 'Went silent', 'No answer after the first call.', true)
ON CONFLICT (id) DO NOTHING;

-- Calls: a deterministic mix per client, from hashes of the call number.
INSERT INTO calls (id, client_id, user_id, prospect_name, prospect_email, prospect_phone, call_type, status,
                   outcome, loss_reason_id, notes, call_duration, scheduled_at, completed_at, created_at, updated_at)
SELECT md5(t.client_id::text || '-call-' || t.n)::uuid,
       t.client_id,
       t.reps[1 + t.h_rep % array_length(t.reps, 1)],
       t.first_name || ' ' || t.last_name,
       lower(t.first_name || '.' || t.last_name || t.n % 97 || '@prospect.example'),
       '+1 555 ' || lpad((t.h_phone % 10000)::text, 4, '0'),
       CASE WHEN t.h_type % 100 < 55 THEN 'outbound' ELSE 'inbound' END,
       t.status,
       t.outcome,
       CASE WHEN t.outcome = 'lost' AND t.h_reason % 10 > 0
            THEN t.reasons[1 + t.h_reason % array_length(t.reasons, 1)] END,
       CASE t.h_type % 4 WHEN 0 THEN 'Asked for a proposal by email.' WHEN 1 THEN 'Follow up next week.'
                         WHEN 2 THEN NULL ELSE 'Discussed pricing and timeline.' END,
       CASE WHEN t.status = 'completed' THEN 300 + t.h_duration % 3300 END,
       t.scheduled_at,
       CASE WHEN t.status = 'completed' THEN t.scheduled_at + (300 + t.h_duration % 3300) * interval '1 second' END,
       t.scheduled_at - interval '3 days',
       t.scheduled_at
FROM (
  SELECT c.client_id, c.reps, c.reasons, g.n, h.*,
         (ARRAY['Olivia','Liam','Emma','Noah','Ava','Lucas','Mila','Ethan','Zoe','Leo','Chloe','Omar'])[1 + h.h_name % 12] AS first_name,
         (ARRAY['Smith','Jansen','Rossi','Kowalski','Dubois','Silva','Tanaka','Murphy','Novak','Berg'])[1 + h.h_phone % 10] AS last_name,
         date_trunc('day', now()) - (1 + h.h_day % 90) * interval '1 day'
           + (8 + h.h_hour % 10) * interval '1 hour' + (h.h_hour % 4) * interval '15 minutes' AS scheduled_at,
         CASE WHEN h.h_status % 100 < 68 THEN 'completed' WHEN h.h_status % 100 < 88 THEN 'no-show' ELSE 'rescheduled' END AS status,
         CASE WHEN h.h_status % 100 < 68 THEN
                CASE WHEN h.h_outcome % 100 < 30 THEN 'won' WHEN h.h_outcome % 100 < 72 THEN 'lost' ELSE 'tbd' END
              WHEN h.h_outcome % 2 = 0 THEN 'tbd' END AS outcome
  FROM (VALUES
          ('0d000000-0000-4000-8000-00000000a001'::uuid, 2600,
           ARRAY['0d000000-0000-4000-8000-00000000a103', '0d000000-0000-4000-8000-00000000a103',
                 '0d000000-0000-4000-8000-00000000a104', '0d000000-0000-4000-8000-00000000a105']::uuid[],
           ARRAY['0d000000-0000-4000-8000-00000000a201', '0d000000-0000-4000-8000-00000000a202',
                 '0d000000-0000-4000-8000-00000000a203', '0d000000-0000-4000-8000-00000000a204',
                 '0d000000-0000-4000-8000-00000000a205', '0d000000-0000-4000-8000-00000000a201']::uuid[]),
          ('0d000000-0000-4000-8000-00000000b001'::uuid, 1400,
           ARRAY['0d000000-0000-4000-8000-00000000b103', '0d000000-0000-4000-8000-00000000b104']::uuid[],
           ARRAY['0d000000-0000-4000-8000-00000000b201', '0d000000-0000-4000-8000-00000000b202',
                 '0d000000-0000-4000-8000-00000000b203', '0d000000-0000-4000-8000-00000000b204']::uuid[])
       ) AS c(client_id, calls, reps, reasons)
  CROSS JOIN LATERAL generate_series(1, c.calls) AS g(n)
  CROSS JOIN LATERAL (
    SELECT abs(hashtext(c.client_id::text || 'rep' || g.n)) AS h_rep,
           abs(hashtext(c.client_id::text || 'name' || g.n)) AS h_name,
           abs(hashtext(c.client_id::text || 'phone' || g.n)) AS h_phone,
           abs(hashtext(c.client_id::text || 'type' || g.n)) AS h_type,
           abs(hashtext(c.client_id::text || 'day' || g.n)) AS h_day,
           abs(hashtext(c.client_id::text || 'hour' || g.n)) AS h_hour,
           abs(hashtext(c.client_id::text || 'status' || g.n)) AS h_status,
           abs(hashtext(c.client_id::text || 'outcome' || g.n)) AS h_outcome,
           abs(hashtext(c.client_id::text || 'reason' || g.n)) AS h_reason,
           abs(hashtext(c.client_id::text || 'duration' || g.n)) AS h_duration
  ) AS h
) AS t
ON CONFLICT (id) DO NOTHING;
