-- For comparison only: the design the dashboard avoids, one counter row per client updated by
-- every insert. Created and dropped again by src/scripts/benchmark-dashboard.sh.
CREATE TABLE bench_client_counter (client_id UUID PRIMARY KEY, calls BIGINT NOT NULL);
INSERT INTO bench_client_counter SELECT id, 0 FROM clients;
GRANT SELECT, UPDATE ON bench_client_counter TO propaganda_app;
CREATE FUNCTION bench_count_call() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE bench_client_counter SET calls = calls + 1 WHERE client_id = NEW.client_id;
    RETURN NULL;
END;
$$;
CREATE TRIGGER bench_count_call AFTER INSERT ON calls FOR EACH ROW EXECUTE FUNCTION bench_count_call();
