#!/usr/bin/env bash
# The audit trail at scale: the viewer's server time on one client with 5,000,000 audit rows, call
# logging throughput on that busy client with and without the audit trail (rows and hash chain),
# and the verifier catching a row altered by hand. Uses its own database (propaganda_audit_bench);
# takes about ten minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/../.."
source src/scripts/env-defaults.sh
source src/scripts/performance-report.sh
keep_output audit "Audit viewer, call logging with the chain, the verifier" "$@"
export DB_NAME="${BENCH_DB_NAME:-propaganda_audit_bench}" DEMO_DATA=false
source src/scripts/benchmark-lib.sh

src/scripts/benchmark-database.sh

echo "Loading 500,000 calls and 5,000,000 audit rows..."
start=$(date +%s)
as_superuser -c "SET session_replication_role = replica" -f db/benchmark/large-client.sql \
  -f db/benchmark/audit-rows.sql -c "SET session_replication_role = origin" \
  -c "SELECT count(*) FROM (SELECT recount_client_calls(id) FROM clients) r" -c "VACUUM ANALYZE"
echo "Loaded in $(( $(date +%s) - start )) s"

mvn -B verify -Pbenchmark -Dit.test=AuditViewerBenchmark 2>&1 \
  | sed -n '/Audit viewer server time/,/End of the audit viewer benchmark/p'

# The application seals every 5 seconds; so does this loop while the writers run.
seal_meanwhile() {
  while true; do as_superuser -c "SELECT seal_audit_logs(100000)" >/dev/null; sleep 5; done
}
echo
echo "Call logging on the busy client, 8 concurrent writers, 20 s each (calls per second)"
seal_meanwhile & sealer=$!
rate=$(log_calls)
printf '%-52s %8s\n' "audit rows and the hash chain (as shipped)" "$rate"
kill "$sealer"; wait "$sealer" 2>/dev/null || true
as_superuser -c "SELECT seal_audit_logs(100000000)" >/dev/null
# For comparison only: a rule drops the queue rows, so no row is chained.
as_superuser -c "CREATE RULE bench_no_chain AS ON INSERT TO audit_unsealed DO INSTEAD NOTHING"
rate=$(log_calls)
printf '%-52s %8s\n' "audit rows without the hash chain" "$rate"
as_superuser -c "DROP RULE bench_no_chain ON audit_unsealed"
# A logged call is audited by the statement trigger calls_audit_insert.
as_superuser -c "ALTER TABLE calls DISABLE TRIGGER calls_audit_insert"
rate=$(log_calls)
printf '%-52s %8s\n' "no audit rows at all" "$rate"
as_superuser -c "ALTER TABLE calls ENABLE TRIGGER calls_audit_insert"

echo
echo "Tamper evidence on the busy client's chain"
src/scripts/verify-audit-chain.sh bench || true
as_superuser <<'SQL'
ALTER TABLE audit_logs DISABLE TRIGGER audit_logs_append_only;
UPDATE audit_logs SET new_values = jsonb_set(new_values, '{outcome}', '"lost"')
WHERE id = (SELECT audit_id FROM audit_chain
            WHERE chain = '0b000000-0000-4000-8000-000000000001' AND seq = 1000);
ALTER TABLE audit_logs ENABLE TRIGGER audit_logs_append_only;
SQL
echo "(row 1000 of the chain altered by hand, as superuser with the trigger off)"
src/scripts/verify-audit-chain.sh bench || true
