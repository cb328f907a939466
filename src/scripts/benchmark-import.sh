#!/usr/bin/env bash
# Importing a generated 100,000-row CSV into the client with 500,000 calls: dry-run time, commit
# rows per second (audit rows, rollups and the hash chain's queue included) and the server's heap
# peak. Uses its own database (propaganda_bench); takes about five minutes.
set -euo pipefail
cd "$(dirname "$0")/../.."
source src/scripts/env-defaults.sh
source src/scripts/performance-report.sh
keep_output import "Import" "$@"
source src/scripts/benchmark-lib.sh

large_client_database

mvn -B verify -Pbenchmark -Dit.test=ImportBenchmark 2>&1 \
  | sed -n '/^Import benchmark/,/End of the import benchmark/p' | tee target/benchmark-import.txt
echo "Aim: dry run under 10 s, commit at least 10,000 rows/s, heap under 512 MB."
