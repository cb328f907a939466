#!/usr/bin/env bash
# Deploys the WAR on Payara Server (the full server, not Micro) as README "Deploying" describes,
# signs in as the demo ceo, opens the dashboard and the audit log, and stops the server again.
# Uses its own database (propaganda_server) and target/payara-server; needs ports 8080 and 4848.
set -euo pipefail
cd "$(dirname "$0")/../.."
source src/scripts/env-defaults.sh
export DB_NAME="${SERVER_DB_NAME:-propaganda_server}" DEMO_DATA=true
version="${PAYARA_SERVER_VERSION:-6.2025.10}"

db/setup-database.sh --fresh
mvn -B -q -DskipTests package
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

jar=$(mktemp)
page() { curl -s -b "$jar" -c "$jar" -o /dev/null -w "%{http_code}" "http://localhost:8080/$1"; }
state=$(curl -s -c "$jar" http://localhost:8080/login.xhtml | sed -n 's/.*ViewState:0" value="\([^"]*\)".*/\1/p')
curl -s -b "$jar" -c "$jar" -o /dev/null http://localhost:8080/login.xhtml \
  --data-urlencode login=login --data-urlencode login:workspace=acme \
  --data-urlencode login:email=ceo@acme.example --data-urlencode login:password=Demo-Propaganda-2026 \
  --data-urlencode login:sign-in= --data-urlencode "jakarta.faces.ViewState=$state"
for path in app/calls.xhtml app/dashboard.xhtml app/ceo/audit.xhtml; do
  status=$(page "$path")
  echo "Payara Server $version: /$path answered $status"
  [[ "$status" == 200 ]] || exit 1
done
