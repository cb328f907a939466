package com.propaganda.dashboard.apikeys;

import static com.propaganda.dashboard.testsupport.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.propaganda.dashboard.errors.NotFoundException;
import com.propaganda.dashboard.identity.Role;
import com.propaganda.dashboard.platform.Sha256;
import com.propaganda.dashboard.testsupport.SignInAs;
import com.propaganda.dashboard.testsupport.Tenant;
import com.propaganda.dashboard.testsupport.TestData;
import com.propaganda.dashboard.users.SignInPolicy;
import com.propaganda.dashboard.users.SignInPolicyService;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Who makes which keys, what is kept of them, and revoking. */
@ExtendWith(ArquillianExtension.class)
class ApiKeyServiceIT {

  @EJB private TestData data;

  @EJB private ApiKeyService apiKeys;

  @EJB private SignInPolicyService policy;

  @Inject private SignInAs signIn;

  private Tenant tenant;

  @BeforeEach
  void aClient() {
    tenant = Tenant.create(data, "Keys Co");
  }

  @Test
  void theSecretIsShownOnceAndKeptOnlyAsItsHash() {
    tenant.signInAs(signIn, Role.CEO);
    CreatedApiKey created =
        apiKeys.create(
            new NewApiKey(
                "  Dialer ", EnumSet.of(ApiScope.CALLS_WRITE, ApiScope.AUDIT_READ), null, 120));

    assertTrue(created.secret().matches("pd_[A-Za-z0-9_-]{43}"), created.secret());
    assertEquals(
        "Dialer|"
            + created.secret().substring(0, 11)
            + "|calls:write,audit:read|120|"
            + Sha256.hex(created.secret()),
        data.text(
            "SELECT name || '|' || prefix || '|' || scopes || '|' || requests_per_minute || '|'"
                + " || secret_hash FROM api_keys WHERE id = ?",
            created.id()));
    assertEquals(
        "0",
        data.text(
            "SELECT count(*) FROM api_keys WHERE secret_hash = ? OR prefix = ? OR name = ?",
            created.secret(),
            created.secret(),
            created.secret()),
        "the secret itself is stored nowhere");
    assertEquals(
        "0",
        data.text(
            "SELECT count(*) FROM audit_logs WHERE record_id = ? AND new_values::text LIKE '%secret_hash%'",
            created.id()),
        "the audit log leaves the hash out");
    ApiKeyRow row = apiKeys.keys().get(0);
    assertEquals(List.of("calls:write", "audit:read"), row.scopes());
    assertEquals("active", row.state());
    assertEquals(data.text("SELECT name FROM users WHERE id = ?", tenant.ceo()), row.ownerName());
  }

  @Test
  void aKeyGetsNoScopeBeyondItsOwnersRole() {
    tenant.signInAs(signIn, Role.ADMIN);
    assertEquals(
        Set.of(
            ApiScope.CALLS_READ,
            ApiScope.CALLS_WRITE,
            ApiScope.LOSS_REASONS_WRITE,
            ApiScope.REPORTS_READ),
        Set.copyOf(apiKeys.grantableScopes()));
    assertRejected(
        "scopes",
        () -> apiKeys.create(new NewApiKey("Audit", EnumSet.of(ApiScope.AUDIT_READ), null, 600)));
    assertRejected(
        "scopes",
        () -> apiKeys.create(new NewApiKey("None", EnumSet.noneOf(ApiScope.class), null, 600)));
    assertRejected(
        "name",
        () -> apiKeys.create(new NewApiKey(" ", EnumSet.of(ApiScope.CALLS_READ), null, 600)));
    assertEquals("0", data.text("SELECT count(*) FROM api_keys WHERE client_id = ?", tenant.id()));
  }

  @Test
  void aKeyExpiresWithinTwoYearsAndIsLimitedSensibly() {
    tenant.signInAs(signIn, Role.CEO);
    EnumSet<ApiScope> read = EnumSet.of(ApiScope.CALLS_READ);
    OffsetDateTime now = OffsetDateTime.now();
    assertRejected(
        "expiresAt", () -> apiKeys.create(new NewApiKey("Late", read, now.plusYears(3), 600)));
    assertRejected(
        "expiresAt", () -> apiKeys.create(new NewApiKey("Past", read, now.minusDays(1), 600)));
    assertRejected("requestsPerMinute", () -> apiKeys.create(new NewApiKey("Zero", read, null, 0)));
    assertNotNull(apiKeys.create(new NewApiKey("Year", read, now.plusYears(1), 600)).id());
  }

  @Test
  void aManagerRevokesAnyKeyOfTheClientAndNoneOfAnother() {
    tenant.signInAs(signIn, Role.CEO);
    CreatedApiKey ceoKey =
        apiKeys.create(new NewApiKey("Ceo key", EnumSet.of(ApiScope.CALLS_READ), null, 600));
    Tenant other = Tenant.create(data, "Other Keys Co");
    other.signInAs(signIn, Role.CEO);
    CreatedApiKey foreign =
        apiKeys.create(new NewApiKey("Foreign", EnumSet.of(ApiScope.CALLS_READ), null, 600));

    tenant.signInAs(signIn, Role.ADMIN);
    assertThrows(NotFoundException.class, () -> apiKeys.revoke(foreign.id()));
    apiKeys.revoke(ceoKey.id());

    assertEquals("revoked", apiKeys.keys().get(0).state());
    assertEquals(
        "f", data.text("SELECT revoked_at IS NOT NULL FROM api_keys WHERE id = ?", foreign.id()));
    tenant.signInAs(signIn, Role.SALES);
    assertThrows(EJBAccessException.class, () -> apiKeys.keys());
  }

  @Test
  void aClientWithKeysTurnedOffHasNoKeyThatWorksAndMakesNone() {
    tenant.signInAs(signIn, Role.CEO);
    CreatedApiKey key =
        apiKeys.create(new NewApiKey("Dialer", EnumSet.of(ApiScope.CALLS_READ), null, 600));
    String callers = "SELECT count(*) FROM api_key_caller(?)";
    assertEquals("1", data.text(callers, Sha256.hex(key.secret())));

    SignInPolicy keysOn = policy.policy();
    policy.change(
        new SignInPolicy(
            keysOn.secondFactorRoles(), keysOn.sessionIdleMinutes(), keysOn.sessionHours(), false));
    assertEquals("0", data.text(callers, Sha256.hex(key.secret())));
    assertRejected(
        "name",
        () -> apiKeys.create(new NewApiKey("Another", EnumSet.of(ApiScope.CALLS_READ), null, 60)));

    policy.change(keysOn);
    assertEquals("1", data.text(callers, Sha256.hex(key.secret())));
  }
}
