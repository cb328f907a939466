-- Checkpoints outside the database (see README, "Audit trail"): after each sealing, the server
-- signs the head of every chain that grew; this index finds those heads without a scan.
CREATE INDEX idx_audit_chain_sealed ON audit_chain (sealed_at);
