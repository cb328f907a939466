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

-- One delivery per enabled endpoint of the client that wants the event, in the changing
-- transaction: it commits with the change or not at all.
CREATE OR REPLACE FUNCTION queue_webhook(client uuid, event text, data jsonb) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    INSERT INTO public.webhook_deliveries (id, client_id, endpoint_id, event_type, payload)
    SELECT gen_random_uuid(), e.client_id, e.id, event,
           jsonb_build_object('type', event, 'timestamp', clock_timestamp(), 'data', data)::text
    FROM public.webhook_endpoints e
    WHERE e.client_id = client AND e.enabled AND event = ANY (string_to_array(e.events, ','))
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
-- their deliveries, and nothing built for a client without an endpoint that wants them.
CREATE OR REPLACE FUNCTION queue_created_calls_webhook() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    INSERT INTO public.webhook_deliveries (id, client_id, endpoint_id, event_type, payload)
    SELECT gen_random_uuid(), e.client_id, e.id, 'call.created',
           jsonb_build_object('type', 'call.created', 'timestamp', clock_timestamp(),
                              'data', public.webhook_call_data(n))::text
    FROM inserted_rows n
    JOIN public.webhook_endpoints e ON e.client_id = n.client_id AND e.enabled
         AND 'call.created' = ANY (string_to_array(e.events, ','));
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

-- The dispatcher, on any node: takes due deliveries of enabled endpoints, each leased for a while
-- so no other node sends it meanwhile, and counts the attempt.
CREATE OR REPLACE FUNCTION claim_webhook_deliveries(max_rows integer, lease_seconds integer)
RETURNS TABLE (id uuid, url text, secret text, event_type text, payload text, attempts integer)
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    WITH due AS (
        SELECT d.id FROM public.webhook_deliveries d
        JOIN public.webhook_endpoints e ON e.id = d.endpoint_id AND e.enabled
        WHERE d.status = 'pending' AND d.next_attempt_at <= clock_timestamp()
        ORDER BY d.next_attempt_at
        LIMIT max_rows
        FOR UPDATE OF d SKIP LOCKED)
    UPDATE public.webhook_deliveries d
    SET attempts = d.attempts + 1, last_attempt_at = clock_timestamp(),
        next_attempt_at = clock_timestamp() + lease_seconds * interval '1 second'
    FROM due, public.webhook_endpoints e
    WHERE d.id = due.id AND e.id = d.endpoint_id
    RETURNING d.id, e.url, e.secret, d.event_type, d.payload, d.attempts
$$;

-- What an attempt got. A success clears the endpoint's failing; a failure retries after
-- first_retry_seconds, doubling each time, for 24 hours after the event, then the delivery has
-- failed. An endpoint whose deliveries all failed for 24 hours is disabled, and its pending
-- deliveries fail with it.
CREATE OR REPLACE FUNCTION record_webhook_attempt(delivery uuid, succeeded boolean,
                                                  http_status integer, error text,
                                                  first_retry_seconds integer)
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
        UPDATE public.webhook_endpoints SET failing_since = NULL WHERE id = d.endpoint_id;
        RETURN;
    END IF;
    UPDATE public.webhook_deliveries SET last_status = http_status, last_error = left(error, 500),
        status = CASE WHEN d.created_at < clock_timestamp() - interval '24 hours'
                      THEN 'failed' ELSE 'pending' END,
        next_attempt_at = clock_timestamp()
            + least(first_retry_seconds * power(2, d.attempts - 1), 6 * 3600) * interval '1 second'
    WHERE id = delivery;
    UPDATE public.webhook_endpoints e
    SET failing_since = COALESCE(e.failing_since, clock_timestamp())
    WHERE e.id = d.endpoint_id;
    UPDATE public.webhook_endpoints e SET enabled = false, disabled_at = clock_timestamp()
    WHERE e.id = d.endpoint_id AND e.enabled
      AND e.failing_since < clock_timestamp() - interval '24 hours';
    UPDATE public.webhook_deliveries w SET status = 'failed'
    FROM public.webhook_endpoints e
    WHERE w.endpoint_id = e.id AND e.id = d.endpoint_id AND NOT e.enabled AND w.status = 'pending';
END;
$$;
REVOKE ALL ON FUNCTION claim_webhook_deliveries(integer, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION claim_webhook_deliveries(integer, integer) TO ${app_role};
REVOKE ALL ON FUNCTION record_webhook_attempt(uuid, boolean, integer, text, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION record_webhook_attempt(uuid, boolean, integer, text, integer) TO ${app_role};
