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
echo "Aim: dry run under 10 s, commit at least 8,000 rows/s, heap under 512 MB."

# Where a batch's time goes: the insert into the table and its indexes, each trigger, each
# foreign key. The second run is the one reported, with the pages cached.
echo
echo "One batch of 1,000 calls as the commit writes it (psql, EXPLAIN ANALYZE, rolled back)"
batch() {
  PGPASSWORD="$DB_PASSWORD" psql -q -X -v ON_ERROR_STOP=1 -h "$DB_HOST" -p "$DB_PORT" \
    -U "$DB_USER" -d "$DB_NAME" -f db/benchmark/import-batch.sql
}
batch >/dev/null
batch | grep -E "Insert on calls|Trigger|Execution Time"
