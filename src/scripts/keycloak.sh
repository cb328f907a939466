#!/usr/bin/env bash
# Keycloak, a real OpenID Connect provider, for the single sign-on tests and for trying single
# sign-on by hand. Taken from Maven Central (org.keycloak:keycloak-quarkus-dist, checked by Maven)
# once into ~/.cache, run on loopback in development mode with an in-memory store (every start is
# fresh), and configured with kcadm: realm "propaganda", the confidential client
# "propaganda-dashboard" with a groups mapper, the group "sales-managers", and five people
# (ceo, rep, stranger, gone and manager @sso.example; manager is in the group).
#   src/scripts/keycloak.sh start   # prints the issuer when the realm is ready
#   src/scripts/keycloak.sh stop
set -euo pipefail
cd "$(dirname "$0")/../.."
source src/scripts/payara-java.sh

VERSION="${KEYCLOAK_VERSION:-26.7.3}"
PORT="${KEYCLOAK_PORT:-18180}"
MANAGEMENT_PORT=$((PORT + 10))
HOME_DIR="${KEYCLOAK_HOME:-$HOME/.cache/propaganda-dashboard/keycloak-$VERSION}"
RUN_DIR=var/keycloak
# Known to the tests (SingleSignOnBrowserIT): this Keycloak listens on loopback only and forgets
# everything when it stops.
ADMIN_PASSWORD=keycloak-admin
CLIENT_SECRET=propaganda-sso-test-secret
PEOPLE_PASSWORD=Sso-Test-2026
URL="http://127.0.0.1:$PORT"

install() {
  command -v unzip >/dev/null && command -v curl >/dev/null \
    || apt-get install -y -q unzip curl >/dev/null \
    || { apt-get update -q >/dev/null && apt-get install -y -q unzip curl >/dev/null; }
  [[ -x "$HOME_DIR/bin/kc.sh" ]] && return 0
  local download
  download=$(mktemp -d)
  mvn -B -q dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$VERSION:zip" \
    -DoutputDirectory="$download"
  mkdir -p "$(dirname "$HOME_DIR")"
  unzip -q "$download/keycloak-quarkus-dist-$VERSION.zip" -d "$download"
  rm -rf "$HOME_DIR"
  mv "$download/keycloak-$VERSION" "$HOME_DIR"
  rm -rf "$download"
}

kcadm() {
  JAVA_HOME="$PAYARA_JAVA_HOME" "$HOME_DIR/bin/kcadm.sh" "$@" --config "$RUN_DIR/kcadm.config"
}

configure() {
  kcadm config credentials --server "$URL" --realm master --user admin \
    --password "$ADMIN_PASSWORD" >/dev/null
  # The realm is enabled last: its discovery document answers only once everything is in place.
  kcadm create realms -s realm=propaganda -s enabled=false >/dev/null
  local groups_mapper='[{"name":"groups","protocol":"openid-connect","protocolMapper":"oidc-group-membership-mapper","config":{"claim.name":"groups","full.path":"false","id.token.claim":"true","access.token.claim":"true","userinfo.token.claim":"true"}}]'
  kcadm create clients -r propaganda -s clientId=propaganda-dashboard -s enabled=true \
    -s publicClient=false -s secret="$CLIENT_SECRET" -s standardFlowEnabled=true \
    -s directAccessGrantsEnabled=false \
    -s 'redirectUris=["http://127.0.0.1*","http://localhost*"]' \
    -s 'attributes={"post.logout.redirect.uris":"+","pkce.code.challenge.method":"S256"}' \
    -s "protocolMappers=$groups_mapper" >/dev/null
  kcadm create groups -r propaganda -s name=sales-managers >/dev/null
  local person
  for person in ceo rep stranger gone manager; do
    kcadm create users -r propaganda -s username="$person@sso.example" \
      -s email="$person@sso.example" -s emailVerified=true -s enabled=true \
      -s firstName="${person^}" -s lastName=Example >/dev/null
    kcadm set-password -r propaganda --username "$person@sso.example" \
      --new-password "$PEOPLE_PASSWORD" >/dev/null
  done
  local manager group
  manager=$(kcadm get users -r propaganda -q username=manager@sso.example --fields id --format csv --noquotes)
  group=$(kcadm get groups -r propaganda -q search=sales-managers --fields id --format csv --noquotes)
  kcadm update "users/$manager/groups/$group" -r propaganda -n >/dev/null
  kcadm update realms/propaganda -s enabled=true >/dev/null
}

start() {
  install
  stop
  mkdir -p "$RUN_DIR"
  # setsid: the server gets a process group of its own, which stop ends as a whole.
  JAVA_HOME="$PAYARA_JAVA_HOME" KC_BOOTSTRAP_ADMIN_USERNAME=admin \
    KC_BOOTSTRAP_ADMIN_PASSWORD="$ADMIN_PASSWORD" JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" \
    setsid "$HOME_DIR/bin/kc.sh" start-dev --db=dev-mem --http-host=127.0.0.1 \
    --http-port="$PORT" --http-management-port="$MANAGEMENT_PORT" \
    --hostname-strict=false >"$RUN_DIR/keycloak.log" 2>&1 &
  echo $! >"$RUN_DIR/pid"
  local waited=0
  until curl -sf "$URL/realms/master/.well-known/openid-configuration" >/dev/null; do
    if ! kill -0 "$(cat "$RUN_DIR/pid")" 2>/dev/null || ((waited >= 240)); then
      echo "Keycloak did not start; see $RUN_DIR/keycloak.log" >&2
      tail -20 "$RUN_DIR/keycloak.log" >&2
      return 1
    fi
    sleep 2
    waited=$((waited + 2))
  done
  configure
  echo "Keycloak is ready: issuer $URL/realms/propaganda (people *@sso.example, password $PEOPLE_PASSWORD)"
}

stop() {
  [[ -f "$RUN_DIR/pid" ]] || return 0
  local pid
  pid=$(cat "$RUN_DIR/pid")
  kill -- "-$pid" 2>/dev/null || true
  for _ in $(seq 1 30); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  kill -9 -- "-$pid" 2>/dev/null || true
  rm -f "$RUN_DIR/pid"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
