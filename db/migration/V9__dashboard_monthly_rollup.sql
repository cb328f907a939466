-- Long periods on the dashboard (see README, "The dashboard at scale"): the per-rep figures also
-- by month. A period sums its whole months from rep_month_counts and only the days of its partial
-- first and last months from rep_call_counts, so "all time" reads a few thousand rows, not one per
-- rep and day.

CREATE TABLE rep_month_counts (
    client_id UUID NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    month DATE NOT NULL,
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
    PRIMARY KEY (client_id, month, user_id, call_type)
);
CREATE INDEX idx_rep_month_counts_rep ON rep_month_counts (client_id, user_id, month);
ALTER TABLE rep_month_counts ENABLE ROW LEVEL SECURITY;
ALTER TABLE rep_month_counts FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON rep_month_counts USING (client_id = current_tenant())
    WITH CHECK (client_id = current_tenant());
GRANT SELECT ON rep_month_counts TO ${app_role};

CREATE OR REPLACE FUNCTION add_to_call_rollups(counted call_count_deltas[]) RETURNS void
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

CREATE OR REPLACE FUNCTION recount_client_calls(client uuid) RETURNS void
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

CREATE OR REPLACE VIEW rep_call_figures AS
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

GRANT SELECT ON pending_rep_figures, rep_month_figures TO ${app_role};

SELECT recount_client_calls(id) FROM clients;
