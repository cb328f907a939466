#!/usr/bin/env bash
# Runs every test: unit tests, Arquillian tests on Payara Micro against a fresh PostgreSQL
# database, browser tests in headless Chromium, and a short failover test of the cluster. Sets up
# everything they need first.
# Extra arguments go to Maven, e.g. src/scripts/test.sh -Dit.test=SignInIT
set -euo pipefail
cd "$(dirname "$0")/../.."
source src/scripts/env-defaults.sh
export DB_NAME="${TEST_DB_NAME:-propaganda_test}"
# The browser tests sign in as the demo users.
export DEMO_DATA=true
# ForwardedProtoIT sends X-Forwarded-Proto from this loopback address as the trusted proxy.
export TRUSTED_PROXIES="${TRUSTED_PROXIES:-127.0.0.2}"
# WebhookDeliveryIT's receiver listens on loopback, which webhooks may not reach by default; its
# retries wait 1, 2, 4 ... seconds instead of 10, 20, 40 ...
export WEBHOOK_ALLOWED_HOSTS="${WEBHOOK_ALLOWED_HOSTS:-127.0.0.1,localhost}"
export WEBHOOK_FIRST_RETRY_SECONDS="${WEBHOOK_FIRST_RETRY_SECONDS:-1}"

src/scripts/install-browser.sh
db/setup-database.sh --fresh
# SchemaUpgradeIT migrates a database of the last release and a fresh one, and compares them.
for suffix in _upgrade _fresh; do
  DB_NAME="$DB_NAME$suffix" db/setup-database.sh --fresh >/dev/null
done
# The single sign-on browser tests sign in through a real Keycloak on loopback: it starts while
# Maven builds (SingleSignOnBrowserIT waits for its realm) and stops when the tests end.
mkdir -p var
bash src/scripts/keycloak.sh start >var/keycloak-start.log 2>&1 &
# When each phase began and ended (seconds since the start), printed at the end even on a failure,
# so the next person sees where the time goes.
marks=$(mktemp)
mark() { echo "$1 $SECONDS" >>"$marks"; }
trap 'mark end; src/scripts/phase-times.sh "$marks"; rm -f "$marks"; wait; src/scripts/keycloak.sh stop' EXIT

# clean: a class deleted from src must not linger in the WAR. Maven's log goes through unchanged;
# the lines where it enters a plugin mark the phases.
mark setup-done
mvn -B clean verify "$@" 2>&1 | while IFS= read -r line; do
  printf '%s\n' "$line"
  case "$line" in
    *"--- "*) mark "$(sed -E 's/.*--- ([a-z-]+):[^:]+:([a-z-]+) \(([^)]*)\).*/\1:\2:\3/' <<<"$line")" ;;
  esac
done
mark maven-done

# The whole suite (no arguments) ends with the short failover test of two servers behind HAProxy
# (src/docs/operations.md, "The fault test"), in an environment of its own: the settings above are
# the tests'.
if [[ $# -eq 0 ]]; then
  env -i PATH="$PATH" HOME="$HOME" bash src/scripts/verify-cluster.sh --short
  mark failover-done
fi
