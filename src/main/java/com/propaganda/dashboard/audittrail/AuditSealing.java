package com.propaganda.dashboard.audittrail;

import com.propaganda.dashboard.database.DatabaseException;
import com.propaganda.dashboard.database.DatabaseMigration;
import com.propaganda.dashboard.tenancy.CrossClientSql;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Seals newly committed audit rows into their client's hash chain every few seconds
 * (seal_audit_logs(), V9), a batch per transaction until none is left. Writers only append to a
 * queue, so a busy client's writers never wait for the chain. The heads are signed by the
 * checkpoint signer, a process of its own (CheckpointSigner): this server holds no signing key.
 */
@Singleton
@PermitAll
public class AuditSealing {

  private static final Logger LOG = Logger.getLogger(AuditSealing.class.getName());
  private static final int BATCH = 10_000;

  @Inject private CrossClientSql sql;

  @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void seal() {
    if (!DatabaseMigration.isDone()) {
      return;
    }
    try {
      sql.inOneConnection("Sealing", AuditSealing::sealAll);
    } catch (DatabaseException e) {
      LOG.log(Level.WARNING, "Sealing the audit log failed; the next run tries again", e);
    }
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
}
