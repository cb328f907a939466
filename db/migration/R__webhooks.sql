-- Webhooks (see README, "Webhooks"): the outbox written with each change, and the dispatcher's two
-- functions. This file is the current definition; Flyway runs it again whenever it changes (see
-- README, "SQL objects"). Tables stay in the versioned migrations.

CREATE OR REPLACE TRIGGER webhook_endpoints_audit AFTER INSERT OR UPDATE OR DELETE ON webhook_endpoints
    FOR EACH ROW EXECUTE FUNCTION audit_row_change();

-- A call as the API shows it (the API's field names), for a delivery's data.
CREATE OR REPLACE FUNCTION webhook_call_data(c calls) RETURNS jsonb
LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT jsonb_build_object(
        'id', c.id, 'rep_id', c.user_id, 'prospect_name', c.prospect_name,
        'prospect_email', c.prospect_email, 'prospect_phone', c.prospect_phone,
        'type', c.call_type, 'status', c.status, 'outcome', c.outcome,
        'loss_reason_id', c.loss_reason_id, 'notes', c.notes, 'duration_seconds', c.call_duration,
        'scheduled_at', c.scheduled_at, 'completed_at', c.completed_at, 'placed_at', c.placed_at,
        'created_at', c.created_at, 'updated_at', c.updated_at)
$$;

-- How many more deliveries an endpoint may hold pending: a receiver that is down for a day, or a
-- client that imports a million calls, must not fill the outbox. Counted through a partial index,
-- and never past the cap.
CREATE OR REPLACE FUNCTION webhook_room(endpoint uuid) RETURNS integer
LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT 10000 - count(*)::integer FROM (
        SELECT 1 FROM public.webhook_deliveries q
        WHERE q.endpoint_id = endpoint AND q.status = 'pending' LIMIT 10000) pending
$$;

-- One delivery per enabled endpoint of the client that wants the event and has room for it, in the
-- changing transaction: it commits with the change or not at all.
CREATE OR REPLACE FUNCTION queue_webhook(client uuid, event text, data jsonb) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    INSERT INTO public.webhook_deliveries (id, client_id, endpoint_id, event_type, payload)
    SELECT gen_random_uuid(), e.client_id, e.id, event,
           jsonb_build_object('type', event, 'timestamp', clock_timestamp(), 'data', data)::text
    FROM public.webhook_endpoints e
    WHERE e.client_id = client AND e.enabled AND event = ANY (string_to_array(e.events, ','))
      AND public.webhook_room(e.id) > 0
$$;
REVOKE ALL ON FUNCTION queue_webhook(uuid, text, jsonb) FROM PUBLIC;

CREATE OR REPLACE FUNCTION queue_call_webhook() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM public.queue_webhook(OLD.client_id, 'call.deleted', jsonb_build_object('id', OLD.id));
    ELSE
        PERFORM public.queue_webhook(NEW.client_id, 'call.updated', public.webhook_call_data(NEW));
    END IF;
    RETURN NULL;
END;
$$;

-- Calls inserted by one statement (an import's batch, or one call of the form): one insert of
-- their deliveries, as many per endpoint as it has room for, and nothing built for a client without
-- an endpoint that wants them.
CREATE OR REPLACE FUNCTION queue_created_calls_webhook() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    WITH endpoints AS (
        SELECT e.id, e.client_id, public.webhook_room(e.id) AS room
        FROM public.webhook_endpoints e
        WHERE e.enabled AND 'call.created' = ANY (string_to_array(e.events, ','))
          AND e.client_id IN (SELECT DISTINCT client_id FROM inserted_rows)),
    wanted AS (
        SELECT public.webhook_call_data(n) AS data, e.id AS endpoint_id, e.client_id, e.room,
               row_number() OVER (PARTITION BY e.id) AS turn
        FROM inserted_rows n JOIN endpoints e ON e.client_id = n.client_id)
    INSERT INTO public.webhook_deliveries (id, client_id, endpoint_id, event_type, payload)
    SELECT gen_random_uuid(), w.client_id, w.endpoint_id, 'call.created',
           jsonb_build_object('type', 'call.created', 'timestamp', clock_timestamp(),
                              'data', w.data)::text
    FROM wanted w
    WHERE w.turn <= w.room;
    RETURN NULL;
END;
$$;
CREATE OR REPLACE TRIGGER calls_webhook AFTER DELETE ON calls
    FOR EACH ROW EXECUTE FUNCTION queue_call_webhook();
CREATE OR REPLACE TRIGGER calls_webhook_insert AFTER INSERT ON calls
    REFERENCING NEW TABLE AS inserted_rows
    FOR EACH STATEMENT EXECUTE FUNCTION queue_created_calls_webhook();
-- Updates of the derived search text alone are no change of the call.
CREATE OR REPLACE TRIGGER calls_webhook_update AFTER UPDATE ON calls
    FOR EACH ROW WHEN ((to_jsonb(OLD) - 'search_text' - 'updated_at')
                       IS DISTINCT FROM (to_jsonb(NEW) - 'search_text' - 'updated_at'))
    EXECUTE FUNCTION queue_call_webhook();

CREATE OR REPLACE FUNCTION queue_loss_reason_webhook() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    reason loss_reasons := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
BEGIN
    PERFORM public.queue_webhook(reason.client_id, 'loss-reason.changed', jsonb_build_object(
        'id', reason.id, 'name', reason.name, 'description', reason.description,
        'active', reason.is_active, 'deleted', TG_OP = 'DELETE'));
    RETURN NULL;
END;
$$;
CREATE OR REPLACE TRIGGER loss_reasons_webhook AFTER INSERT OR UPDATE OR DELETE ON loss_reasons
    FOR EACH ROW EXECUTE FUNCTION queue_loss_reason_webhook();

-- The dispatcher, on any node: takes due deliveries of enabled endpoints, at most per_client of each
-- client, so that one client's backlog never holds up another's, each leased for a while so no
-- other node sends it meanwhile, and counts the attempt.
DROP FUNCTION IF EXISTS claim_webhook_deliveries(integer, integer);
CREATE OR REPLACE FUNCTION claim_webhook_deliveries(max_rows integer, per_client integer,
                                                    lease_seconds integer)
RETURNS TABLE (id uuid, url text, secret text, event_type text, payload text, attempts integer,
               endpoint_id uuid)
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    WITH clients AS (
        SELECT DISTINCT e.client_id FROM public.webhook_endpoints e WHERE e.enabled),
    turns AS (
        SELECT t.id, t.turn, t.next_attempt_at
        FROM clients c
        CROSS JOIN LATERAL (
            SELECT d.id, d.next_attempt_at,
                   row_number() OVER (ORDER BY d.next_attempt_at) AS turn
            FROM public.webhook_deliveries d
            JOIN public.webhook_endpoints e ON e.id = d.endpoint_id AND e.enabled
            WHERE d.client_id = c.client_id AND d.status = 'pending'
              AND d.next_attempt_at <= clock_timestamp()
            ORDER BY d.next_attempt_at
            LIMIT per_client) t),
    due AS (
        SELECT d.id FROM public.webhook_deliveries d
        WHERE d.id IN (SELECT t.id FROM turns t ORDER BY t.turn, t.next_attempt_at LIMIT max_rows)
        FOR UPDATE OF d SKIP LOCKED)
    UPDATE public.webhook_deliveries d
    SET attempts = d.attempts + 1, last_attempt_at = clock_timestamp(),
        next_attempt_at = clock_timestamp() + lease_seconds * interval '1 second'
    FROM due, public.webhook_endpoints e
    WHERE d.id = due.id AND e.id = d.endpoint_id
    RETURNING d.id, e.url, e.secret, d.event_type, d.payload, d.attempts, e.id
$$;

-- What an attempt got. A success clears the endpoint's failing; a failure retries after
-- first_retry_seconds, doubling each time, for 24 hours after the event, then the delivery has
-- failed. An endpoint whose deliveries all failed for 24 hours, or that timed out 20 times in a row
-- (each costing the dispatcher a wait of its timeout), is disabled, and its pending deliveries fail
-- with it.
DROP FUNCTION IF EXISTS record_webhook_attempt(uuid, boolean, integer, text, integer);
CREATE OR REPLACE FUNCTION record_webhook_attempt(delivery uuid, succeeded boolean,
                                                  http_status integer, error text,
                                                  timed_out boolean, first_retry_seconds integer)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    d public.webhook_deliveries;
BEGIN
    SELECT * INTO d FROM public.webhook_deliveries w WHERE w.id = delivery FOR UPDATE;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    IF succeeded THEN
        UPDATE public.webhook_deliveries SET status = 'delivered', last_status = http_status,
            last_error = NULL WHERE id = delivery;
        UPDATE public.webhook_endpoints SET failing_since = NULL, timeouts_in_a_row = 0
        WHERE id = d.endpoint_id;
        RETURN;
    END IF;
    UPDATE public.webhook_deliveries SET last_status = http_status, last_error = left(error, 500),
        status = CASE WHEN d.created_at < clock_timestamp() - interval '24 hours'
                      THEN 'failed' ELSE 'pending' END,
        next_attempt_at = clock_timestamp()
            + least(first_retry_seconds * power(2, d.attempts - 1), 6 * 3600) * interval '1 second'
    WHERE id = delivery;
    UPDATE public.webhook_endpoints e
    SET failing_since = COALESCE(e.failing_since, clock_timestamp()),
        timeouts_in_a_row = CASE WHEN timed_out THEN e.timeouts_in_a_row + 1 ELSE 0 END
    WHERE e.id = d.endpoint_id;
    UPDATE public.webhook_endpoints e SET enabled = false, disabled_at = clock_timestamp()
    WHERE e.id = d.endpoint_id AND e.enabled
      AND (e.failing_since < clock_timestamp() - interval '24 hours' OR e.timeouts_in_a_row >= 20);
    UPDATE public.webhook_deliveries w SET status = 'failed'
    FROM public.webhook_endpoints e
    WHERE w.endpoint_id = e.id AND e.id = d.endpoint_id AND NOT e.enabled AND w.status = 'pending';
END;
$$;
-- The dispatcher's own role alone may call these two: they read every client's deliveries, and the
-- application role, which answers the users, reaches no other client's rows.
REVOKE ALL ON FUNCTION claim_webhook_deliveries(integer, integer, integer) FROM PUBLIC, ${app_role};
GRANT EXECUTE ON FUNCTION claim_webhook_deliveries(integer, integer, integer) TO ${dispatcher_role};
REVOKE ALL ON FUNCTION record_webhook_attempt(uuid, boolean, integer, text, boolean, integer)
    FROM PUBLIC, ${app_role};
GRANT EXECUTE ON FUNCTION record_webhook_attempt(uuid, boolean, integer, text, boolean, integer)
    TO ${dispatcher_role};
