#!/usr/bin/env bash
# Mixed work: 50 signed-in users with about 2 s between pages, each opening the dashboard, the call
# list and the call form and saving a call, for 90 s; p50 and p95 per page and overall, errors, and
# the CPU per request. Once on the demo data (its own database, propaganda_mixed), once on the
# client with 500,000 calls (propaganda_bench). Takes about six minutes.
set -euo pipefail
cd "$(dirname "$0")/../.."
source src/scripts/env-defaults.sh
source src/scripts/performance-report.sh
keep_output mixed "Mixed work" "$@"
source src/scripts/benchmark-lib.sh

run_mixed() {
  mapfile -t profile < <(jfr_argument)
  mvn -B verify -Pbenchmark -Dit.test=MixedWorkBenchmark "${profile[@]}" 2>&1 \
    | sed -n '/^Mixed work:/,/End of the mixed-work benchmark/p'
}

DB_NAME="${BENCH_DEMO_DB_NAME:-propaganda_mixed}" DEMO_DATA=true MIXED_DATASET=demo \
  bash -c 'src/scripts/benchmark-database.sh >/dev/null'
DB_NAME="${BENCH_DEMO_DB_NAME:-propaganda_mixed}" MIXED_DATASET=demo run_mixed

large_client_database >/dev/null
MIXED_DATASET=bench run_mixed
