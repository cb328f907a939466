package com.propaganda.dashboard.audittrail;

import com.propaganda.dashboard.platform.Settings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * src/scripts/verify-audit-chain.sh: checks the chain of the client with the given workspace with
 * {@link ChainVerifier}, as the owner role, from outside the server; exit status 0 when intact, 1
 * when not, 2 when there is no such client. Left out of the WAR: no server runs it.
 */
public final class VerifyAuditChain {

  private VerifyAuditChain() {}

  public static void main(String[] args) throws Exception {
    String workspace = args[0];
    try (Connection connection =
        DriverManager.getConnection(
            Settings.databaseUrl("propaganda-audit-verifier"),
            Settings.ownerRole(),
            Settings.ownerPassword())) {
      connection.setAutoCommit(false);
      connection.setReadOnly(true);
      UUID client = clientOf(connection, workspace);
      if (client == null) {
        System.err.println("No client has the workspace '" + workspace + "'.");
        System.exit(2);
      }
      ChainVerifier verifier =
          new ChainVerifier(
              connection,
              CheckpointKeys.verifyKey(Settings.auditVerifyKey()),
              CheckpointStore.configured());
      ChainVerifier.Report report = verifier.verify(client);
      System.out.println(describe(workspace, report));
      System.exit(report.intact() ? 0 : 1);
    }
  }

  private static UUID clientOf(Connection connection, String workspace) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT id FROM public.clients WHERE workspace = ?")) {
      statement.setString(1, workspace);
      try (ResultSet result = statement.executeQuery()) {
        return result.next() ? result.getObject(1, UUID.class) : null;
      }
    }
  }

  static String describe(String workspace, ChainVerifier.Report report) {
    String outside =
        report.checkpoints()
            + " signed checkpoints, "
            + report.orphans()
            + " rows in neither the chain nor the queue";
    if (report.problem() != null) {
      return "Audit chain of "
          + workspace
          + ": position "
          + report.badSeq()
          + (report.badAuditId() == null ? "" : " (audit id " + report.badAuditId() + ")")
          + " does not hold: "
          + report.problem()
          + ". The "
          + report.checked()
          + " rows before it are intact; "
          + outside
          + ".";
    }
    return "Audit chain of "
        + workspace
        + ": "
        + report.checked()
        + " rows intact ("
        + report.unsealed()
        + " not sealed yet); "
        + outside
        + ".";
  }
}
