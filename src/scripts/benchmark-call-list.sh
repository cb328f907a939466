#!/usr/bin/env bash
# Measures the call list on one client with 500,000 calls: server time of counts, first, next,
# deep and last pages, filters and search, through the real service on Payara Micro.
# Uses its own database (propaganda_bench); takes about three minutes.
set -euo pipefail
cd "$(dirname "$0")/../.."
source src/scripts/env-defaults.sh
source src/scripts/performance-report.sh
keep_output call-list "Call list" "$@"
source src/scripts/benchmark-lib.sh

large_client_database

mvn -B verify -Pbenchmark -Dit.test=CallListBenchmark 2>&1 | sed -n '/Call list server time/,/plain OFFSET/p'
