package com.propaganda.dashboard.audittrail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.propaganda.dashboard.agency.ClientAdminService;
import com.propaganda.dashboard.auditviewer.AuditEntry;
import com.propaganda.dashboard.auditviewer.AuditFilter;
import com.propaganda.dashboard.auditviewer.AuditLogService;
import com.propaganda.dashboard.calls.CallFilter;
import com.propaganda.dashboard.calls.CallOrder;
import com.propaganda.dashboard.calls.CallService;
import com.propaganda.dashboard.errors.NotFoundException;
import com.propaganda.dashboard.identity.Role;
import com.propaganda.dashboard.lossreasons.LossReasonService;
import com.propaganda.dashboard.security.SetPasswordService;
import com.propaganda.dashboard.testsupport.MailDrop;
import com.propaganda.dashboard.testsupport.SignInAs;
import com.propaganda.dashboard.testsupport.Tenant;
import com.propaganda.dashboard.testsupport.TestData;
import com.propaganda.dashboard.users.NewMember;
import com.propaganda.dashboard.users.PasswordLinks;
import com.propaganda.dashboard.users.TeamService;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the audit log records, what it refuses, and how the chain shows a forged row. */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

  private static final String ROW =
      "SELECT user_id || '|' || coalesce(operator_id::text, '') || '|' || action || '|'"
          + " || coalesce(old_values ->> 'name', '') || '|' || coalesce(new_values ->> 'name', '')"
          + " || '|' || coalesce(array_to_string(changed_fields, ','), '') || '|' || host(ip_address)"
          + " || '|' || coalesce(user_agent, '') FROM audit_logs WHERE client_id = ?"
          + " AND record_id = ? AND action = ?";

  @EJB private TestData data;

  @EJB private LossReasonService lossReasons;

  @EJB private TeamService team;

  @EJB private CallService calls;

  @EJB private AuditLogService auditLog;

  @EJB private ClientAdminService clientAdmin;

  @EJB private SetPasswordService setPassword;

  @Inject private SignInAs signIn;

  @Inject private HttpServletRequest request;

  @Resource private UserTransaction transaction;

  @Resource(lookup = "jdbc/propaganda")
  private DataSource application;

  private Tenant tenant;
  private String origin;

  @BeforeEach
  void aTenant() {
    tenant = Tenant.create(data, "Audited Co");
    origin = request.getRemoteAddr() + "|" + String.valueOf(request.getHeader("User-Agent"));
  }

  @Test
  void eachChangeWritesOneRowWithValuesActorAddressAndAgent() {
    tenant.signInAs(signIn, Role.ADMIN);
    UUID reason = lossReasons.create("Timing", "Not now");
    lossReasons.update(reason, "Bad timing", "Not now");
    lossReasons.delete(reason);

    String admin = tenant.admin() + "||";
    assertEquals(admin + "INSERT||Timing||" + origin, row(reason, "INSERT"));
    assertEquals(admin + "UPDATE|Timing|Bad timing|name|" + origin, row(reason, "UPDATE"));
    assertEquals(admin + "DELETE|Bad timing|||" + origin, row(reason, "DELETE"));
    assertEquals("3", count("client_id = ? AND record_id = ?", tenant.id(), reason));
  }

  @Test
  void passwordsNeverReachTheLog() {
    tenant.signInAs(signIn, Role.ADMIN);
    UUID member = team.create(new NewMember("New Rep", "new.rep@tenant.example", Role.SALES));
    String token =
        MailDrop.linkToken(MailDrop.latestTo("new.rep@tenant.example", tenant.workspace()));
    setPassword.setPassword(token, "a long passphrase 42", "a long passphrase 42");

    assertEquals(
        "0",
        count(
            "record_id = ? AND coalesce(old_values::text, '') || coalesce(new_values::text, '')"
                + " LIKE '%password_hash%'",
            member));
    // Which fields changed is recorded, never the hash itself, nor the link's token hash.
    assertEquals(
        "0",
        count(
            "coalesce(old_values::text, '') || coalesce(new_values::text, '') LIKE ?",
            "%" + PasswordLinks.tokenHash(token) + "%"));
    assertEquals(
        "password_changed_at,password_hash",
        data.text(
            "SELECT array_to_string(changed_fields, ',') FROM audit_logs WHERE record_id = ?"
                + " AND action = 'UPDATE'",
            member));
  }

  @Test
  void aChangeThatRollsBackLeavesNoRow() throws Exception {
    tenant.signInAs(signIn, Role.ADMIN);
    transaction.begin();
    UUID reason = lossReasons.create("Short-lived", null);
    transaction.rollback();

    assertEquals("0", count("record_id = ?", reason));
  }

  @Test
  void aCrossClientAttemptIsRefusedAndRecordedOnce() {
    Tenant other = Tenant.create(data, "Other Audited Co");
    UUID theirs = data.call(other.id(), other.rep(), null, "Not yours");
    tenant.signInAs(signIn, Role.CEO);

    assertThrows(NotFoundException.class, () -> calls.draftOf(theirs));

    assertEquals(
        tenant.ceo() + "|calls|denied|CallService.draftOf",
        data.text(
            "SELECT user_id || '|' || table_name || '|' || (new_values ->> 'event') || '|'"
                + " || (new_values ->> 'method') FROM audit_logs WHERE client_id = ?"
                + " AND record_id = ?",
            tenant.id(),
            theirs));
    assertEquals("0", count("client_id = ? AND action = 'SELECT'", other.id()));
  }

  @Test
  void openingACallAndExportingAListAreRecorded() {
    UUID call = data.call(tenant.id(), tenant.rep(), null, "Looked at");
    tenant.signInAs(signIn, Role.ADMIN);
    calls.draftOf(call);
    calls.export(new CallFilter(), CallOrder.NEWEST_FIRST, "csv", row -> {});

    assertEquals(
        "open",
        data.text(
            "SELECT new_values ->> 'event' FROM audit_logs WHERE record_id = ? AND action = 'SELECT'",
            call));
    assertEquals(
        "csv|1",
        data.text(
            "SELECT (new_values ->> 'format') || '|' || (new_values ->> 'rows') FROM audit_logs"
                + " WHERE client_id = ? AND new_values ->> 'event' = 'export'",
            tenant.id()));
  }

  @Test
  void signingInIsRecorded() {
    tenant.signInAs(signIn, Role.SALES);
    assertEquals(
        "sign-in",
        data.text(
            "SELECT new_values ->> 'event' FROM audit_logs WHERE client_id = ? AND record_id = ?"
                + " AND action = 'SELECT'",
            tenant.id(),
            tenant.rep()));
  }

  @Test
  void operatorChangesNameTheOperatorAndTheClient() {
    signIn.user("agency", "ops@agency.example", "Demo-Propaganda-2026");
    clientAdmin.setActive(tenant.id(), false);

    assertEquals(
        "is_active",
        data.text(
            "SELECT array_to_string(changed_fields, ',') FROM audit_logs WHERE client_id = ?"
                + " AND table_name = 'clients' AND action = 'UPDATE' AND operator_id IS NOT NULL"
                + " AND user_id IS NULL",
            tenant.id()));
  }

  @Test
  void onlyTheCeoReadsTheLogAndOnlyTheirOwnClients() {
    Tenant other = Tenant.create(data, "Neighbour Audited Co");
    UUID theirReason = data.lossReason(other.id(), "Theirs");
    tenant.signInAs(signIn, Role.CEO);

    List<AuditEntry> page = auditLog.page(new AuditFilter(), null, 200);

    assertFalse(page.isEmpty());
    assertTrue(page.stream().noneMatch(e -> e.recordId().equals(theirReason)));
    assertEquals(
        "view",
        data.text(
            "SELECT new_values ->> 'event' FROM audit_logs WHERE client_id = ?"
                + " AND table_name = 'audit_logs'",
            tenant.id()));
  }

  @Test
  void salesAndAdminCannotOpenTheLog() {
    tenant.signInAs(signIn, Role.ADMIN);
    assertThrows(EJBAccessException.class, () -> auditLog.page(new AuditFilter(), null, 10));
  }

  @Test
  void theApplicationRoleCannotUpdateOrDeleteAuditRows() {
    for (String sql : List.of("UPDATE audit_logs SET user_agent = 'x'", "DELETE FROM audit_logs")) {
      SQLException denied = assertThrows(SQLException.class, () -> execute(sql));
      assertEquals("42501", denied.getSQLState(), sql);
      assertTrue(denied.getMessage().contains("permission denied"), denied.getMessage());
    }
  }

  @Test
  void theVerifierNamesARowAlteredByHand() {
    UUID reason = data.lossReason(tenant.id(), "Sealed");
    data.execute("UPDATE loss_reasons SET name = 'Sealed twice' WHERE id = ?", reason);
    sealTenantsRows();
    assertEquals("|", verdict());
    String forged =
        data.text("SELECT id FROM audit_logs WHERE record_id = ? AND action = 'INSERT'", reason);

    data.execute("ALTER TABLE audit_logs DISABLE TRIGGER audit_logs_append_only");
    try {
      // The owner is the only role that can even try; the trigger is off for this one change.
      data.execute(
          "UPDATE audit_logs SET new_values = jsonb_set(new_values, '{name}', '\"Forged\"')"
              + " WHERE id = ?::uuid",
          forged);
    } finally {
      data.execute("ALTER TABLE audit_logs ENABLE TRIGGER audit_logs_append_only");
    }

    assertEquals(forged + "|the audit row was changed after it was sealed", verdict());
  }

  /**
   * Seals until none of the tenant's rows waits: the server's sealing job may hold the one sealer's
   * lock at the moment, and a call that finds it held seals nothing.
   */
  private void sealTenantsRows() {
    for (int attempt = 0; attempt < 50 && !"0".equals(unsealed()); attempt++) {
      data.execute("SELECT seal_audit_logs()");
    }
    assertEquals("0", unsealed());
  }

  private String unsealed() {
    return data.text(
        "SELECT count(*) FROM audit_unsealed u JOIN audit_logs a ON a.id = u.audit_id"
            + " WHERE a.client_id = ?",
        tenant.id());
  }

  /** The first row of the tenant's chain that does not match, and why; "|" when none. */
  private String verdict() {
    return data.text(
        "SELECT coalesce(bad_audit_id::text, '') || '|' || coalesce(problem, '')"
            + " FROM verify_audit_chain(?)",
        tenant.id());
  }

  private String row(UUID record, String action) {
    return data.text(ROW, tenant.id(), record, action);
  }

  private String count(String where, Object... parameters) {
    return data.text("SELECT count(*) FROM audit_logs WHERE " + where, parameters);
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = application.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
