-- Running as a cluster (README, "Scaling out").

-- The request that caused an audit row: the id in the server's log line for that request.
ALTER TABLE audit_logs ADD COLUMN request_id TEXT CHECK (length(request_id) <= 64);

-- One row that the servers stamp every second on the primary. Read on a streaming replica, its age
-- is how far the replica is behind, also while the primary is idle (the replay timestamp is not).
CREATE TABLE replica_heartbeat (
    id BOOLEAN PRIMARY KEY DEFAULT true CHECK (id),
    beat TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp()
);
INSERT INTO replica_heartbeat DEFAULT VALUES;
GRANT SELECT, UPDATE ON replica_heartbeat TO ${app_role};
