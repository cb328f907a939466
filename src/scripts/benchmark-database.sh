#!/usr/bin/env bash
# A fresh, migrated and empty database $DB_NAME for a benchmark: builds the WAR and lets it run
# the migrations once on Payara Micro. Called by the benchmark-*.sh scripts.
set -euo pipefail
cd "$(dirname "$0")/../.."

db/setup-database.sh --fresh
mvn -B -q -DskipTests package

echo "Migrating $DB_NAME..."
"$PAYARA_JAVA_HOME/bin/java" -jar target/server/payara-micro.jar --addLibs target/server/postgresql.jar \
  --prebootcommandfile server-config/payara-micro/pre-boot-commands.asadmin \
  --postbootcommandfile server-config/payara-micro/post-boot-commands.asadmin \
  --deploy target/propaganda-dashboard.war --contextroot / --port 18080 --nocluster \
  > target/benchmark-migration.log 2>&1 &
server=$!
until curl -fs -o /dev/null http://localhost:18080/login.xhtml; do
  kill -0 "$server" 2>/dev/null || { tail -n 40 target/benchmark-migration.log; exit 1; }
  sleep 1
done
kill "$server"; wait "$server" 2>/dev/null || true
