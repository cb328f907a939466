package com.propaganda.dashboard.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Writes access events through record_audit() (V9), which also queues them for sealing. */
@Stateless
@PermitAll
public class AuditRecorder {

  private static final String RECORD =
      "SELECT record_audit(?, ?, ?, ?, ?, 'SELECT', NULL, ?::jsonb, NULL, ?, ?)";

  @Resource(lookup = "jdbc/propaganda")
  private DataSource dataSource;

  /** In the caller's transaction: the event is kept only if the work around it commits. */
  public void record(AuditEvent event) {
    write(event);
  }

  /** In a transaction of its own: kept even when the caller's work rolls back. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordAlone(AuditEvent event) {
    write(event);
  }

  private void write(AuditEvent event) {
    Actor actor = event.actor();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(RECORD)) {
      statement.setObject(1, event.clientId());
      statement.setObject(2, actor.userId());
      statement.setObject(3, actor.operatorId());
      statement.setString(4, event.table());
      statement.setObject(5, event.recordId());
      statement.setString(6, event.details().toString());
      statement.setString(7, actor.ip());
      statement.setString(8, actor.userAgent());
      statement.execute();
    } catch (SQLException e) {
      throw new IllegalStateException("Recording an audit event failed", e);
    }
  }
}
