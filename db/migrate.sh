#!/usr/bin/env bash
# Migrates the schema as its owner (DB_OWNER_USER, DB_OWNER_PASSWORD), as a step of its own before
# the servers start: the servers never hold the owner's password and only check that the schema is
# current (README, "Walls"). Needs the built WAR (mvn package); run.sh and run-cluster.sh call it.
set -euo pipefail
cd "$(dirname "$0")/.."
source src/scripts/env-defaults.sh
exploded=target/propaganda-dashboard
if [[ ! -d "$exploded/WEB-INF/classes" || ! -f target/server/postgresql.jar ]]; then
  mvn -B -q -DskipTests package
fi
"$PAYARA_JAVA_HOME/bin/java" \
  -cp "$exploded/WEB-INF/classes:$exploded/WEB-INF/lib/*:target/server/postgresql.jar" \
  com.propaganda.dashboard.database.SchemaMigration
