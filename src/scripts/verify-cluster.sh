#!/usr/bin/env bash
# The cluster's fault test (README, "Scaling out"), on loopback only and bounded in time: 50
# signed-in users log calls and open the dashboard and the call list through HAProxy for
# LOAD_SECONDS (default 180) while this script kills a server with SIGKILL and restarts it, stops
# and starts the replica, and restarts the primary. It prints per fault what the users saw, then
# counts in the database the acknowledged calls lost or saved twice, and checks row-level security
# on the replica. Exits non-zero when the aim is missed. Uses its own database (propaganda_cluster).
# With --short (the test command's): 20 users for 60 s, and only the server is killed and restarted.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DB_REPLICA_PORT="${DB_REPLICA_PORT:-5433}"
source src/scripts/env-defaults.sh
export DB_NAME="${CLUSTER_DB_NAME:-propaganda_cluster}" DEMO_DATA=true
source src/scripts/cluster-lib.sh
short=false
[[ "${1:-}" == "--short" ]] && short=true
# The full run's output is the fault test's latest figures (src/docs/performance/cluster-fault.md).
if ! $short; then
  source src/scripts/performance-report.sh
  keep_output cluster-fault "Cluster fault test" "$@"
fi
if $short; then
  users="${LOAD_USERS:-20}" seconds="${LOAD_SECONDS:-60}"
else
  users="${LOAD_USERS:-50}" seconds="${LOAD_SECONDS:-180}"
fi
version=$(ls /etc/postgresql | sort -n | tail -n 1)

psql_admin() {
  runuser -u postgres -- psql -p "$DB_PORT" -d "$DB_NAME" -v ON_ERROR_STOP=1 -q -X -At "$@"
}

trap cluster_stop EXIT
db/setup-database.sh --fresh >/dev/null
# cluster_start fails if a server or HAProxy listens on every interface (check-listeners.sh).
cluster_start

# The public front end: no probe in any spelling, no query string in the log, no forged scheme.
front="http://127.0.0.1:$CLUSTER_PORT"
for spelling in /metrics /health/ready /%6Detrics /x/../metrics //health/live "/metrics;x=1" /HEALTH; do
  status=$(curl -s --path-as-is -o /dev/null -w '%{http_code}' "$front$spelling")
  if [[ "$status" != 404 ]]; then
    echo "HAProxy answers $spelling with $status: probes must stay off the public front end" >&2
    exit 1
  fi
done
curl -s -o /dev/null "$front/set-password.xhtml?token=query-string-probe"
if grep -q query-string-probe "$CLUSTER_DIR/haproxy.log"; then
  echo "HAProxy logged a query string" >&2
  exit 1
fi
if curl -s -D - -o /dev/null -H 'X-Forwarded-Proto: https' "$front/login.xhtml" \
  | grep -qi '^strict-transport-security'; then
  echo "HAProxy passed a client's X-Forwarded-Proto through" >&2
  exit 1
fi
echo "Front end: probes refused in every spelling, no query string logged, scheme from the connection"

# The walls between the servers and the signer (README, "Walls"), where the scripts run as root.
for n in 1 2; do
  pid=$(cluster_node_pid "$n")
  if tr '\0' '\n' < "/proc/$pid/environ" | grep -q '^DB_OWNER_PASSWORD=\|^DB_SIGNER_PASSWORD='; then
    echo "Server node$n holds the schema owner's or the signer's password" >&2
    exit 1
  fi
done
if as_service_users; then
  [[ "$(ps -o user:32= -p "$(cluster_node_pid 1)")" == "$SERVER_USER" \
    && "$(ps -o user:32= -p "$signer_pid")" == "$SIGNER_USER" ]] \
    || { echo "The servers or the signer do not run as their own users" >&2; exit 1; }
  if setpriv --reuid="$SERVER_USER" --regid="$(id -g "$SERVER_USER")" --init-groups -- \
    sh -c "test -r '$AUDIT_SIGNING_KEY' || test -w '$AUDIT_CHECKPOINT_DIR'"; then
    echo "The server's user can read the signing key or write the checkpoints" >&2
    exit 1
  fi
  echo "Walls: servers as $SERVER_USER without the owner's password, the signer alone holds the key"
fi
mvn -B -q test-compile

# The users: sales reps of the demo client with the demo password.
psql_admin -c "INSERT INTO users (client_id, email, name, role, password_hash)
  SELECT u.client_id, format('load%s@acme.example', lpad(n::text, 2, '0')), format('Load Rep %s', n),
         u.role, u.password_hash
  FROM users u, generate_series(1, $users) n WHERE u.email = 'rita@acme.example'"

timeline=$CLUSTER_DIR/faults.tsv acknowledged=$CLUSTER_DIR/acknowledged.txt
rm -f "$timeline" "$acknowledged"
"$PAYARA_JAVA_HOME/bin/java" -cp target/test-classes com.propaganda.dashboard.cluster.ClusterLoad \
  "http://127.0.0.1:$CLUSTER_PORT/" "$users" "$seconds" "$timeline" "$acknowledged" \
  > "$CLUSTER_DIR/load.txt" 2>&1 &
load=$!
until [[ -s "$timeline" ]]; do
  kill -0 "$load" 2>/dev/null || { cat "$CLUSTER_DIR/load.txt"; exit 1; }
  sleep 0.5
done
started=$(date +%s)

fault() { echo -e "$(date +%s%3N)\t$1" >> "$timeline"; echo "$(( $(date +%s) - started )) s: $1"; }
at() {
  local wait=$(( started + $1 - $(date +%s) ))
  if (( wait > 0 )); then sleep "$wait"; fi
}

# $1: when node1 is killed, $2: when it starts again (seconds after the load began).
node1_killed_and_restarted() {
  at "$1"
  fault "SIGKILL server node1"
  local pid
  pid=$(cluster_node_pid 1)
  kill -9 "$pid"
  wait "$pid" 2>/dev/null || true
  at "$2"
  fault "node1 starts again, joins the cluster"
  cluster_start_node 1
  cluster_wait_ready 1
}

if $short; then
  node1_killed_and_restarted 10 20
else
  node1_killed_and_restarted $(( seconds * 10 / 180 )) $(( seconds * 30 / 180 ))
  at $(( seconds * 90 / 180 ))
  fault "replica stopped"
  pg_ctlcluster --skip-systemctl-redirect "$version" replica stop
  at $(( seconds * 110 / 180 ))
  fault "replica started"
  pg_ctlcluster --skip-systemctl-redirect "$version" replica start
  at $(( seconds * 135 / 180 ))
  fault "primary restarted"
  pg_ctlcluster --skip-systemctl-redirect "$version" main restart
fi
wait "$load"

echo
echo "Cluster fault test: $users users, $seconds s, through HAProxy to node1 and node2"
cat "$CLUSTER_DIR/load.txt"

# Every acknowledged call once in the database; no call of the test saved twice.
counts=$({
  echo "CREATE TEMP TABLE acknowledged (prospect text);"
  echo "COPY acknowledged FROM STDIN;"
  cat "$acknowledged"
  echo '\.'
  echo "SELECT (SELECT count(*) FROM acknowledged a WHERE NOT EXISTS
                  (SELECT 1 FROM calls c WHERE c.prospect_name = a.prospect)),
               (SELECT count(*) FROM (SELECT prospect_name FROM calls WHERE prospect_name LIKE 'load-%'
                                      GROUP BY prospect_name HAVING count(*) > 1) d);"
} | psql_admin)
lost=${counts%%|*} doubled=${counts##*|}
echo "Acknowledged calls lost: $lost; calls saved twice: $doubled (counted in the primary)"

# Row-level security on the replica, as the application role.
replica_rows() {
  PGPASSWORD="$DB_PASSWORD" psql -h 127.0.0.1 -p "$DB_REPLICA_PORT" -U "$DB_USER" -d "$DB_NAME" -X -At -c "$1"
}
none=$(replica_rows "SELECT count(*) FROM calls")
own=$(replica_rows "SELECT set_config('app.current_tenant', (SELECT id::text FROM clients WHERE workspace = 'acme'), false);
  SELECT count(*) || '|' || count(*) FILTER (WHERE client_id <> current_tenant()) FROM calls" | tail -n 1)
echo "Replica as $DB_USER: calls seen without a client: $none; with acme set: ${own%%|*} of acme, ${own##*|} of other clients"

# HAProxy refuses a sign-in flood from one address before the servers see it (60 posts in 10 s).
flood_status=$(for _ in $(seq 1 70); do
  curl -s -o /dev/null -w '%{http_code}\n' -X POST "$front/login.xhtml"
done | sort | uniq -c | tr '\n' ' ')
if [[ "$flood_status" != *" 429"* ]]; then
  echo "HAProxy let 70 sign-in posts in 10 s through: $flood_status" >&2
  exit 1
fi
echo "Sign-in flood through HAProxy: $flood_status(status count)"

# The signer signed the demo client's chain while the users worked: the outside check holds.
sleep 6
if src/scripts/verify-audit-chain.sh acme; then
  chain_intact=true
else
  chain_intact=false
fi

failed_percent=$(sed -n 's/^Failed requests: [0-9]* of [0-9]* (\([0-9.]*\)%).*/\1/p' "$CLUSTER_DIR/load.txt")
signed_in_again=$(awk '/^whole run/ { print $(NF - 1) }' "$CLUSTER_DIR/load.txt")
if [[ "$lost" == 0 && "$doubled" == 0 && "$none" == 0 && "${own##*|}" == 0 && "$signed_in_again" == 0 ]] \
  && $chain_intact \
  && awk -v p="$failed_percent" 'BEGIN { exit !(p < 0.5) }'; then
  echo "Aim met: no user signed in again, no acknowledged call lost or saved twice, failures under 0.5%"
else
  echo "Aim missed (see above)" >&2
  exit 1
fi
