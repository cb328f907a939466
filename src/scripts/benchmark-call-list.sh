#!/usr/bin/env bash
# Measures the call list on one client with 500,000 calls: server time of counts, first, next,
# deep and last pages, filters and search, through the real service on Payara Micro.
# Uses its own database (propaganda_bench); takes about three minutes.
set -euo pipefail
cd "$(dirname "$0")/../.."
source src/scripts/env-defaults.sh
export DB_NAME="${BENCH_DB_NAME:-propaganda_bench}" DEMO_DATA=false

src/scripts/benchmark-database.sh

source src/scripts/benchmark-lib.sh

echo "Loading 500,000 calls..."
# Bulk load without triggers, then the rollups counted once (as the other benchmarks do).
as_superuser -c "SET session_replication_role = replica" -f db/benchmark/large-client.sql \
  -c "SET session_replication_role = origin" \
  -c "SELECT count(*) FROM (SELECT recount_client_calls(id) FROM clients) r" -c "VACUUM ANALYZE"

mvn -B verify -Pbenchmark -Dit.test=CallListBenchmark 2>&1 | sed -n '/Call list server time/,/plain OFFSET/p'
