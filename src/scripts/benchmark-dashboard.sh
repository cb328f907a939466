#!/usr/bin/env bash
# The dashboard at agency scale: 200 clients, 5,000,000 calls over two years, the largest client
# with 500,000. Prints the largest client's dashboard server time (all time and 90 days), the same
# statements replayed in psql and their ratio, page times under 20 concurrent users, and call
# logging throughput with and without the rollup's delta trigger. Uses its own database
# (propaganda_agency_bench); takes about 15 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/../.."
source src/scripts/env-defaults.sh
source src/scripts/performance-report.sh
keep_output dashboard "Dashboard" "$@"
export DB_NAME="${BENCH_DB_NAME:-propaganda_agency_bench}" DEMO_DATA=false

src/scripts/benchmark-database.sh

source src/scripts/benchmark-lib.sh

echo "Loading 200 clients and 5,000,000 calls..."
start=$(date +%s)
as_superuser -f db/benchmark/load-agency.sql
echo "Loaded in $(( $(date +%s) - start )) s"

mvn -B verify -Pbenchmark -Dit.test=DashboardBenchmark 2>&1 \
  | sed -n '/Dashboard of the largest client/,/End of the dashboard benchmark/p'

echo
echo "Call logging on the largest client, 8 concurrent writers, 20 s each (calls per second)"
printf '%-52s %8s\n' "with the rollup's delta trigger (as shipped)" "$(log_calls)"
as_superuser -c "ALTER TABLE calls DISABLE TRIGGER calls_count_deltas"
printf '%-52s %8s\n' "without any rollup trigger" "$(log_calls)"
as_superuser -f db/benchmark/client-counter-row.sql
printf '%-52s %8s\n' "one counter row per client instead (avoided design)" "$(log_calls)"
as_superuser -c "DROP TRIGGER bench_count_call ON calls" -c "DROP FUNCTION bench_count_call()" \
  -c "DROP TABLE bench_client_counter" -c "ALTER TABLE calls ENABLE TRIGGER calls_count_deltas"
