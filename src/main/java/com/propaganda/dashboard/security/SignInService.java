package com.propaganda.dashboard.security;

import com.propaganda.dashboard.agency.Operator;
import com.propaganda.dashboard.agency.OperatorAccounts;
import com.propaganda.dashboard.audittrail.AuditRecorder;
import com.propaganda.dashboard.identity.Actor;
import com.propaganda.dashboard.identity.PrincipalNames;
import com.propaganda.dashboard.identity.RequestOrigin;
import com.propaganda.dashboard.monitoring.ApplicationMetrics;
import com.propaganda.dashboard.passwords.PasswordHasher;
import com.propaganda.dashboard.platform.JsonFactory;
import com.propaganda.dashboard.platform.Text;
import com.propaganda.dashboard.tenancy.ClientDirectory;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;

/**
 * Checks a workspace, email and password. Every failure looks the same to the caller and costs one
 * password hash, so an attacker learns neither which workspaces nor which emails exist.
 */
@Stateless
@PermitAll
// Each lookup runs in its own short transaction; the slow hash holds no connection.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SignInService {

  @EJB private ClientDirectory clients;

  /** Absent where the server has no MicroProfile Metrics (beans.xml). */
  @Inject private Instance<ApplicationMetrics> metrics;

  @EJB private SignInAccounts accounts;

  @EJB private OperatorAccounts operators;

  @EJB private SignInThrottle throttle;

  @EJB private AuditRecorder recorder;

  @Inject private RequestOrigin origin;

  @Inject private SignInGate gate;

  /**
   * Empty for every kind of failure, including an account that must wait after failures, and a
   * server with every hashing permit taken (then {@link RequestOrigin#isSignInBusy()} says so).
   */
  public Optional<SignedIn> signIn(WorkspaceCredential credential) {
    String workspace = credential.workspace();
    String email = credential.email();
    if (credential.exceedsLimits()) {
      recordFailure(workspace, email, "sign-in refused: input too long or not text");
      return Optional.empty();
    }
    if (!HashingPermits.acquire()) {
      origin.markSignInBusy();
      return Optional.empty();
    }
    try {
      return checkThrottled(credential);
    } finally {
      HashingPermits.release();
    }
  }

  private Optional<SignedIn> checkThrottled(WorkspaceCredential credential) {
    String workspace = credential.workspace();
    String email = credential.email();
    // Refused before any hash: a blocked account costs the server nothing.
    if (!throttle.reserve(workspace, email, origin.ip())) {
      recordFailure(workspace, email, "sign-in refused: too many failures");
      return Optional.empty();
    }
    Optional<SignedIn> signedIn = check(credential);
    if (signedIn.isPresent()) {
      throttle.succeeded(workspace, email, origin.ip());
      recorder.record(signedIn.get().signInEvent(origin));
    } else {
      recordFailure(workspace, email, "sign-in failed");
    }
    return signedIn;
  }

  /** A failed attempt, in the log of the client whose workspace was typed, if there is one. */
  private void recordFailure(String workspace, String email, String event) {
    gate.failed(origin.ip(), workspace, email);
    if (metrics.isResolvable()) {
      metrics.get().signInFailed();
    }
    recorder.recordFailedSignIn(
        Actor.anonymous(origin),
        Text.printable(workspace),
        JsonFactory.object()
            .add("event", event)
            .add(
                "workspace",
                Text.printable(Text.truncate(workspace, WorkspaceCredential.MAX_WORKSPACE)))
            .add("email", Text.printable(Text.truncate(email, WorkspaceCredential.MAX_EMAIL)))
            .build());
  }

  private Optional<SignedIn> check(WorkspaceCredential credential) {
    char[] password = credential.password().getValue();
    if (PrincipalNames.AGENCY_WORKSPACE.equals(credential.workspace())) {
      return signInOperator(credential.email(), password);
    }
    Optional<SignInAccount> account =
        clients
            .findActiveClientId(credential.workspace())
            .flatMap((UUID clientId) -> accounts.find(clientId, credential.email()));
    if (account.isEmpty()) {
      PasswordHasher.matchNothing(password);
      return Optional.empty();
    }
    SignInAccount found = account.get();
    if (!PasswordHasher.matches(password, found.passwordHash()) || !found.active()) {
      return Optional.empty();
    }
    accounts.recordSignIn(found.caller());
    return Optional.of(SignedIn.user(found.caller(), found.role()));
  }

  private Optional<SignedIn> signInOperator(String email, char[] password) {
    Optional<Operator> operator = operators.find(email);
    if (operator.isEmpty()) {
      PasswordHasher.matchNothing(password);
      return Optional.empty();
    }
    Operator found = operator.get();
    if (!PasswordHasher.matches(password, found.getPasswordHash()) || !found.isActive()) {
      return Optional.empty();
    }
    operators.recordSignIn(found.getId());
    return Optional.of(SignedIn.operator(found.getId()));
  }
}
