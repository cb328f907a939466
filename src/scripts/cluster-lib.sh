# The cluster on one machine (README, "Scaling out"): a streaming replica, two Payara Micro servers
# clustered over TCP/IP on loopback, HAProxy in front. Sourced by run-cluster.sh and
# verify-cluster.sh after env-defaults.sh; cluster_stop stops what cluster_start started. The
# servers and the audit checkpoint signer run as users of their own (service-lib.sh).
source src/scripts/service-lib.sh

export CLUSTER_PORT="${CLUSTER_PORT:-$HTTP_PORT}"
# Where users reach HAProxy: loopback on one machine, the interface users reach otherwise.
export CLUSTER_ADDRESS="${CLUSTER_ADDRESS:-127.0.0.1}"
export NODE1_PORT="${NODE1_PORT:-8081}" NODE2_PORT="${NODE2_PORT:-8082}"
# The one interface the servers' HTTP and data grid listen on, and the members' addresses: loopback
# here, the private interface on several machines (README, "Scaling out"). Never a wildcard: the grid
# authenticates nothing but the cluster name.
export NODE_INTERFACE="${NODE_INTERFACE:-127.0.0.1}"
export NODE1_ADDRESS="$NODE_INTERFACE:$NODE1_PORT" NODE2_ADDRESS="$NODE_INTERFACE:$NODE2_PORT"
export HAPROXY_STATS_PORT="${HAPROXY_STATS_PORT:-8404}"
# HAProxy connects from loopback: the servers believe its X-Forwarded-For and X-Request-Id.
export TRUSTED_PROXIES="${TRUSTED_PROXIES:-127.0.0.1}"
HAZELCAST_PORTS=(6900 6901)
CLUSTER_DIR=target/cluster
cluster_pids=()
replica_started=false

# The replica, unless one streams already (then it is left running at the end).
cluster_start_replica() {
  local version
  version=$(ls /etc/postgresql | sort -n | tail -n 1)
  if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "replica" && $4 ~ /online/' | grep -q .; then
    replica_started=true
  fi
  db/setup-replica.sh
}

# Starts server N (1 or 2) in the background, as the server user (service-lib.sh); its log is
# target/cluster/nodeN.log.
cluster_start_node() {
  local n=$1 port_var="NODE${1}_PORT"
  mkdir -p "$CLUSTER_DIR"
  server_start NODE_NAME="node$n" HTTP_BIND_ADDRESS="$NODE_INTERFACE" -- \
    -Xmx1g -Dhazelcast.socket.bind.any=false -jar server/payara-micro.jar \
    --addLibs server/postgresql.jar \
    --prebootcommandfile server-config/payara-micro/pre-boot-commands.asadmin \
    --postbootcommandfile server-config/payara-micro/post-boot-commands.asadmin \
    --deploy propaganda-dashboard.war --contextroot / \
    --name "node$n" --port "${!port_var}" --startport "${HAZELCAST_PORTS[$((n - 1))]}" --clustername propaganda \
    --interfaces "$NODE_INTERFACE" \
    --clustermode "tcpip:$NODE_INTERFACE:${HAZELCAST_PORTS[0]},$NODE_INTERFACE:${HAZELCAST_PORTS[1]}" \
    --nohostaware > "$CLUSTER_DIR/node$n.log" 2>&1
  echo $! > "$CLUSTER_DIR/node$n.pid"
  cluster_pids+=($!)
}

cluster_node_pid() {
  cat "$CLUSTER_DIR/node$1.pid"
}

# Waits until server N is ready (its readiness check answers 200), at most three minutes.
cluster_wait_ready() {
  local n=$1 port_var="NODE${1}_PORT" pid
  pid=$(cluster_node_pid "$n")
  for _ in $(seq 1 180); do
    curl -fs -o /dev/null "http://127.0.0.1:${!port_var}/health/ready" && return 0
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "Server node$n stopped; see $CLUSTER_DIR/node$n.log" >&2
      tail -n 30 "$CLUSTER_DIR/node$n.log" >&2
      return 1
    fi
    sleep 1
  done
  echo "Server node$n was not ready within three minutes; see $CLUSTER_DIR/node$n.log" >&2
  return 1
}

cluster_start_haproxy() {
  if ! command -v haproxy >/dev/null 2>&1; then
    echo "Installing HAProxy..."
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q haproxy >/dev/null \
      || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q haproxy >/dev/null; }
  fi
  haproxy -f server-config/haproxy/haproxy.cfg -db > "$CLUSTER_DIR/haproxy.log" 2>&1 &
  cluster_pids+=($!)
  for _ in $(seq 1 20); do
    curl -fs -o /dev/null "http://127.0.0.1:$CLUSTER_PORT/login.xhtml" && return 0
    sleep 0.5
  done
  echo "HAProxy does not answer at port $CLUSTER_PORT; see $CLUSTER_DIR/haproxy.log" >&2
  return 1
}

# Which servers HAProxy sends users to now, as "node1:UP node2:DOWN".
cluster_rotation() {
  curl -fs "http://127.0.0.1:$HAPROXY_STATS_PORT/;csv" \
    | awk -F, '$1 == "servers" && $2 ~ /^node/ { printf "%s:%s ", $2, $18 }'
}

cluster_start() {
  db/setup-database.sh
  cluster_start_replica
  mvn -B -q -DskipTests package
  db/migrate.sh
  services_prepare
  mkdir -p "$CLUSTER_DIR"
  signer_start "$CLUSTER_DIR/audit-signer.log"
  cluster_start_node 1
  cluster_start_node 2
  cluster_wait_ready 1
  cluster_wait_ready 2
  cluster_start_haproxy
  src/scripts/check-listeners.sh "${cluster_pids[@]}"
}

cluster_stop() {
  local pid
  for pid in "${cluster_pids[@]}" $(cat "$CLUSTER_DIR"/node*.pid 2>/dev/null); do
    kill "$pid" 2>/dev/null || true
  done
  signer_stop
  wait 2>/dev/null || true
  if $replica_started; then
    db/setup-replica.sh stop
  fi
}
