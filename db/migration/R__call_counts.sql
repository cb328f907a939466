-- The exact call counts behind the call list and the dashboard: the calls trigger appends +1/-1
-- rows to call_count_deltas, and the fold job adds them to the daily and monthly rollups.
-- This file is the current definition; Flyway runs it again whenever it changes (see README,
-- "SQL objects"). Tables stay in the versioned migrations.

CREATE OR REPLACE FUNCTION record_call_count_delta() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    zone text;
BEGIN
    SELECT c.time_zone INTO zone FROM public.clients c
    WHERE c.id = COALESCE(NEW.client_id, OLD.client_id);
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        INSERT INTO public.call_count_deltas (client_id, day, user_id, call_type, status, outcome,
                                       loss_reason_id, delta, duration_seconds, timed_calls)
        VALUES (OLD.client_id, (OLD.placed_at AT TIME ZONE zone)::date, OLD.user_id, OLD.call_type,
                OLD.status, OLD.outcome, OLD.loss_reason_id, -1, -COALESCE(OLD.call_duration, 0),
                CASE WHEN OLD.call_duration IS NULL THEN 0 ELSE -1 END);
    END IF;
    IF TG_OP = 'UPDATE' THEN
        INSERT INTO public.call_count_deltas (client_id, day, user_id, call_type, status, outcome,
                                       loss_reason_id, delta, duration_seconds, timed_calls)
        VALUES (NEW.client_id, (NEW.placed_at AT TIME ZONE zone)::date, NEW.user_id, NEW.call_type,
                NEW.status, NEW.outcome, NEW.loss_reason_id, 1, COALESCE(NEW.call_duration, 0),
                CASE WHEN NEW.call_duration IS NULL THEN 0 ELSE 1 END);
    END IF;
    RETURN NULL;
END;
$$;

-- An import inserts a thousand calls in one statement: their deltas are one insert too, instead
-- of a function call per row.
CREATE OR REPLACE FUNCTION record_inserted_call_count_deltas() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    INSERT INTO public.call_count_deltas (client_id, day, user_id, call_type, status, outcome,
                                   loss_reason_id, delta, duration_seconds, timed_calls)
    SELECT n.client_id, (n.placed_at AT TIME ZONE c.time_zone)::date, n.user_id, n.call_type,
           n.status, n.outcome, n.loss_reason_id, 1, COALESCE(n.call_duration, 0),
           CASE WHEN n.call_duration IS NULL THEN 0 ELSE 1 END
    FROM inserted_rows n JOIN public.clients c ON c.id = n.client_id;
    RETURN NULL;
END;
$$;

-- call_counts (per day and filter value: loss reasons and the call list's counts),
-- rep_call_counts and rep_month_counts (the leaderboard, KPIs and trends). Sums count rows (a call,
-- or a delta of +1/-1) into all three.
CREATE OR REPLACE FUNCTION add_to_call_rollups(counted call_count_deltas[]) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    WITH rows AS (SELECT * FROM unnest(counted)),
    team AS (
        INSERT INTO public.call_counts AS t (client_id, day, call_type, status, outcome,
                                             loss_reason_id, calls)
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
        INSERT INTO public.rep_call_counts AS t SELECT * FROM pivot
        ON CONFLICT (client_id, day, user_id, call_type)
        DO UPDATE SET calls = t.calls + EXCLUDED.calls,
                      completed = t.completed + EXCLUDED.completed,
                      no_shows = t.no_shows + EXCLUDED.no_shows,
                      rescheduled = t.rescheduled + EXCLUDED.rescheduled,
                      won = t.won + EXCLUDED.won, lost = t.lost + EXCLUDED.lost,
                      undecided = t.undecided + EXCLUDED.undecided,
                      talk_seconds = t.talk_seconds + EXCLUDED.talk_seconds,
                      timed_completed = t.timed_completed + EXCLUDED.timed_completed)
    INSERT INTO public.rep_month_counts AS t
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
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    folded integer;
BEGIN
    -- One folder at a time across the servers of a cluster; a run that finds another under way
    -- leaves the deltas to it.
    IF NOT pg_try_advisory_xact_lock(hashtext('fold_call_count_deltas')) THEN
        RETURN;
    END IF;
    WITH moved AS (DELETE FROM public.call_count_deltas RETURNING *)
    SELECT count(*) INTO folded FROM (
        SELECT public.add_to_call_rollups(array_agg(ROW(m.*)::public.call_count_deltas))
        FROM moved m
        -- Deltas of a client deleted meanwhile have nowhere to go.
        WHERE EXISTS (SELECT 1 FROM public.clients c WHERE c.id = m.client_id)
        HAVING count(*) > 0) f;
END;
$$;

-- Both rollups of one client, counted again from its calls in its time zone. Call writes wait
-- meanwhile, so no delta of the old days can arrive after the recount.
CREATE OR REPLACE FUNCTION recount_client_calls(client uuid) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    LOCK TABLE public.calls IN SHARE MODE;
    DELETE FROM public.call_count_deltas WHERE client_id = client;
    DELETE FROM public.call_counts WHERE client_id = client;
    DELETE FROM public.rep_call_counts WHERE client_id = client;
    DELETE FROM public.rep_month_counts WHERE client_id = client;
    PERFORM public.add_to_call_rollups(array_agg(ROW(0, k.client_id,
                (k.placed_at AT TIME ZONE c.time_zone)::date, k.call_type, k.status, k.outcome,
                k.loss_reason_id, 1, k.user_id, COALESCE(k.call_duration, 0),
                CASE WHEN k.call_duration IS NULL THEN 0 ELSE 1 END)::public.call_count_deltas))
    FROM public.calls k JOIN public.clients c ON c.id = k.client_id
    WHERE k.client_id = client
    HAVING count(*) > 0;
END;
$$;

-- A client's time zone moves its calls to other days: the rollups are counted again with it.
-- An operator's change (ClientAdminService): no client's user may move another client's days.
CREATE OR REPLACE FUNCTION set_client_time_zone(client uuid, zone text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    PERFORM public.require_active_operator();
    IF NOT EXISTS (SELECT 1 FROM pg_timezone_names WHERE name = zone) THEN
        RAISE EXCEPTION 'unknown time zone %', zone USING ERRCODE = '22023';
    END IF;
    UPDATE public.clients SET time_zone = zone WHERE id = client AND time_zone <> zone;
    IF FOUND THEN
        PERFORM public.recount_client_calls(client);
    END IF;
END;
$$;

CREATE OR REPLACE TRIGGER calls_count_deltas AFTER UPDATE OR DELETE ON calls
    FOR EACH ROW EXECUTE FUNCTION record_call_count_delta();
CREATE OR REPLACE TRIGGER calls_count_deltas_insert AFTER INSERT ON calls
    REFERENCING NEW TABLE AS inserted_rows
    FOR EACH STATEMENT EXECUTE FUNCTION record_inserted_call_count_deltas();

REVOKE ALL ON FUNCTION add_to_call_rollups(call_count_deltas[]) FROM PUBLIC;
REVOKE ALL ON FUNCTION recount_client_calls(uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION fold_call_count_deltas() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION fold_call_count_deltas() TO ${app_role};
REVOKE ALL ON FUNCTION set_client_time_zone(uuid, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION set_client_time_zone(uuid, text) TO ${app_role};
