#!/usr/bin/env bash
# Deploys the WAR on Payara Server (the full server, not Micro) as README "Deploying" describes,
# then checks it as verify-wildfly.sh checks WildFly: headless Chromium signs in as the demo ceo,
# opens the call list, the dashboard and the audit log and logs a call (one line per page), and
# stops the server again.
# Uses its own database (propaganda_server) and target/payara-server; needs ports 8080 and 4848.
set -euo pipefail
cd "$(dirname "$0")/../.."
source src/scripts/env-defaults.sh
export DB_NAME="${SERVER_DB_NAME:-propaganda_server}" DEMO_DATA=true
version="${PAYARA_SERVER_VERSION:-6.2025.10}"

db/setup-database.sh --fresh
src/scripts/install-browser.sh
mvn -B -q -DskipTests package
mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/payara-server/test-classpath.txt
mvn -B -q dependency:copy -Dartifact="fish.payara.distributions:payara:$version:zip" \
  -DoutputDirectory=target/payara-server
rm -rf target/payara-server/payara6
unzip -q "target/payara-server/payara-$version.zip" -d target/payara-server
asadmin=target/payara-server/payara6/bin/asadmin

# The domain reads the DB_* variables of this environment (${ENV=...} in the commands).
$asadmin start-domain
trap '$asadmin stop-domain >/dev/null' EXIT
$asadmin add-library target/server/postgresql.jar
$asadmin restart-domain
$asadmin multimode --file server-config/payara-micro/post-boot-commands.asadmin
$asadmin multimode --file server-config/payara-server/listener.asadmin
$asadmin deploy --contextroot / --name propaganda-dashboard target/propaganda-dashboard.war

# The listener restarts after its scheme mapping changed: wait until it answers again.
for _ in $(seq 1 60); do
  curl -fs -o /dev/null http://localhost:8080/login.xhtml && break
  sleep 1
done
"$PAYARA_JAVA_HOME/bin/java" -cp "target/test-classes:$(cat target/payara-server/test-classpath.txt)" \
  com.propaganda.dashboard.browser.DeploymentCheck http://localhost:8080/ \
  "Payara Server check $(date +%s)" "Payara Server $version"
