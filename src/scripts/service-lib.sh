# Sourced after env-defaults.sh by run.sh and cluster-lib.sh: how the application servers and the
# audit checkpoint signer are started (README, "Walls"). Run as root, each runs as an operating
# system user of its own, made here when missing: the servers as propaganda, the signer as
# propaganda-signer, which alone reads the signing key and writes the checkpoint files; the servers
# read the checkpoints (for receipts) but cannot change them. What they run is staged under
# $DATA_DIR/stage, which both users reach whatever the modes of the checkout's folders.
# Run as another user, both run as that user, and the walls between them are not there.

SERVER_USER="${SERVER_USER:-propaganda}"
SIGNER_USER="${SIGNER_USER:-propaganda-signer}"
STAGE="$DATA_DIR/stage"
signer_pid=""

as_service_users() {
  [[ $EUID -eq 0 ]]
}

ensure_service_user() {
  id -u "$1" >/dev/null 2>&1 \
    || useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$1"
}

# Copies what the servers and the signer run to $DATA_DIR/stage and, as root, hands each user its
# folders.
services_prepare() {
  STAGE="$DATA_DIR/stage"
  rm -rf "$STAGE"
  mkdir -p "$STAGE" "$MAIL_DROP_DIR" "$IMPORT_DIR" "$AUDIT_CHECKPOINT_DIR" "$DATA_DIR/home/$SERVER_USER"
  cp -r target/server target/propaganda-dashboard.war target/classes server-config "$STAGE/"
  as_service_users || return 0
  ensure_service_user "$SERVER_USER"
  ensure_service_user "$SIGNER_USER"
  chmod 755 "$DATA_DIR"
  chmod -R a+rX "$STAGE"
  chown -R "$SERVER_USER" "$MAIL_DROP_DIR" "$IMPORT_DIR" "$DATA_DIR/home/$SERVER_USER"
  local audit
  audit=$(dirname "$AUDIT_SIGNING_KEY")
  chown -R "$SIGNER_USER" "$audit" "$AUDIT_CHECKPOINT_DIR"
  chmod 755 "$audit" "$AUDIT_CHECKPOINT_DIR"
  chmod 600 "$AUDIT_SIGNING_KEY"
  chmod 644 "$AUDIT_VERIFY_KEY"
}

# Runs env with the given options, assignments and command as the user, in the stage, in place of
# the shell it runs in: call it in the background (&), so that $! is the process itself (setpriv
# and env execute in place, where runuser would stay between as a parent).
as_user() {
  local user=$1
  shift
  cd "$STAGE" || return 1
  if as_service_users; then
    exec setpriv --reuid="$user" --regid="$(id -g "$user")" --init-groups -- env "$@"
  fi
  exec env "$@"
}

# The signer, in the background, until signer_stop; its log is $1. It is given its own settings
# only: none of the servers' passwords or keys.
signer_start() {
  local log=$1
  as_user "$SIGNER_USER" -i PATH="$PATH" HOME="$DATA_DIR" \
    DB_HOST="$DB_HOST" DB_PORT="$DB_PORT" DB_NAME="$DB_NAME" \
    DB_SIGNER_USER="$DB_SIGNER_USER" DB_SIGNER_PASSWORD="$DB_SIGNER_PASSWORD" \
    AUDIT_SIGNING_KEY="$AUDIT_SIGNING_KEY" AUDIT_CHECKPOINT_DIR="$AUDIT_CHECKPOINT_DIR" \
    "$PAYARA_JAVA_HOME/bin/java" -Xmx64m -cp classes:server/postgresql.jar \
    com.propaganda.dashboard.audittrail.CheckpointSigner > "$log" 2>&1 &
  signer_pid=$!
}

signer_stop() {
  if [[ -n "$signer_pid" ]]; then
    kill "$signer_pid" 2>/dev/null || true
    wait "$signer_pid" 2>/dev/null || true
  fi
  signer_pid=""
}

# A server in the background, as the server user, without the schema owner's or the signer's
# settings; extra environment first ("NAME=value" ...), then Java's arguments after "--". Its
# output goes where the caller's goes.
server_start() {
  local environment=()
  while [[ $# -gt 0 && "$1" != "--" ]]; do
    environment+=("$1")
    shift
  done
  shift
  as_user "$SERVER_USER" -u DB_OWNER_PASSWORD -u DB_SIGNER_PASSWORD -u AUDIT_SIGNING_KEY \
    HOME="$DATA_DIR/home/$SERVER_USER" "${environment[@]}" "$PAYARA_JAVA_HOME/bin/java" "$@" &
}
