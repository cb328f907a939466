-- The call list stays fast on a client with 500,000 calls (see README, "The call list at scale").

-- When a call happened for lists and figures: when it was scheduled, else when it was logged.
ALTER TABLE calls ADD COLUMN placed_at TIMESTAMP WITH TIME ZONE
    GENERATED ALWAYS AS (COALESCE(scheduled_at, created_at, TIMESTAMPTZ 'epoch')) STORED;

-- Pages in either direction of the two sort orders, continued from a keyset; the included
-- columns let filtered pages skip rows without visiting the table.
CREATE INDEX idx_calls_list ON calls (client_id, placed_at, id)
    INCLUDE (user_id, status, outcome, call_type, loss_reason_id);
CREATE INDEX idx_calls_rep_list ON calls (client_id, user_id, placed_at, id)
    INCLUDE (status, outcome, call_type, loss_reason_id);
CREATE INDEX idx_calls_prospect ON calls (client_id, prospect_name, id)
    INCLUDE (user_id, status, outcome, call_type, loss_reason_id);

-- The search box: name, email and phone in one lower-case text, found by trigrams.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
ALTER TABLE calls ADD COLUMN search_text TEXT GENERATED ALWAYS AS (
    lower(prospect_name || ' ' || COALESCE(prospect_email, '') || ' ' || COALESCE(prospect_phone, ''))) STORED;
CREATE INDEX idx_calls_search ON calls USING gin (search_text gin_trgm_ops);

-- Exact counts without scanning a client's calls: per client, UTC day of placed_at and filter
-- value, how many calls there are. Writers never update a shared row: a trigger appends +1/-1
-- deltas, and CallCountCompaction folds them into call_counts every few seconds. A count is the
-- sum over both tables, so it is exact at any moment.
CREATE TABLE call_counts (
    client_id UUID NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    day DATE NOT NULL,
    call_type VARCHAR(20) NOT NULL,
    status VARCHAR(20) NOT NULL,
    outcome VARCHAR(20),
    loss_reason_id UUID,
    calls BIGINT NOT NULL
);
CREATE UNIQUE INDEX idx_call_counts_key ON call_counts (client_id, day, call_type, status,
    COALESCE(outcome, ''), COALESCE(loss_reason_id, '00000000-0000-0000-0000-000000000000'));

CREATE TABLE call_count_deltas (
    id BIGSERIAL PRIMARY KEY,
    client_id UUID NOT NULL,
    day DATE NOT NULL,
    call_type VARCHAR(20) NOT NULL,
    status VARCHAR(20) NOT NULL,
    outcome VARCHAR(20),
    loss_reason_id UUID,
    delta INTEGER NOT NULL
);
CREATE INDEX idx_call_count_deltas_client ON call_count_deltas (client_id, day);

CREATE FUNCTION record_call_count_delta() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        INSERT INTO call_count_deltas (client_id, day, call_type, status, outcome, loss_reason_id, delta)
        VALUES (OLD.client_id, (OLD.placed_at AT TIME ZONE 'UTC')::date, OLD.call_type, OLD.status,
                OLD.outcome, OLD.loss_reason_id, -1);
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        INSERT INTO call_count_deltas (client_id, day, call_type, status, outcome, loss_reason_id, delta)
        VALUES (NEW.client_id, (NEW.placed_at AT TIME ZONE 'UTC')::date, NEW.call_type, NEW.status,
                NEW.outcome, NEW.loss_reason_id, 1);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER calls_count_deltas AFTER INSERT OR UPDATE OR DELETE ON calls
    FOR EACH ROW EXECUTE FUNCTION record_call_count_delta();

INSERT INTO call_counts (client_id, day, call_type, status, outcome, loss_reason_id, calls)
SELECT client_id, (placed_at AT TIME ZONE 'UTC')::date, call_type, status, outcome, loss_reason_id, count(*)
FROM calls
GROUP BY 1, 2, 3, 4, 5, 6;

GRANT SELECT ON call_counts TO ${app_role};
GRANT SELECT, INSERT, DELETE ON call_count_deltas TO ${app_role};
GRANT INSERT, UPDATE ON call_counts TO ${app_role};
GRANT USAGE ON SEQUENCE call_count_deltas_id_seq TO ${app_role};
