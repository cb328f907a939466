#!/usr/bin/env bash
# Measures a signed-in rep's call list quiet and while 32 clients on loopback guess passwords of
# random accounts (issue: a flood of guesses must not slow the users already signed in).
# Uses its own database (propaganda_flood) with the demo data; takes about two minutes.
set -euo pipefail
cd "$(dirname "$0")/../.."
source src/scripts/env-defaults.sh
source src/scripts/performance-report.sh
keep_output sign-in-flood "Sign-in flood" "$@"
export DB_NAME="${BENCH_DB_NAME:-propaganda_flood}" DEMO_DATA=true

src/scripts/benchmark-database.sh
mvn -B verify -Pbenchmark -Dit.test=SignInFloodBenchmark 2>&1 \
  | sed -n '/Sign-in flood:/,/End of the sign-in flood benchmark/p'
