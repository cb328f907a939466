# Defaults for every setting the scripts and the server read from the environment.
# Sourced by run.sh and test.sh; a variable already set in the environment wins.
export DB_HOST="${DB_HOST:-127.0.0.1}"
export DB_PORT="${DB_PORT:-5432}"
export DB_NAME="${DB_NAME:-propaganda}"
# The application's role: owns no table, not superuser, no BYPASSRLS.
export DB_USER="${DB_USER:-propaganda_app}"
export DB_PASSWORD="${DB_PASSWORD:-propaganda_app_dev}"
# The webhook dispatcher's role: may only claim and record deliveries, across clients; the
# application role may not (README, "Walls").
export DB_DISPATCHER_USER="${DB_DISPATCHER_USER:-propaganda_dispatcher}"
export DB_DISPATCHER_PASSWORD="${DB_DISPATCHER_PASSWORD:-propaganda_dispatcher_dev}"
# The audit checkpoint signer's role: may read the chains' heads and nothing else.
export DB_SIGNER_USER="${DB_SIGNER_USER:-propaganda_signer}"
export DB_SIGNER_PASSWORD="${DB_SIGNER_PASSWORD:-propaganda_signer_dev}"
# The migration role: owns the schema; used by Flyway alone.
export DB_OWNER_USER="${DB_OWNER_USER:-propaganda_owner}"
export DB_OWNER_PASSWORD="${DB_OWNER_PASSWORD:-propaganda_owner_dev}"
# Where reports read (README, "Scaling out"): a streaming replica; without one, the primary.
export DB_REPLICA_HOST="${DB_REPLICA_HOST:-$DB_HOST}"
export DB_REPLICA_PORT="${DB_REPLICA_PORT:-$DB_PORT}"
# This server's name: its log lines, its metrics and its pools' connections carry it.
export NODE_NAME="${NODE_NAME:-$(hostname -s)}"
export HTTP_PORT="${HTTP_PORT:-8080}"
# The address the application server answers HTTP on (README, "Scaling out": the private one when
# HAProxy runs on another machine).
export HTTP_BIND_ADDRESS="${HTTP_BIND_ADDRESS:-127.0.0.1}"
# What the servers and the audit signer keep on disk. Run as root, the scripts start them as users of
# their own (service-lib.sh), so it lives where those users reach it whatever the checkout's modes.
if [[ $EUID -eq 0 ]]; then
  export DATA_DIR="${DATA_DIR:-/var/lib/propaganda-dashboard}"
else
  export DATA_DIR="${DATA_DIR:-$PWD/var}"
fi
# Audit checkpoints (README, "Audit trail"): the Ed25519 key pair that signs them, made once with
# openssl, and where the signer appends them, a folder per database. Both stay out of the database,
# and only the signer's user reads the private key and writes the checkpoints.
export AUDIT_SIGNING_KEY="${AUDIT_SIGNING_KEY:-$DATA_DIR/audit/signing-key.pem}"
export AUDIT_VERIFY_KEY="${AUDIT_VERIFY_KEY:-$DATA_DIR/audit/verify-key.pem}"
export AUDIT_CHECKPOINT_DIR="${AUDIT_CHECKPOINT_DIR:-$DATA_DIR/audit/checkpoints}"
if [[ ! -f "$AUDIT_SIGNING_KEY" ]]; then
  command -v openssl >/dev/null 2>&1 || apt-get install -y -qq openssl >/dev/null
  mkdir -p "$(dirname "$AUDIT_SIGNING_KEY")" "$(dirname "$AUDIT_VERIFY_KEY")"
  (umask 077 && openssl genpkey -algorithm ed25519 -out "$AUDIT_SIGNING_KEY")
  openssl pkey -in "$AUDIT_SIGNING_KEY" -pubout -out "$AUDIT_VERIFY_KEY"
fi
# The key that seals webhook signing secrets at rest (README, "Webhooks"): made once, the same for
# every server of a deployment, kept out of the database.
if [[ -z "${WEBHOOK_SECRETS_KEY:-}" ]]; then
  key_file="$DATA_DIR/webhooks/secrets.key"
  if [[ ! -f "$key_file" ]]; then
    command -v openssl >/dev/null 2>&1 || apt-get install -y -qq openssl >/dev/null
    mkdir -p "$(dirname "$key_file")"
    (umask 077 && openssl rand -base64 32 > "$key_file")
  fi
  WEBHOOK_SECRETS_KEY="$(cat "$key_file")"
fi
export WEBHOOK_SECRETS_KEY
# Without SMTP_HOST, mail (set-password links) is written to this folder, one per database.
export MAIL_DROP_DIR="${MAIL_DROP_DIR:-$DATA_DIR/mail}"
# Uploaded import files between the dry run and the commit, a folder per database.
export IMPORT_DIR="${IMPORT_DIR:-$DATA_DIR/imports}"
# The Java that runs Payara Micro 7 (21 or later), found on the machine: PAYARA_JAVA_HOME.
source src/scripts/payara-java.sh
