package com.propaganda.dashboard.audit;

import com.propaganda.dashboard.platform.DatabaseException;
import com.propaganda.dashboard.platform.DatabaseMigration;
import com.propaganda.dashboard.platform.Settings;
import com.propaganda.dashboard.tenancy.CrossClientSql;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Seals newly committed audit rows into their client's hash chain every few seconds
 * (seal_audit_logs(), V9), a batch per transaction until none is left, then signs the head of every
 * chain that grew and appends it to the {@link CheckpointStore}. Writers only append to a queue, so
 * a busy client's writers never wait for the chain.
 */
@Singleton
@PermitAll
public class AuditSealing {

  private static final Logger LOG = Logger.getLogger(AuditSealing.class.getName());
  private static final int BATCH = 10_000;

  @Inject private CrossClientSql sql;

  private final CheckpointStore checkpoints = CheckpointStore.configured();

  private PrivateKey signingKey;

  /**
   * Chains that grew since this time still need a checkpoint; it moves on only once they have one,
   * so a failed write is made good by the next run. At start, what the last server may not have
   * signed before it stopped.
   */
  private Instant uncheckpointedSince = Instant.now().minus(Duration.ofMinutes(10));

  @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void seal() {
    if (!DatabaseMigration.isDone()) {
      return;
    }
    try {
      sql.inOneConnection("Sealing", AuditSealing::sealAll);
      checkpoint();
    } catch (DatabaseException e) {
      LOG.log(Level.WARNING, "Sealing the audit log failed; the next run tries again", e);
    } catch (IOException | GeneralSecurityException e) {
      LOG.log(
          Level.SEVERE,
          "Audit checkpoints cannot be signed or written (key "
              + Settings.auditSigningKey()
              + ", directory "
              + Settings.auditCheckpoints()
              + "); the next run tries again",
          e);
    }
  }

  /** Signs the head of every chain that grew and appends it to the store. */
  private void checkpoint() throws IOException, GeneralSecurityException {
    PrivateKey key = key();
    List<Checkpoint> heads = sql.inOneConnection("Checkpoints", this::heads);
    for (Checkpoint head : heads) {
      checkpoints.append(head.signedWith(key));
    }
    heads.stream()
        .map(Checkpoint::sealedAt)
        .max(Instant::compareTo)
        .ifPresent(latest -> uncheckpointedSince = latest);
  }

  /** Seals batch after batch until the queue is shorter than a batch. */
  private static Integer sealAll(Connection connection) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("SELECT seal_audit_logs(?)")) {
      statement.setInt(1, BATCH);
      int sealed;
      do {
        try (ResultSet result = statement.executeQuery()) {
          result.next();
          sealed = result.getInt(1);
        }
      } while (sealed == BATCH);
      return sealed;
    }
  }

  /** The heads of the chains that grew, not signed yet. */
  private List<Checkpoint> heads(Connection connection) throws SQLException {
    List<Checkpoint> heads = new ArrayList<>();
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT * FROM audit_chain_heads_since(?)")) {
      statement.setTimestamp(1, Timestamp.from(uncheckpointedSince));
      try (ResultSet head = statement.executeQuery()) {
        while (head.next()) {
          heads.add(
              new Checkpoint(
                  head.getObject("chain", UUID.class),
                  head.getLong("seq"),
                  head.getString("hash"),
                  head.getTimestamp("sealed_at").toInstant(),
                  null));
        }
      }
    }
    return heads;
  }

  private PrivateKey key() throws IOException, GeneralSecurityException {
    if (signingKey == null) {
      signingKey = CheckpointKeys.signingKey(Settings.auditSigningKey());
    }
    return signingKey;
  }
}
