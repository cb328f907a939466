#!/usr/bin/env bash
# Makes a PostgreSQL streaming replica of the primary (DB_HOST:DB_PORT) on this machine, at
# DB_REPLICA_PORT (default 5433), and starts it; a replica that streams already is left as it is.
# The replica is asynchronous: a synchronous one would stop every commit while it is down.
# Usage: db/setup-replica.sh [stop]   (stop: stops the replica cluster again and drops its slot)
# Reads DB_PORT, DB_REPLICA_PORT, DB_REPLICATION_USER, DB_REPLICATION_PASSWORD.
set -euo pipefail
cd /

version=$(ls /etc/postgresql | sort -n | tail -n 1)
cluster=replica
port="${DB_REPLICA_PORT:-5433}"
role="${DB_REPLICATION_USER:-propaganda_replication}"
password="${DB_REPLICATION_PASSWORD:-propaganda_replication_dev}"
slot=propaganda_replica

psql_primary() {
  runuser -u postgres -- psql -p "$DB_PORT" -v ON_ERROR_STOP=1 -q -X -d postgres "$@"
}

drop_slot() {
  psql_primary -c "SELECT pg_drop_replication_slot('$slot') FROM pg_replication_slots WHERE slot_name = '$slot' AND NOT active" >/dev/null
}

if [[ "${1:-}" == "stop" ]]; then
  pg_ctlcluster --skip-systemctl-redirect "$version" "$cluster" stop 2>/dev/null || true
  # A slot nobody reads keeps every WAL segment on the primary; the next start copies afresh.
  drop_slot
  exit 0
fi

streaming() {
  [[ "$(psql_primary -Atc "SELECT count(*) FROM pg_stat_replication WHERE application_name = '$cluster' AND state = 'streaming'")" -gt 0 ]]
}

if pg_lsclusters -h | awk -v c="$cluster" -v v="$version" '$1 == v && $2 == c && $4 == "online"' | grep -q .; then
  for _ in $(seq 1 10); do streaming && exit 0; sleep 1; done
fi

# The replication role, and the primary's permission for it to stream from loopback.
psql_primary -v role="$role" -v password="$password" <<'SQL'
SELECT format('CREATE ROLE %I', :'role') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'role') \gexec
SELECT format('ALTER ROLE %I WITH LOGIN REPLICATION PASSWORD %L', :'role', :'password') \gexec
SQL
hba=$(psql_primary -Atc "SHOW hba_file")
rule="host replication $role 127.0.0.1/32 scram-sha-256"
if ! grep -qxF "$rule" "$hba"; then
  # First match wins in pg_hba.conf: the rule goes before any that could refuse the role.
  sed -i "1i $rule" "$hba"
  psql_primary -c "SELECT pg_reload_conf()" >/dev/null
fi

# A new cluster, its data folder replaced by a base backup that carries its standby settings (-R).
if pg_lsclusters -h | awk -v c="$cluster" -v v="$version" '$1 == v && $2 == c' | grep -q .; then
  pg_ctlcluster --skip-systemctl-redirect "$version" "$cluster" stop 2>/dev/null || true
else
  pg_createcluster "$version" "$cluster" --port "$port" >/dev/null
fi
data=$(pg_lsclusters -h | awk -v c="$cluster" -v v="$version" '$1 == v && $2 == c { print $6 }')
find "$data" -mindepth 1 -delete
drop_slot
runuser -u postgres -- env PGPASSWORD="$password" PGAPPNAME="$cluster" pg_basebackup \
  -h 127.0.0.1 -p "$DB_PORT" -U "$role" -D "$data" -X stream -C -S "$slot" -R --checkpoint=fast
# The standby names itself to the primary, so pg_stat_replication shows which one streams.
echo "primary_conninfo = 'host=127.0.0.1 port=$DB_PORT user=$role password=$password application_name=$cluster'" \
  >> "$data/postgresql.auto.conf"
pg_ctlcluster --skip-systemctl-redirect "$version" "$cluster" start
for _ in $(seq 1 30); do streaming && exit 0; sleep 1; done
echo "The replica at port $port does not stream from the primary; see /var/log/postgresql/" >&2
exit 1
