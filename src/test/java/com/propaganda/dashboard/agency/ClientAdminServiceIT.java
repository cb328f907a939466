package com.propaganda.dashboard.agency;

import static com.propaganda.dashboard.testsupport.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.propaganda.dashboard.calls.CallFilter;
import com.propaganda.dashboard.calls.CallService;
import com.propaganda.dashboard.errors.InvalidInputException;
import com.propaganda.dashboard.identity.Role;
import com.propaganda.dashboard.security.SetPasswordService;
import com.propaganda.dashboard.security.SignInService;
import com.propaganda.dashboard.security.WorkspaceCredential;
import com.propaganda.dashboard.testsupport.MailDrop;
import com.propaganda.dashboard.testsupport.SignInAs;
import com.propaganda.dashboard.testsupport.Tenant;
import com.propaganda.dashboard.testsupport.TestData;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Operators provision clients; tenant users cannot, and operators see no calls. */
@ExtendWith(ArquillianExtension.class)
class ClientAdminServiceIT {

  private static final String OPERATOR_PASSWORD = "Demo-Propaganda-2026";
  private static final String CEO_PASSWORD = "first ceo passphrase";

  @EJB private TestData data;

  @EJB private ClientAdminService clientAdmin;

  @EJB private CallService calls;

  @EJB private SignInService signInService;

  @EJB private SetPasswordService setPassword;

  @Inject private SignInAs signIn;

  @Test
  void anOperatorCreatesAClientWithItsFirstCeo() {
    signInAsOperator();
    String workspace = "c" + UUID.randomUUID().toString().substring(0, 8);
    UUID id = clientAdmin.create(client(workspace));

    ClientSummary created =
        clientAdmin.clients().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    assertEquals(1, created.users());
    assertEquals(0, created.calls());
    String ceo = "ceo@" + workspace + ".example";
    assertTrue(
        signInService.signIn(new WorkspaceCredential(workspace, ceo, "")).isEmpty(),
        "no password works before the ceo sets one");
    String token = MailDrop.linkToken(MailDrop.latestTo(ceo, workspace));
    setPassword.setPassword(token, CEO_PASSWORD, CEO_PASSWORD);
    assertTrue(
        signInService.signIn(new WorkspaceCredential(workspace, ceo, CEO_PASSWORD)).isPresent());
  }

  @Test
  void anOperatorMailsTheCeoANewLinkAndNeverLearnsItsPassword() {
    Tenant tenant = Tenant.create(data, "Forgetful Co");
    signInAsOperator();

    clientAdmin.sendCeoPasswordLinks(tenant.id());

    String token = MailDrop.linkToken(MailDrop.latestTo("ceo@tenant.example", tenant.workspace()));
    assertEquals("ceo@tenant.example", setPassword.account(token).orElseThrow().email());
    clientAdmin.setActive(tenant.id(), false);
    assertTrue(setPassword.account(token).isEmpty(), "a deactivated client's link opens nothing");
    assertRejected("active", () -> clientAdmin.sendCeoPasswordLinks(tenant.id()));
  }

  @Test
  void aRejectedClientSavesNothing() {
    signInAsOperator();
    long before = clientAdmin.clients().size();
    NewClient taken = client("acme");
    InvalidInputException rejected =
        assertThrows(InvalidInputException.class, () -> clientAdmin.create(taken));
    assertTrue(rejected.fieldMessages().containsKey("workspace"));
    assertThrows(InvalidInputException.class, () -> clientAdmin.create(client("agency")));
    NewClient noCeoEmail =
        new NewClient(
            "No ceo email",
            "weak-" + UUID.randomUUID().toString().substring(0, 6),
            "w@weak.example",
            null,
            null,
            "Ceo",
            "not an email");
    assertThrows(InvalidInputException.class, () -> clientAdmin.create(noCeoEmail));
    assertEquals(before, clientAdmin.clients().size());
  }

  @Test
  void aDeactivatedClientsUsersCannotSignIn() {
    Tenant tenant = Tenant.create(data, "Paused Co");
    signInAsOperator();
    clientAdmin.setActive(tenant.id(), false);
    assertTrue(
        signInService
            .signIn(
                new WorkspaceCredential(tenant.workspace(), "ceo@tenant.example", Tenant.PASSWORD))
            .isEmpty());
    clientAdmin.setActive(tenant.id(), true);
    assertTrue(
        signInService
            .signIn(
                new WorkspaceCredential(tenant.workspace(), "ceo@tenant.example", Tenant.PASSWORD))
            .isPresent());
  }

  @Test
  void anOperatorEditsContactsButSeesNoCalls() {
    Tenant tenant = Tenant.create(data, "Contact Co");
    signInAsOperator();
    clientAdmin.updateContact(
        tenant.id(),
        "Contact Co Ltd",
        "hello@contact.example",
        "+1 555 0000",
        "Main St 1",
        "Europe/Berlin");
    assertEquals("Contact Co Ltd", data.text("SELECT name FROM clients WHERE id = ?", tenant.id()));
    assertEquals(
        "Europe/Berlin", data.text("SELECT time_zone FROM clients WHERE id = ?", tenant.id()));
    assertThrows(EJBAccessException.class, () -> calls.count(new CallFilter()));
  }

  @Test
  void aCeoCannotProvisionClients() {
    Tenant tenant = Tenant.create(data, "Ambitious Co");
    tenant.signInAs(signIn, Role.CEO);
    assertThrows(EJBAccessException.class, () -> clientAdmin.clients());
    assertThrows(EJBAccessException.class, () -> clientAdmin.setActive(tenant.id(), false));
  }

  @Test
  void aDeactivatedOperatorsOpenSessionIsRefusedByTheService() {
    String email = "ops-" + UUID.randomUUID() + "@agency.example";
    data.execute(
        "INSERT INTO operators (email, password_hash, name) SELECT ?, password_hash, 'Gone Soon'"
            + " FROM operators WHERE email = 'ops@agency.example'",
        email);
    signIn.user("agency", email, OPERATOR_PASSWORD);
    clientAdmin.clients();
    data.execute("UPDATE operators SET is_active = false WHERE email = ?", email);

    assertThrows(EJBAccessException.class, () -> clientAdmin.clients());
    assertEquals(
        "clients|denied|ClientAdminService.clients|not allowed",
        data.text(
            "SELECT a.table_name || '|' || (a.new_values ->> 'event') || '|'"
                + " || (a.new_values ->> 'method') || '|' || (a.new_values ->> 'reason')"
                + " FROM audit_logs a JOIN operators o ON o.id = a.operator_id"
                + " WHERE o.email = ? AND a.new_values ->> 'event' = 'denied'",
            email));
  }

  private void signInAsOperator() {
    signIn.user("agency", "ops@agency.example", OPERATOR_PASSWORD);
  }

  private static NewClient client(String workspace) {
    return new NewClient(
        "Client " + workspace,
        workspace,
        "office@" + workspace + ".example",
        "+1 555 0101",
        "1 Test Road",
        "First Ceo",
        "ceo@" + workspace + ".example");
  }

  @Test
  void anOperatorResetsALostCeoAppAndTurnsPasswordsBackOn() {
    Tenant tenant = Tenant.create(data, "Lost Phone Co");
    data.execute(
        "INSERT INTO user_factors (id, client_id, totp_secret, confirmed_at)"
            + " SELECT id, client_id, 'v1:sealed elsewhere', now() FROM users WHERE id IN (?, ?)",
        tenant.ceo(),
        tenant.admin());
    data.execute("UPDATE clients SET sign_in_methods = 'sso' WHERE id = ?", tenant.id());
    signInAsOperator();

    clientAdmin.resetCeoSecondFactor(tenant.id());
    assertEquals("0", data.text("SELECT count(*) FROM user_factors WHERE id = ?", tenant.ceo()));
    assertEquals(
        "1",
        data.text("SELECT count(*) FROM user_factors WHERE id = ?", tenant.admin()),
        "a ceo's only");
    assertEquals(
        "t",
        data.text("SELECT sessions_ended_at IS NOT NULL FROM users WHERE id = ?", tenant.ceo()));
    assertEquals(
        "1",
        data.text(
            "SELECT count(*) FROM audit_logs WHERE client_id IS NULL AND record_id = ?"
                + " AND operator_id IS NOT NULL"
                + " AND new_values ->> 'event' = 'ceo''s second factor reset'",
            tenant.id()));
    InvalidInputException again =
        assertThrows(
            InvalidInputException.class, () -> clientAdmin.resetCeoSecondFactor(tenant.id()));
    assertEquals(
        "No ceo of this client has two-step sign-in to reset",
        again.fieldMessages().get("secondFactor"));

    clientAdmin.allowPasswords(tenant.id());
    assertEquals(
        "both", data.text("SELECT sign_in_methods FROM clients WHERE id = ?", tenant.id()));

    tenant.signInAs(signIn, Role.CEO);
    assertThrows(EJBAccessException.class, () -> clientAdmin.allowPasswords(tenant.id()));
  }
}
