package com.propaganda.dashboard.audittrail;

import com.propaganda.dashboard.platform.Sha256;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Checks one client's audit chain outside the database: reads the raw rows, hashes and links them
 * in Java, and holds the result against the signed checkpoints. Nothing it trusts lives in the
 * database: not verify_audit_chain() (the owner can replace it), only the rows and PostgreSQL's
 * built-in functions (pg_catalog, which no role but a superuser changes) to print each row in its
 * canonical form. A chain rewritten and rehashed by the owner misses a checkpoint's hash; rows
 * deleted from its end fall short of a checkpoint's position; rows in neither the chain nor the
 * queue are counted as orphans.
 */
public final class ChainVerifier {

  /** The nil uuid: the chain of events of no client. */
  private static final UUID NO_CLIENT = new UUID(0, 0);

  private static final String LINKS =
      """
      SELECT c.seq, c.audit_id, c.hash, (pg_catalog.jsonb_build_array(a.id, a.client_id,
          a.user_id, a.operator_id, a.table_name, a.record_id, a.action, a.old_values,
          a.new_values, a.changed_fields, pg_catalog.host(a.ip_address), a.user_agent,
          pg_catalog.timezone('UTC', a.created_at)) OPERATOR(pg_catalog.||)
          CASE WHEN a.api_key_id IS NULL THEN '[]'::pg_catalog.jsonb
          ELSE pg_catalog.jsonb_build_array(a.api_key_id) END OPERATOR(pg_catalog.||)
          CASE WHEN a.request_id IS NULL THEN '[]'::pg_catalog.jsonb
          ELSE pg_catalog.jsonb_build_array(pg_catalog.jsonb_build_object('request',
          a.request_id)) END)::text AS row_text
          FROM public.audit_chain c LEFT JOIN public.audit_logs a ON a.id = c.audit_id
          WHERE c.chain = ? ORDER BY c.seq""";

  private static final String UNSEALED =
      """
      SELECT count(*) FROM public.audit_unsealed u JOIN public.audit_logs a ON a.id = u.audit_id
          WHERE a.client_id IS NOT DISTINCT FROM ?""";

  private static final String ORPHANS =
      """
      SELECT count(*) FROM public.audit_logs a WHERE a.client_id IS NOT DISTINCT FROM ?
          AND NOT EXISTS (SELECT 1 FROM public.audit_chain c WHERE c.audit_id = a.id)
          AND NOT EXISTS (SELECT 1 FROM public.audit_unsealed u WHERE u.audit_id = a.id)""";

  /** The last position sealed before the given time: the signer should have signed it by now. */
  private static final String EXPECTED_SIGNED =
      """
      SELECT pg_catalog.max(c.seq) FROM public.audit_chain c
          WHERE c.chain OPERATOR(pg_catalog.=) ? AND c.sealed_at OPERATOR(pg_catalog.<) ?""";

  /**
   * How long after sealing a chain's head must be signed: the signer signs every few seconds, and
   * may be restarted within this time without the chain failing the check.
   */
  static final Duration SIGNING_GRACE = Duration.ofMinutes(2);

  private final Connection connection;
  private final PublicKey key;
  private final CheckpointStore checkpoints;

  /**
   * @param connection a role that reads every client's audit rows (the owner, or a superuser)
   * @param key the public half of the key that signs checkpoints
   */
  public ChainVerifier(Connection connection, PublicKey key, CheckpointStore checkpoints) {
    this.connection = connection;
    this.key = key;
    this.checkpoints = checkpoints;
  }

  /** What the check found; a problem names the first position that does not hold. */
  public record Report(
      long checked,
      long unsealed,
      long orphans,
      int checkpoints,
      Long badSeq,
      UUID badAuditId,
      String problem) {

    public boolean intact() {
      return problem == null && orphans == 0;
    }
  }

  /** The client's chain; null for the chain of events of no client. */
  public Report verify(UUID client) throws SQLException {
    UUID chain = client == null ? NO_CLIENT : client;
    List<Checkpoint> signed = checkpoints.all(chain);
    long unsealed = count(UNSEALED, client);
    long orphans = count(ORPHANS, client);
    for (Checkpoint checkpoint : signed) {
      if (!checkpoint.isSignedBy(key)) {
        return new Report(
            0,
            unsealed,
            orphans,
            signed.size(),
            checkpoint.seq(),
            null,
            "the checkpoint signed for this position does not carry the agency's signature");
      }
    }
    Walk walk = new Walk(signed);
    try (PreparedStatement links = connection.prepareStatement(LINKS)) {
      // Streamed when the caller holds a transaction open; a busy client's chain has millions.
      links.setFetchSize(10_000);
      links.setObject(1, chain);
      try (ResultSet link = links.executeQuery()) {
        while (walk.problem == null && link.next()) {
          walk.step(
              link.getLong("seq"),
              link.getObject("audit_id", UUID.class),
              link.getString("hash"),
              link.getString("row_text"));
        }
      }
    }
    walk.end();
    if (walk.problem == null) {
      unsignedEnd(chain, signed, walk);
    }
    return new Report(
        walk.checked, unsealed, orphans, signed.size(), walk.badSeq, walk.badAuditId, walk.problem);
  }

  /** The chain, link after link, from its start. */
  private static final class Walk {

    private final List<Checkpoint> signed;
    private int nextCheckpoint;
    private long matchedUpTo;
    private String prev = "";
    private long checked;
    private Long badSeq;
    private UUID badAuditId;
    private String problem;

    Walk(List<Checkpoint> signed) {
      this.signed = signed;
    }

    void step(long seq, UUID auditId, String storedHash, String rowText) {
      String problemHere;
      String hash = rowText == null ? null : Sha256.hex(prev + rowText);
      if (seq != checked + 1) {
        problemHere = "a link of the chain is missing before it";
      } else if (rowText == null) {
        problemHere = "the audit row is gone";
      } else if (!hash.equals(storedHash)) {
        problemHere = "the audit row was changed after it was sealed";
      } else {
        problemHere = againstCheckpoints(seq, hash);
      }
      if (problemHere != null) {
        problem = problemHere;
        badSeq = seq;
        badAuditId = auditId;
        return;
      }
      prev = hash;
      checked = seq;
    }

    private String againstCheckpoints(long seq, String hash) {
      while (nextCheckpoint < signed.size() && signed.get(nextCheckpoint).seq() == seq) {
        Checkpoint checkpoint = signed.get(nextCheckpoint++);
        if (!checkpoint.hash().equals(hash)) {
          return "the chain was rewritten and rehashed: it no longer reaches the hash signed at "
              + checkpoint.sealedAt()
              + "; the change lies after position "
              + matchedUpTo;
        }
        matchedUpTo = seq;
      }
      return null;
    }

    void end() {
      if (problem == null && nextCheckpoint < signed.size()) {
        Checkpoint last = signed.get(signed.size() - 1);
        problem =
            "the chain ends at position "
                + checked
                + " but was signed at position "
                + last.seq()
                + " at "
                + last.sealedAt()
                + ": rows were deleted from its end";
        badSeq = checked + 1;
      }
    }
  }

  /**
   * Rows sealed long enough ago must lie under a checkpoint: a chain whose checkpoint file is gone,
   * or whose signer was stopped, would otherwise hold against nothing and pass.
   */
  private void unsignedEnd(UUID chain, List<Checkpoint> signed, Walk walk) throws SQLException {
    long lastSigned = signed.isEmpty() ? 0 : signed.get(signed.size() - 1).seq();
    try (PreparedStatement statement = connection.prepareStatement(EXPECTED_SIGNED)) {
      statement.setObject(1, chain);
      statement.setTimestamp(2, Timestamp.from(Instant.now().minus(SIGNING_GRACE)));
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        long expected = result.getLong(1);
        if (expected > lastSigned) {
          walk.problem =
              "rows up to position "
                  + expected
                  + " were sealed over "
                  + SIGNING_GRACE.toMinutes()
                  + " minutes ago but no checkpoint signs them: the signer is stopped, or"
                  + " checkpoints were removed";
          walk.badSeq = lastSigned + 1;
        }
      }
    }
  }

  private long count(String sql, UUID client) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setObject(1, client);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }
}
