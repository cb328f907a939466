package com.propaganda.dashboard.testsupport;

import com.propaganda.dashboard.identity.Role;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Writes and reads fixture rows with plain SQL, beside the code under test, so a test sets up a
 * tenant without trusting the mappings it checks. It connects as the schema owner, who bypasses
 * row-level security, the way the demo and migration scripts do.
 */
@Stateless
public class TestData {

  private final DataSource dataSource = OwnerDatabase.dataSource();

  /** A client with a workspace nobody else uses. */
  public UUID client(String name, boolean active) {
    UUID id = UUID.randomUUID();
    String workspace = "t-" + id.toString().substring(0, 8);
    update(
        "INSERT INTO clients (id, name, email, workspace, is_active) VALUES (?, ?, ?, ?, ?)",
        id,
        name,
        workspace + "@clients.example",
        workspace,
        active);
    return id;
  }

  public String workspaceOf(UUID clientId) {
    return text("SELECT workspace FROM clients WHERE id = ?", clientId);
  }

  /** The prospect of a call as stored, or null when the call is gone. */
  public String prospectNameOf(UUID callId) {
    return text("SELECT prospect_name FROM calls WHERE id = ?", callId);
  }

  /** The first column of the first row, or null without a row. */
  public String text(String sql, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = prepare(connection, sql, parameters);
        ResultSet result = statement.executeQuery()) {
      return result.next() ? result.getString(1) : null;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first column of every row. */
  public List<String> texts(String sql, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = prepare(connection, sql, parameters);
        ResultSet result = statement.executeQuery()) {
      List<String> texts = new ArrayList<>();
      while (result.next()) {
        texts.add(result.getString(1));
      }
      return texts;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public UUID user(UUID clientId, String email, Role role, String passwordHash, boolean active) {
    UUID id = UUID.randomUUID();
    update(
        "INSERT INTO users (id, client_id, email, password_hash, name, role, is_active)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
        id,
        clientId,
        email,
        passwordHash,
        "User " + email,
        role.code(),
        active);
    return id;
  }

  public UUID lossReason(UUID clientId, String name) {
    UUID id = UUID.randomUUID();
    update("INSERT INTO loss_reasons (id, client_id, name) VALUES (?, ?, ?)", id, clientId, name);
    return id;
  }

  public void deactivateLossReason(UUID id) {
    update("UPDATE loss_reasons SET is_active = false WHERE id = ?", id);
  }

  /** A completed, lost call; the ids are not checked against the client on purpose. */
  public UUID call(UUID clientId, UUID userId, UUID lossReasonId, String prospectName) {
    UUID id = UUID.randomUUID();
    update(
        "INSERT INTO calls (id, client_id, user_id, prospect_name, call_type, status, outcome,"
            + " loss_reason_id, scheduled_at) VALUES (?, ?, ?, ?, 'outbound', 'completed', 'lost',"
            + " ?, now())",
        id,
        clientId,
        userId,
        prospectName,
        lossReasonId);
    return id;
  }

  /** Changes rows behind the application's back, as an administrator with psql would. */
  public void execute(String sql, Object... parameters) {
    update(sql, parameters);
  }

  private void update(String sql, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = prepare(connection, sql, parameters)) {
      // execute(), not executeUpdate(): a statement may also be a SELECT of a function.
      statement.execute();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
    return statement;
  }
}
