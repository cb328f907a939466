#!/usr/bin/env bash
# The API on one client with 500,000 calls: POST /api/v1/calls from 16 concurrent callers for
# 20 s beside pgbench's insert rate (the same insert and its audit row, straight into PostgreSQL)
# on the same database in the same run, and their ratio; then list pages and the summary at
# median and p95. Uses its own database (propaganda_bench); takes about three minutes. With
# BENCHMARK_JFR=<file>, the server also records a profile (see benchmark-lib.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."
source src/scripts/env-defaults.sh
source src/scripts/performance-report.sh
keep_output api "API" "$@"
source src/scripts/benchmark-lib.sh

large_client_database

report=target/benchmark-api.txt
mapfile -t profile < <(jfr_argument)
mvn -B verify -Pbenchmark -Dit.test=ApiBenchmark "${profile[@]}" 2>&1 \
  | sed -n '/^API benchmark/,/End of the API benchmark/p' | tee "$report"

# Busy clock ticks of the whole machine (10 ms each), as CpuUse reads them in the API's run.
busy_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; }

ticks_before=$(busy_ticks)
pgbench_out=$(PGPASSWORD="$DB_PASSWORD" pgbench -n -c 16 -j 2 -T 20 -h "$DB_HOST" -p "$DB_PORT" \
  -U "$DB_USER" -f db/benchmark/log-call.pgbench "$DB_NAME" 2>/dev/null)
ticks_after=$(busy_ticks)
sql_rate=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' <<<"$pgbench_out")
sql_count=$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' <<<"$pgbench_out")
sql_cpu=$(awk -v t=$((ticks_after - ticks_before)) -v n="$sql_count" 'BEGIN { printf "%.2f", t * 10 / n }')
api_rate=$(sed -n 's/^API calls per second: \([0-9.]*\)$/\1/p' "$report")
api_cpu=$(sed -n 's/^API CPU ms per call: \([0-9.]*\)$/\1/p' "$report")
positive "pgbench's baseline" "$sql_count"
positive "the API's posts" "$api_rate"
echo
echo "Calls logged per second, 16 concurrent writers, 20 s each, with the machine's CPU per call"
printf '%-52s %8s %14s\n' "" "per s" "CPU ms / call"
printf '%-52s %8s %14s\n' "POST /api/v1/calls (key, rules, audit, webhooks)" "$api_rate" "$api_cpu"
printf '%-52s %8s %14s\n' "pgbench: the INSERT and its audit row alone" "$sql_rate" "$sql_cpu"
printf '%-52s %8s\n' "ratio API / pgbench (aim: at least 0.5)" \
  "$(awk -v a="$api_rate" -v s="$sql_rate" 'BEGIN { printf "%.2f", a / s }')"
