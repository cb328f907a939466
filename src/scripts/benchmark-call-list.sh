#!/usr/bin/env bash
# Measures the call list on one client with 500,000 calls: server time of counts, first, next,
# deep and last pages, filters and search, through the real service on Payara Micro.
# Uses its own database (propaganda_bench); takes about three minutes.
set -euo pipefail
cd "$(dirname "$0")/../.."
source src/scripts/env-defaults.sh
export DB_NAME="${BENCH_DB_NAME:-propaganda_bench}" DEMO_DATA=false

db/setup-database.sh --fresh
mvn -B -q -DskipTests package

echo "Migrating $DB_NAME..."
java -jar target/server/payara-micro.jar --addLibs target/server/postgresql.jar \
  --postbootcommandfile server-config/payara-micro/post-boot-commands.asadmin \
  --deploy target/propaganda-dashboard.war --contextroot / --port 18080 --nocluster \
  > target/benchmark-migration.log 2>&1 &
server=$!
until curl -fs -o /dev/null http://localhost:18080/login.xhtml; do
  kill -0 "$server" 2>/dev/null || { tail -n 40 target/benchmark-migration.log; exit 1; }
  sleep 1
done
kill "$server"; wait "$server" 2>/dev/null || true

echo "Loading 500,000 calls..."
runuser -u postgres -- psql -q -X -v ON_ERROR_STOP=1 -p "$DB_PORT" -d "$DB_NAME" < db/benchmark/large-client.sql
runuser -u postgres -- psql -q -X -p "$DB_PORT" -d "$DB_NAME" -c "VACUUM ANALYZE"

mvn -B verify -Pbenchmark 2>&1 | sed -n '/Call list server time/,/plain OFFSET/p'
