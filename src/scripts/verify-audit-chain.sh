#!/usr/bin/env bash
# Verifies one client's audit log outside the database (VerifyAuditChain, ChainVerifier): rehashes the raw rows,
# holds the chain against the signed checkpoints in $AUDIT_CHECKPOINT_DIR, counts rows in neither
# the chain nor the queue, and names the first position that does not hold.
# Usage: src/scripts/verify-audit-chain.sh <workspace>   (e.g. acme)
# Exit status 0 when the log is intact, 1 when it is not, 2 when no client has the workspace.
set -euo pipefail
cd "$(dirname "$0")/../.."
source src/scripts/env-defaults.sh
workspace="${1:?usage: verify-audit-chain.sh <workspace>}"

if [[ ! -d target/classes || ! -f target/server/postgresql.jar ]]; then
  mvn -B -q -DskipTests package >&2
fi
exec java -cp target/classes:target/server/postgresql.jar \
  com.propaganda.dashboard.audittrail.VerifyAuditChain "$workspace"
