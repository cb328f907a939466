#!/usr/bin/env bash
# Verifies the SHA-256 hash chain of one client's audit log and names the first row that does
# not match. Usage: src/scripts/verify-audit-chain.sh <workspace>   (e.g. acme)
# Exit status 0 when the chain is intact, 1 when a row does not match.
set -euo pipefail
cd "$(dirname "$0")/../.."
source src/scripts/env-defaults.sh
workspace="${1:?usage: verify-audit-chain.sh <workspace>}"

runuser -u postgres -- psql -q -X -A -F ' ' -t -v ON_ERROR_STOP=1 -p "$DB_PORT" -d "$DB_NAME" \
  -v workspace="$workspace" <<'SQL' | {
SELECT coalesce(c.id::text, '-'), v.checked, v.unsealed, coalesce(v.bad_seq::text, '-'),
       coalesce(v.bad_audit_id::text, '-'), coalesce(v.problem, '-')
FROM (SELECT :'workspace' AS workspace) w
LEFT JOIN clients c ON c.workspace = w.workspace
CROSS JOIN LATERAL verify_audit_chain(c.id) v;
SQL
  read -r client checked unsealed seq audit problem
  if [[ "$client" == "-" ]]; then
    echo "No client has the workspace '$workspace'." >&2
    exit 2
  fi
  if [[ "$seq" == "-" ]]; then
    echo "Audit chain of $workspace: $checked rows intact ($unsealed not sealed yet)."
  else
    echo "Audit chain of $workspace: row $seq (audit id $audit) does not match: $problem."
    echo "The $checked rows before it are intact."
    exit 1
  fi
}
