#!/usr/bin/env bash
# Runs the application as a cluster on this machine (README, "Scaling out"): a PostgreSQL streaming
# replica for reports, two Payara Micro servers with replicated sessions, HAProxy in front. Demo
# data included. Stop it with Ctrl+C: everything it started stops.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DB_REPLICA_PORT="${DB_REPLICA_PORT:-5433}"
source src/scripts/env-defaults.sh
source src/scripts/cluster-lib.sh
export DEMO_DATA="${DEMO_DATA:-true}"
export PUBLIC_URL="${PUBLIC_URL:-http://localhost:$CLUSTER_PORT/}"

trap cluster_stop EXIT
trap 'exit 130' INT TERM
started=$(date +%s)
cluster_start

cat <<BANNER

Propaganda Dashboard runs as a cluster at http://localhost:$CLUSTER_PORT/ (started in $(( $(date +%s) - started )) s)

  HAProxy          http://localhost:$CLUSTER_PORT/  (servers in rotation: $(cluster_rotation); stats at http://127.0.0.1:$HAPROXY_STATS_PORT/)
  server node1     http://127.0.0.1:$NODE1_PORT/  log: $CLUSTER_DIR/node1.log
  server node2     http://127.0.0.1:$NODE2_PORT/  log: $CLUSTER_DIR/node2.log
  PostgreSQL       primary at port $DB_PORT, streaming replica for reports at port $DB_REPLICA_PORT
  Health, metrics  http://127.0.0.1:$NODE1_PORT/health  http://127.0.0.1:$NODE1_PORT/metrics

$(cat src/scripts/demo-sign-ins.txt)

Try a failover: kill -9 \$(cat $CLUSTER_DIR/node1.pid), and keep working: you stay signed in.

Press Ctrl+C to stop.
BANNER
wait
