package com.propaganda.dashboard.audittrail;

import com.propaganda.dashboard.platform.Settings;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Signs the heads of the audit chains, as a process of its own (src/scripts/signer-lib.sh), under
 * an operating system user of its own that alone reads the signing key and writes the checkpoint
 * files. It reads the heads from the database itself, through a role that may call nothing but
 * audit_chain_heads_since(): the application servers take no part, so a compromised server can
 * neither sign a head of its making nor rewrite a checkpoint. A head is appended only past the last
 * position signed for its chain, so a checkpoint file only grows.
 */
public final class CheckpointSigner {

  private static final Logger LOG = Logger.getLogger(CheckpointSigner.class.getName());

  /** How often the signer looks for chains that grew; the sealing runs every five seconds. */
  static final Duration EVERY = Duration.ofSeconds(5);

  private final PrivateKey key;
  private final CheckpointStore store;
  private final Map<UUID, Long> signedUpTo = new HashMap<>();
  private Instant since;

  public CheckpointSigner(PrivateKey key, CheckpointStore store, Instant since) {
    this.key = key;
    this.store = store;
    this.since = since;
  }

  /**
   * Signs the head of every chain sealed further since the last run and appends it.
   *
   * @return how many checkpoints were appended
   */
  public int signNewHeads(Connection connection) throws SQLException, IOException {
    List<Checkpoint> heads = heads(connection);
    int appended = 0;
    for (Checkpoint head : heads) {
      long signed = signedUpTo.computeIfAbsent(head.chain(), this::lastSigned);
      if (head.seq() > signed) {
        try {
          store.append(head.signedWith(key));
        } catch (GeneralSecurityException unusableKey) {
          throw new IOException("The signing key cannot sign", unusableKey);
        }
        signedUpTo.put(head.chain(), head.seq());
        appended++;
      }
    }
    // Moves on only once every head is written: a failed write is made good by the next run.
    heads.stream().map(Checkpoint::sealedAt).max(Instant::compareTo).ifPresent(t -> since = t);
    return appended;
  }

  private long lastSigned(UUID chain) {
    return store.latest(chain).map(Checkpoint::seq).orElse(0L);
  }

  private List<Checkpoint> heads(Connection connection) throws SQLException {
    List<Checkpoint> heads = new ArrayList<>();
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT * FROM audit_chain_heads_since(?)")) {
      statement.setTimestamp(1, Timestamp.from(since));
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

  /**
   * Runs until stopped: every {@link #EVERY}, as the signer role (DB_SIGNER_USER), with the key at
   * AUDIT_SIGNING_KEY, into AUDIT_CHECKPOINT_DIR.
   */
  public static void main(String[] args) throws Exception {
    CheckpointSigner signer =
        new CheckpointSigner(
            CheckpointKeys.signingKey(Settings.auditSigningKey()),
            CheckpointStore.configured(),
            // At start every chain's head: whatever was sealed while no signer ran gets signed.
            Instant.EPOCH);
    LOG.info(() -> "Signing audit checkpoints of " + Settings.databaseName());
    while (!Thread.currentThread().isInterrupted()) {
      try (Connection connection =
          DriverManager.getConnection(
              Settings.databaseUrl("propaganda-audit-signer"),
              Settings.signerRole(),
              Settings.signerPassword())) {
        while (true) {
          signer.signNewHeads(connection);
          Thread.sleep(EVERY.toMillis());
        }
      } catch (SQLException | IOException failed) {
        LOG.log(Level.WARNING, "Signing checkpoints failed; trying again", failed);
        Thread.sleep(EVERY.toMillis());
      }
    }
  }
}
