-- What the dashboard reads: the rollups plus the deltas not yet folded in, for the tenant of the
-- transaction.
-- This file is the current definition; Flyway runs it again whenever it changes (see README,
-- "SQL objects"). Tables stay in the versioned migrations.

-- What the application reads: each rollup plus the deltas not yet folded in, so every figure is
-- exact at any moment. Filtered on current_tenant() here too, because a view runs as its owner.
CREATE OR REPLACE VIEW team_call_figures AS
    SELECT client_id, day, call_type, status, outcome, loss_reason_id, calls
    FROM call_counts WHERE client_id = current_tenant()
    UNION ALL
    SELECT client_id, day, call_type, status, outcome, loss_reason_id, delta
    FROM call_count_deltas WHERE client_id = current_tenant();

-- The deltas not yet folded in, pivoted like the rollups, for both views below.
CREATE OR REPLACE VIEW pending_rep_figures AS
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

CREATE OR REPLACE VIEW rep_month_figures AS
    SELECT client_id, month, user_id, call_type, calls, completed, no_shows, rescheduled, won,
           lost, undecided, talk_seconds, timed_completed
    FROM rep_month_counts WHERE client_id = current_tenant()
    UNION ALL
    SELECT client_id, date_trunc('month', day)::date, user_id, call_type, calls, completed,
           no_shows, rescheduled, won, lost, undecided, talk_seconds, timed_completed
    FROM pending_rep_figures;

GRANT SELECT ON team_call_figures, rep_call_figures, pending_rep_figures, rep_month_figures
    TO ${app_role};
