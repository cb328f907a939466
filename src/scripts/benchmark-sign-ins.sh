#!/usr/bin/env bash
# Fifty users signing in at the same moment, on a server just started and on a warm one: p50 and
# p95 of the sign-in's answer and of the page it lands on, and the CPU per user. Uses its own
# database (propaganda_sign_ins) with the demo data and fifty more sales users of acme who share
# the demo password's stored hash. Takes about three minutes.
set -euo pipefail
cd "$(dirname "$0")/../.."
source src/scripts/env-defaults.sh
source src/scripts/performance-report.sh
keep_output sign-ins "Simultaneous sign-ins" "$@"
source src/scripts/benchmark-lib.sh
export DB_NAME="${BENCH_DB_NAME:-propaganda_sign_ins}" DEMO_DATA=true

src/scripts/benchmark-database.sh >/dev/null
as_superuser <<'SQL'
INSERT INTO users (client_id, email, password_hash, name, role)
SELECT client_id, 'rep' || g || '@acme.example', password_hash, 'Rep ' || g, 'sales'
FROM users, generate_series(1, 50) g
WHERE email = 'rita@acme.example';
SQL
# The scheme and cost of the stored hash, without its salt and digest.
echo "Stored password hash: $(as_superuser -At -c \
  "SELECT regexp_replace(password_hash, '[$][^$]*[$][^$]*$', '') FROM users
   WHERE email = 'rep1@acme.example'")"
mapfile -t profile < <(jfr_argument)
mvn -B verify -Pbenchmark -Dit.test=SimultaneousSignInBenchmark "${profile[@]}" 2>&1 \
  | sed -n '/^Simultaneous sign-ins:/,/End of the simultaneous sign-in benchmark/p'
