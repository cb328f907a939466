#!/usr/bin/env bash
# Makes sure PostgreSQL runs, then creates the application's roles and database.
# Usage: db/setup-database.sh [--fresh]   (--fresh drops the database first; tests use it)
# Reads DB_HOST, DB_PORT, DB_NAME, DB_USER, DB_PASSWORD, DB_OWNER_USER, DB_OWNER_PASSWORD and
# AUDIT_CHECKPOINT_DIR and MAIL_DROP_DIR.
set -euo pipefail

# The postgres OS user may not enter the caller's folder (a private temporary clone): psql would
# warn "could not change directory" on every call. This script reads no file of its own.
cd /

fresh=false
[[ "${1:-}" == "--fresh" ]] && fresh=true

ensure_postgresql_running() {
  if ! command -v pg_lsclusters >/dev/null 2>&1; then
    echo "Installing PostgreSQL..."
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null
  fi
  local version
  version=$(ls /etc/postgresql | sort -n | tail -n 1)
  if ! pg_lsclusters -h | awk '{print $4}' | grep -q online; then
    pg_ctlcluster --skip-systemctl-redirect "$version" main start
  fi
  for _ in $(seq 1 30); do
    runuser -u postgres -- pg_isready -q -p "$DB_PORT" && return 0
    sleep 1
  done
  echo "PostgreSQL did not become ready" >&2
  exit 1
}

# Admin SQL runs as the postgres OS user: that works with trust auth and with peer auth alike.
psql_admin() {
  runuser -u postgres -- psql -p "$DB_PORT" -v ON_ERROR_STOP=1 -q -X "$@"
}

ensure_role() {
  local role=$1 password=$2 attributes=$3
  psql_admin -d postgres -v role="$role" -v password="$password" <<SQL
SELECT format('CREATE ROLE %I', :'role') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'role') \gexec
SELECT format('ALTER ROLE %I WITH LOGIN PASSWORD %L $attributes', :'role', :'password') \gexec
SQL
}

ensure_postgresql_running
ensure_role "$DB_OWNER_USER" "$DB_OWNER_PASSWORD" "NOSUPERUSER NOCREATEROLE NOCREATEDB BYPASSRLS"
ensure_role "$DB_USER" "$DB_PASSWORD" "NOSUPERUSER NOCREATEROLE NOCREATEDB NOBYPASSRLS"
ensure_role "$DB_DISPATCHER_USER" "$DB_DISPATCHER_PASSWORD" "NOSUPERUSER NOCREATEROLE NOCREATEDB NOBYPASSRLS"
ensure_role "$DB_SIGNER_USER" "$DB_SIGNER_PASSWORD" "NOSUPERUSER NOCREATEROLE NOCREATEDB NOBYPASSRLS"

if $fresh; then
  psql_admin -d postgres -c "DROP DATABASE IF EXISTS \"$DB_NAME\" WITH (FORCE)"
  # Checkpoints of the dropped database's audit chains would not match the new one's.
  [[ -n "${AUDIT_CHECKPOINT_DIR:-}" ]] && rm -rf "$AUDIT_CHECKPOINT_DIR/$DB_NAME"
  [[ -n "${MAIL_DROP_DIR:-}" ]] && rm -rf "$MAIL_DROP_DIR/$DB_NAME"
fi
psql_admin -d postgres -v db="$DB_NAME" -v owner="$DB_OWNER_USER" -v app="$DB_USER" \
  -v dispatcher="$DB_DISPATCHER_USER" -v signer="$DB_SIGNER_USER" <<'SQL'
SELECT format('CREATE DATABASE %I OWNER %I ENCODING ''UTF8'' TEMPLATE template0', :'db', :'owner')
  WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') \gexec
SELECT format('ALTER DATABASE %I SET timezone TO ''UTC''', :'db') \gexec
SELECT format('REVOKE ALL ON DATABASE %I FROM PUBLIC', :'db') \gexec
SELECT format('GRANT CONNECT ON DATABASE %I TO %I', :'db', :'app') \gexec
SELECT format('GRANT CONNECT ON DATABASE %I TO %I', :'db', :'dispatcher') \gexec
SELECT format('GRANT CONNECT ON DATABASE %I TO %I', :'db', :'signer') \gexec
SQL
psql_admin -d "$DB_NAME" -v owner="$DB_OWNER_USER" -v app="$DB_USER" \
  -v dispatcher="$DB_DISPATCHER_USER" -v signer="$DB_SIGNER_USER" <<'SQL'
SELECT format('ALTER SCHEMA public OWNER TO %I', :'owner') \gexec
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
SELECT format('GRANT USAGE ON SCHEMA public TO %I', :'app') \gexec
SELECT format('GRANT USAGE ON SCHEMA public TO %I', :'dispatcher') \gexec
SELECT format('GRANT USAGE ON SCHEMA public TO %I', :'signer') \gexec
SQL
echo "Database $DB_NAME ready (owner $DB_OWNER_USER, application role $DB_USER)."
