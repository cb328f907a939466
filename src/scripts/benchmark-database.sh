#!/usr/bin/env bash
# A fresh, migrated and empty database $DB_NAME for a benchmark: builds the WAR and migrates it as
# the schema owner (db/migrate.sh). Called by the benchmark-*.sh scripts.
set -euo pipefail
cd "$(dirname "$0")/../.."

db/setup-database.sh --fresh
mvn -B -q -DskipTests package

echo "Migrating $DB_NAME..."
db/migrate.sh
