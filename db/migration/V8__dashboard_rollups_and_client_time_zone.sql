-- The dashboard (see README, "The dashboard at scale"). Days are the client's own: a call belongs
-- to the day of its placed_at (scheduled, else logged) in the client's time zone.

ALTER TABLE clients ADD COLUMN time_zone VARCHAR(64) NOT NULL DEFAULT 'UTC';

-- Deltas now carry the rep and the talk time, so one append per change feeds both rollups.
ALTER TABLE call_count_deltas
    ADD COLUMN user_id UUID,
    ADD COLUMN duration_seconds BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN timed_calls INTEGER NOT NULL DEFAULT 0;

-- The leaderboard and one rep's figures: one row per rep, day and call type, the statuses and
-- outcomes side by side. "Undecided" is a completed call whose outcome is tbd or not set; talk
-- time is that of completed calls with a duration.
CREATE TABLE rep_call_counts (
    client_id UUID NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    day DATE NOT NULL,
    user_id UUID NOT NULL,
    call_type VARCHAR(20) NOT NULL,
    calls BIGINT NOT NULL DEFAULT 0,
    completed BIGINT NOT NULL DEFAULT 0,
    no_shows BIGINT NOT NULL DEFAULT 0,
    rescheduled BIGINT NOT NULL DEFAULT 0,
    won BIGINT NOT NULL DEFAULT 0,
    lost BIGINT NOT NULL DEFAULT 0,
    undecided BIGINT NOT NULL DEFAULT 0,
    talk_seconds BIGINT NOT NULL DEFAULT 0,
    timed_completed BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (client_id, day, user_id, call_type)
);
CREATE INDEX idx_rep_call_counts_rep ON rep_call_counts (client_id, user_id, day);
GRANT SELECT ON rep_call_counts TO ${app_role};

-- Long periods: the same figures per month. A period sums its whole months here and only the
-- days of its partial first and last months from rep_call_counts, so "all time" reads a few
-- thousand rows, not one per rep and day.
CREATE TABLE rep_month_counts (LIKE rep_call_counts INCLUDING DEFAULTS);
ALTER TABLE rep_month_counts RENAME COLUMN day TO month;
ALTER TABLE rep_month_counts ADD PRIMARY KEY (client_id, month, user_id, call_type),
    ADD FOREIGN KEY (client_id) REFERENCES clients(id) ON DELETE CASCADE;
CREATE INDEX idx_rep_month_counts_rep ON rep_month_counts (client_id, user_id, month);
GRANT SELECT ON rep_month_counts TO ${app_role};

-- Both per-rep rollups are tenant-owned: row-level security as in V5.
DO $$
DECLARE
    rollup text;
BEGIN
    FOREACH rollup IN ARRAY ARRAY['rep_call_counts', 'rep_month_counts'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', rollup);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', rollup);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (client_id = current_tenant())'
                       ' WITH CHECK (client_id = current_tenant())', rollup);
    END LOOP;
END;
$$;

CREATE OR REPLACE FUNCTION record_call_count_delta() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    zone text;
BEGIN
    SELECT c.time_zone INTO zone FROM clients c
    WHERE c.id = COALESCE(NEW.client_id, OLD.client_id);
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        INSERT INTO call_count_deltas (client_id, day, user_id, call_type, status, outcome,
                                       loss_reason_id, delta, duration_seconds, timed_calls)
        VALUES (OLD.client_id, (OLD.placed_at AT TIME ZONE zone)::date, OLD.user_id, OLD.call_type,
                OLD.status, OLD.outcome, OLD.loss_reason_id, -1, -COALESCE(OLD.call_duration, 0),
                CASE WHEN OLD.call_duration IS NULL THEN 0 ELSE -1 END);
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        INSERT INTO call_count_deltas (client_id, day, user_id, call_type, status, outcome,
                                       loss_reason_id, delta, duration_seconds, timed_calls)
        VALUES (NEW.client_id, (NEW.placed_at AT TIME ZONE zone)::date, NEW.user_id, NEW.call_type,
                NEW.status, NEW.outcome, NEW.loss_reason_id, 1, COALESCE(NEW.call_duration, 0),
                CASE WHEN NEW.call_duration IS NULL THEN 0 ELSE 1 END);
    END IF;
    RETURN NULL;
END;
$$;

-- call_counts (per day and filter value: loss reasons and the call list's counts),
-- rep_call_counts and rep_month_counts (the leaderboard, KPIs and trends). Sums count rows (a call,
-- or a delta of +1/-1) into all three.
CREATE FUNCTION add_to_call_rollups(counted call_count_deltas[]) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
    WITH rows AS (SELECT * FROM unnest(counted)),
    team AS (
        INSERT INTO call_counts AS t (client_id, day, call_type, status, outcome, loss_reason_id,
                                      calls)
        SELECT client_id, day, call_type, status, outcome, loss_reason_id, sum(delta)
        FROM rows GROUP BY 1, 2, 3, 4, 5, 6
        ON CONFLICT (client_id, day, call_type, status, COALESCE(outcome, ''),
                     COALESCE(loss_reason_id, '00000000-0000-0000-0000-000000000000'))
        DO UPDATE SET calls = t.calls + EXCLUDED.calls),
    pivot AS (
        SELECT client_id, day, user_id, call_type, sum(delta) AS calls,
               COALESCE(sum(delta) FILTER (WHERE status = 'completed'), 0) AS completed,
               COALESCE(sum(delta) FILTER (WHERE status = 'no-show'), 0) AS no_shows,
               COALESCE(sum(delta) FILTER (WHERE status = 'rescheduled'), 0) AS rescheduled,
               COALESCE(sum(delta) FILTER (WHERE status = 'completed' AND outcome = 'won'), 0)
                   AS won,
               COALESCE(sum(delta) FILTER (WHERE status = 'completed' AND outcome = 'lost'), 0)
                   AS lost,
               COALESCE(sum(delta) FILTER (WHERE status = 'completed'
                                           AND COALESCE(outcome, 'tbd') = 'tbd'), 0) AS undecided,
               COALESCE(sum(duration_seconds) FILTER (WHERE status = 'completed'), 0)
                   AS talk_seconds,
               COALESCE(sum(timed_calls) FILTER (WHERE status = 'completed'), 0)
                   AS timed_completed
        FROM rows GROUP BY 1, 2, 3, 4),
    daily AS (
        INSERT INTO rep_call_counts AS t SELECT * FROM pivot
        ON CONFLICT (client_id, day, user_id, call_type)
        DO UPDATE SET calls = t.calls + EXCLUDED.calls,
                      completed = t.completed + EXCLUDED.completed,
                      no_shows = t.no_shows + EXCLUDED.no_shows,
                      rescheduled = t.rescheduled + EXCLUDED.rescheduled,
                      won = t.won + EXCLUDED.won, lost = t.lost + EXCLUDED.lost,
                      undecided = t.undecided + EXCLUDED.undecided,
                      talk_seconds = t.talk_seconds + EXCLUDED.talk_seconds,
                      timed_completed = t.timed_completed + EXCLUDED.timed_completed)
    INSERT INTO rep_month_counts AS t
    SELECT client_id, date_trunc('month', day)::date, user_id, call_type, sum(calls),
           sum(completed), sum(no_shows), sum(rescheduled), sum(won), sum(lost), sum(undecided),
           sum(talk_seconds), sum(timed_completed)
    FROM pivot GROUP BY 1, 2, 3, 4
    ON CONFLICT (client_id, month, user_id, call_type)
    DO UPDATE SET calls = t.calls + EXCLUDED.calls, completed = t.completed + EXCLUDED.completed,
                  no_shows = t.no_shows + EXCLUDED.no_shows,
                  rescheduled = t.rescheduled + EXCLUDED.rescheduled,
                  won = t.won + EXCLUDED.won, lost = t.lost + EXCLUDED.lost,
                  undecided = t.undecided + EXCLUDED.undecided,
                  talk_seconds = t.talk_seconds + EXCLUDED.talk_seconds,
                  timed_completed = t.timed_completed + EXCLUDED.timed_completed
$$;

-- CallCountCompaction: folds every client's deltas into both rollups.
CREATE OR REPLACE FUNCTION fold_call_count_deltas() RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
    WITH moved AS (DELETE FROM call_count_deltas RETURNING *)
    SELECT add_to_call_rollups(array_agg(ROW(m.*)::call_count_deltas))
    FROM moved m
    -- Deltas of a client deleted meanwhile have nowhere to go.
    WHERE EXISTS (SELECT 1 FROM clients c WHERE c.id = m.client_id)
    HAVING count(*) > 0
$$;

-- Both rollups of one client, counted again from its calls in its time zone. Call writes wait
-- meanwhile, so no delta of the old days can arrive after the recount.
CREATE FUNCTION recount_client_calls(client uuid) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    LOCK TABLE calls IN SHARE MODE;
    DELETE FROM call_count_deltas WHERE client_id = client;
    DELETE FROM call_counts WHERE client_id = client;
    DELETE FROM rep_call_counts WHERE client_id = client;
    DELETE FROM rep_month_counts WHERE client_id = client;
    PERFORM add_to_call_rollups(array_agg(ROW(0, k.client_id,
                (k.placed_at AT TIME ZONE c.time_zone)::date, k.call_type, k.status, k.outcome,
                k.loss_reason_id, 1, k.user_id, COALESCE(k.call_duration, 0),
                CASE WHEN k.call_duration IS NULL THEN 0 ELSE 1 END)::call_count_deltas))
    FROM calls k JOIN clients c ON c.id = k.client_id
    WHERE k.client_id = client
    HAVING count(*) > 0;
END;
$$;

-- A client's time zone moves its calls to other days: the rollups are counted again with it.
CREATE FUNCTION set_client_time_zone(client uuid, zone text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_timezone_names WHERE name = zone) THEN
        RAISE EXCEPTION 'unknown time zone %', zone USING ERRCODE = '22023';
    END IF;
    UPDATE clients SET time_zone = zone WHERE id = client AND time_zone <> zone;
    IF FOUND THEN
        PERFORM recount_client_calls(client);
    END IF;
END;
$$;

-- What the application reads: each rollup plus the deltas not yet folded in, so every figure is
-- exact at any moment. Filtered on current_tenant() here too, because a view runs as its owner.
CREATE VIEW team_call_figures AS
    SELECT client_id, day, call_type, status, outcome, loss_reason_id, calls
    FROM call_counts WHERE client_id = current_tenant()
    UNION ALL
    SELECT client_id, day, call_type, status, outcome, loss_reason_id, delta
    FROM call_count_deltas WHERE client_id = current_tenant();

-- The deltas not yet folded in, pivoted like the rollups, for both views below.
CREATE VIEW pending_rep_figures AS
    SELECT client_id, day, user_id, call_type, delta AS calls,
           CASE WHEN status = 'completed' THEN delta ELSE 0 END AS completed,
           CASE WHEN status = 'no-show' THEN delta ELSE 0 END AS no_shows,
           CASE WHEN status = 'rescheduled' THEN delta ELSE 0 END AS rescheduled,
           CASE WHEN status = 'completed' AND outcome = 'won' THEN delta ELSE 0 END AS won,
           CASE WHEN status = 'completed' AND outcome = 'lost' THEN delta ELSE 0 END AS lost,
           CASE WHEN status = 'completed' AND COALESCE(outcome, 'tbd') = 'tbd' THEN delta ELSE 0
           END AS undecided,
           CASE WHEN status = 'completed' THEN duration_seconds ELSE 0 END AS talk_seconds,
           CASE WHEN status = 'completed' THEN timed_calls ELSE 0 END AS timed_completed
    FROM call_count_deltas WHERE client_id = current_tenant();

CREATE VIEW rep_call_figures AS
    SELECT client_id, day, user_id, call_type, calls, completed, no_shows, rescheduled, won, lost,
           undecided, talk_seconds, timed_completed
    FROM rep_call_counts WHERE client_id = current_tenant()
    UNION ALL
    SELECT client_id, day, user_id, call_type, calls, completed, no_shows, rescheduled, won, lost,
           undecided, talk_seconds, timed_completed
    FROM pending_rep_figures;

CREATE VIEW rep_month_figures AS
    SELECT client_id, month, user_id, call_type, calls, completed, no_shows, rescheduled, won,
           lost, undecided, talk_seconds, timed_completed
    FROM rep_month_counts WHERE client_id = current_tenant()
    UNION ALL
    SELECT client_id, date_trunc('month', day)::date, user_id, call_type, calls, completed,
           no_shows, rescheduled, won, lost, undecided, talk_seconds, timed_completed
    FROM pending_rep_figures;

GRANT SELECT ON team_call_figures, rep_call_figures, pending_rep_figures, rep_month_figures
    TO ${app_role};

-- Operators' roll-up: per client, the calls of a period of the client's own days. Counts only.
CREATE FUNCTION client_period_counts(first_day date, last_day date)
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

REVOKE ALL ON FUNCTION add_to_call_rollups(call_count_deltas[]) FROM PUBLIC;
REVOKE ALL ON FUNCTION recount_client_calls(uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION set_client_time_zone(uuid, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION client_period_counts(date, date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION set_client_time_zone(uuid, text) TO ${app_role};
GRANT EXECUTE ON FUNCTION client_period_counts(date, date) TO ${app_role};

-- Existing calls, counted again with the new columns (this drops the pending deltas too).
SELECT recount_client_calls(id) FROM clients;
