#!/usr/bin/env bash
# Builds and starts the application on Payara Micro with demo data, on a fresh machine too.
# Stop it with Ctrl+C.
set -euo pipefail
cd "$(dirname "$0")/../.."
source src/scripts/env-defaults.sh
export DEMO_DATA="${DEMO_DATA:-true}"

db/setup-database.sh
mvn -B -q -DskipTests package
# The schema owner migrates, then the server starts without the owner's password (README, "Walls").
db/migrate.sh

# Set-password links in mail point here.
export PUBLIC_URL="${PUBLIC_URL:-http://localhost:$HTTP_PORT/}"
if [[ -n "${SMTP_HOST:-}" ]]; then
  mail="is sent through $SMTP_HOST"
else
  mail="is written as .eml files to $MAIL_DROP_DIR/$DB_NAME (no SMTP_HOST)"
fi

started=$(date +%s)
# The signer and the server, each as its own user when run as root (service-lib.sh).
source src/scripts/service-lib.sh
services_prepare
signer_start "$PWD/target/audit-signer.log"
server_start -- -jar server/payara-micro.jar \
  --addLibs server/postgresql.jar \
  --prebootcommandfile server-config/payara-micro/pre-boot-commands.asadmin \
  --postbootcommandfile server-config/payara-micro/post-boot-commands.asadmin \
  --deploy propaganda-dashboard.war --contextroot / \
  --port "$HTTP_PORT" --nohazelcast --interfaces "$HTTP_BIND_ADDRESS" > target/payara-micro.log 2>&1
server=$!
# Stops what this script started however it ends (Ctrl+C, a TERM, the server dying). A wait that
# reports the killed server's status must not end the script under errexit before the signer stops.
stop() {
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  signer_stop
}
trap stop EXIT
trap 'exit 130' INT TERM

url="http://localhost:$HTTP_PORT/"
until curl -fs -o /dev/null "${url}login.xhtml"; do
  if ! kill -0 "$server" 2>/dev/null; then
    echo "Payara Micro stopped; see target/payara-micro.log" >&2
    tail -n 40 target/payara-micro.log >&2
    exit 1
  fi
  sleep 1
done

src/scripts/check-listeners.sh "$server" >/dev/null

cat <<BANNER

Propaganda Dashboard is up at $url (started in $(( $(date +%s) - started )) s; log: target/payara-micro.log)

$(cat src/scripts/demo-sign-ins.txt)

New users and password resets get a one-time set-password link by mail; mail $mail.
Signed audit checkpoints: $AUDIT_CHECKPOINT_DIR/$DB_NAME (by the signer; log: target/audit-signer.log)
Check a client's audit log outside the database: src/scripts/verify-audit-chain.sh acme

Press Ctrl+C to stop.
BANNER
wait "$server"
