# Shared by the benchmark scripts; source it after env-defaults.sh.

# psql as the postgres superuser on the benchmark database.
as_superuser() { runuser -u postgres -- psql -q -X -v ON_ERROR_STOP=1 -p "$DB_PORT" -d "$DB_NAME" "$@"; }

# Calls per second when 8 writers log calls on the largest client for 20 s, as the application
# role (db/benchmark/log-call.pgbench).
log_calls() {
  local rate
  rate=$(PGPASSWORD="$DB_PASSWORD" pgbench -n -c 8 -j 2 -T 20 -h "$DB_HOST" -p "$DB_PORT" \
    -U "$DB_USER" -f db/benchmark/log-call.pgbench "$DB_NAME" 2>/dev/null \
    | sed -n 's/^tps = \([0-9.]*\).*/\1/p')
  positive "pgbench's call logging" "$rate"
  echo "$rate"
}

# Stops the benchmark when a phase measured nothing: a rate or count that is missing or zero
# would read as a figure.
positive() {
  awk -v value="$2" 'BEGIN { exit !(value + 0 > 0) }' \
    || { echo "$1 measured nothing (got '$2'): stopping the benchmark" >&2; exit 1; }
}

# The benchmark client: 500,000 calls of one client (db/benchmark/large-client.sql), bulk loaded
# without triggers, then its rollups counted once.
load_large_client() {
  echo "Loading 500,000 calls..."
  as_superuser -c "SET session_replication_role = replica" -f db/benchmark/large-client.sql \
    -c "SET session_replication_role = origin" \
    -c "SELECT count(*) FROM (SELECT recount_client_calls(id) FROM clients) r" -c "VACUUM ANALYZE"
}

# A fresh benchmark database (BENCH_DB_NAME, default propaganda_bench, no demo data) holding the
# client with 500,000 calls; DB_NAME names it for the rest of the script.
large_client_database() {
  export DB_NAME="${BENCH_DB_NAME:-propaganda_bench}" DEMO_DATA=false
  src/scripts/benchmark-database.sh
  load_large_client
}

# With BENCHMARK_JFR=<file>, the benchmark's server records a JFR profile of the whole run into
# that file (stacks 512 frames deep, so a request's frames are whole); read it with
# src/scripts/profile-layers.sh. Prints the Maven argument, or nothing without BENCHMARK_JFR.
jfr_argument() {
  [[ -n "${BENCHMARK_JFR:-}" ]] || return 0
  mkdir -p "$(dirname "$BENCHMARK_JFR")"
  # Replaces arquillian.xml's options, so they are read from there and kept, then the recording.
  local options
  options=$(sed -n 's|.*<property name="cmdOptions">\(.*\)</property>.*|\1|p' \
    src/test/resources/arquillian.xml)
  printf '%s' "-Darq.container.payara-micro.configuration.cmdOptions=$options" \
    " -XX:FlightRecorderOptions:stackdepth=512" \
    " -XX:StartFlightRecording=settings=profile,filename=$(realpath -m "$BENCHMARK_JFR")"
}
