package com.propaganda.dashboard.security;

import com.propaganda.dashboard.agency.Operator;
import com.propaganda.dashboard.agency.OperatorAccounts;
import com.propaganda.dashboard.audittrail.AuditRecorder;
import com.propaganda.dashboard.factors.FactorUse;
import com.propaganda.dashboard.factors.SecondFactorCheck;
import com.propaganda.dashboard.identity.Actor;
import com.propaganda.dashboard.identity.PrincipalNames;
import com.propaganda.dashboard.identity.RequestOrigin;
import com.propaganda.dashboard.identity.Role;
import com.propaganda.dashboard.monitoring.ApplicationMetrics;
import com.propaganda.dashboard.passwords.PasswordHasher;
import com.propaganda.dashboard.platform.JsonFactory;
import com.propaganda.dashboard.platform.Text;
import com.propaganda.dashboard.security.SignedIn.StillDue;
import com.propaganda.dashboard.sso.SingleSignOnFlow;
import com.propaganda.dashboard.sso.SingleSignOnRefused;
import com.propaganda.dashboard.sso.VerifiedIdentity;
import com.propaganda.dashboard.tenancy.ClientDirectory;
import com.propaganda.dashboard.users.ProvidedAccounts;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

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

  @EJB private SecondFactorCheck secondFactor;

  @EJB private SingleSignOnFlow singleSignOn;

  @EJB private ProvidedAccounts providedAccounts;

  @Inject private RequestOrigin origin;

  @Inject private SignInGate gate;

  /**
   * Empty for every kind of failure, including an account that must wait after failures, and a
   * server with every hashing permit taken (then {@link RequestOrigin#isSignInBusy()} says so).
   * Only the throttle's reservation and the hashes hold a permit: colleagues signing in together
   * wait for each other's hashes, not for each other's lookups and audit records.
   */
  public Optional<SignedIn> signIn(WorkspaceCredential credential) {
    String workspace = credential.workspace();
    String email = credential.email();
    if (credential.exceedsLimits()) {
      recordFailure(workspace, email, "sign-in refused: input too long or not text");
      return Optional.empty();
    }
    Optional<Candidate> candidate = find(credential);
    if (!HashingPermits.acquire()) {
      origin.markSignInBusy();
      return Optional.empty();
    }
    Verdict verdict;
    try {
      verdict = checkThrottled(credential, candidate);
    } finally {
      HashingPermits.release();
    }
    if (verdict.outcome() == Outcome.THROTTLED) {
      recordFailure(workspace, email, "sign-in refused: too many failures");
      return Optional.empty();
    }
    if (verdict.outcome() == Outcome.WRONG) {
      recordFailure(workspace, email, "sign-in failed");
      return Optional.empty();
    }
    Candidate found = candidate.orElseThrow();
    found.recordSignIn().accept(verdict.strongerHash());
    throttle.succeeded(workspace, email, origin.ip());
    SignedIn signedIn = found.signedIn();
    if (secondFactor.isDue(signedIn.principalName())) {
      recorder.record(signedIn.event(origin, "sign-in: password right, second factor asked"));
      return Optional.of(signedIn.with(StillDue.SECOND_FACTOR));
    }
    recorder.record(signedIn.event(origin, "sign-in"));
    return Optional.of(
        found.secondFactorRequired() ? signedIn.with(StillDue.SECOND_FACTOR_SETUP) : signedIn);
  }

  /**
   * The second step of a sign-in whose password was right: a code from the account's authenticator
   * app, one of its recovery codes, or one of its passkeys, throttled with the account's passwords.
   */
  public Optional<SignedIn> secondStep(SecondFactorCredential credential) {
    PendingSignIn pending = credential.pending();
    String workspace = pending.workspace();
    String email = pending.email();
    if (!throttle.reserve(workspace, email, origin.ip())) {
      recordFailure(workspace, email, "sign-in refused: too many failures");
      return Optional.empty();
    }
    String principal = pending.signedIn().principalName();
    FactorUse use =
        credential.isPasskey()
            ? secondFactor.usePasskey(
                principal, credential.passkey(), credential.site(), credential.challenge())
            : secondFactor.use(principal, credential.code());
    if (use == FactorUse.WRONG) {
      recordFailure(
          workspace,
          email,
          credential.isPasskey()
              ? "sign-in failed: passkey refused"
              : "sign-in failed: wrong second-factor code");
      return Optional.empty();
    }
    throttle.succeeded(workspace, email, origin.ip());
    String event =
        switch (use) {
          case RECOVERY_CODE -> "sign-in with a recovery code";
          case PASSKEY -> "sign-in with a passkey";
          default -> "sign-in";
        };
    recorder.record(pending.signedIn().event(origin, event));
    return Optional.of(pending.signedIn().with(StillDue.NOTHING));
  }

  /**
   * A sign-in through the workspace's own provider: the checked ID token's email names the user, in
   * that workspace only; a deactivated user stays out whatever the provider says. The provider's
   * own second factor stands for ours.
   */
  public Optional<SignedIn> singleSignOn(AuthorizationCodeCredential credential) {
    VerifiedIdentity identity;
    try {
      identity =
          singleSignOn.finish(credential.pending(), credential.code(), credential.callback());
    } catch (SingleSignOnRefused refused) {
      return refuse(credential, "", refused.getMessage());
    }
    String email = identity.email();
    Optional<SignInAccount> account = accounts.find(identity.clientId(), email);
    if (account.isEmpty() && identity.createsSalesUsers()) {
      account =
          Optional.of(
              new SignInAccount(
                  providedAccounts.createSalesUser(identity.clientId(), email, identity.name()),
                  Role.SALES,
                  PasswordHasher.NO_PASSWORD,
                  true,
                  false,
                  false));
    }
    if (account.isEmpty()) {
      return refuse(
          credential,
          email,
          "Nobody with the email "
              + email
              + " may sign in to this workspace. Ask your ceo or admin to add you.");
    }
    SignInAccount found = account.get();
    if (!found.active()) {
      return refuse(credential, email, "Your account in this workspace is deactivated.");
    }
    Role role =
        identity
            .mappedRole()
            .map(mapped -> providedAccounts.takeRole(found.caller(), mapped))
            .orElse(found.role());
    accounts.recordSignIn(found.caller(), Optional.empty());
    SignedIn signedIn = SignedIn.user(found.caller(), role);
    recorder.record(signedIn.event(origin, "sign-in through single sign-on"));
    identity.signOut().ifPresent(credential::signOutAt);
    return Optional.of(signedIn);
  }

  /** A sign-in through a provider that ended before the token: in the workspace's audit log. */
  public void singleSignOnFailed(String workspace, String why) {
    recordFailure(workspace, "", "single sign-on refused: " + why);
  }

  private Optional<SignedIn> refuse(
      AuthorizationCodeCredential credential, String email, String why) {
    credential.refused(why);
    recordFailure(credential.pending().workspace(), email, "single sign-on refused: " + why);
    return Optional.empty();
  }

  private Verdict checkThrottled(WorkspaceCredential credential, Optional<Candidate> candidate) {
    // Refused before any hash: a blocked account costs the server nothing.
    if (!throttle.reserve(credential.workspace(), credential.email(), origin.ip())) {
      return Verdict.THROTTLED;
    }
    char[] password = credential.password().getValue();
    if (candidate.isEmpty()) {
      PasswordHasher.matchNothing(password);
      return Verdict.WRONG;
    }
    Candidate found = candidate.get();
    if (!PasswordHasher.matches(password, found.passwordHash())
        || !found.active()
        || !found.passwordsAllowed()) {
      return Verdict.WRONG;
    }
    return Verdict.right(PasswordHasher.stronger(password, found.passwordHash()));
  }

  /** The account the workspace and email name, whatever its password and state. */
  private Optional<Candidate> find(WorkspaceCredential credential) {
    if (PrincipalNames.AGENCY_WORKSPACE.equals(credential.workspace())) {
      return operators
          .find(credential.email())
          .map(
              (Operator operator) ->
                  new Candidate(
                      SignedIn.operator(operator.getId()),
                      operator.getPasswordHash(),
                      operator.isActive(),
                      // Every operator must use a second factor: they reach every client.
                      true,
                      true,
                      stronger -> operators.recordSignIn(operator.getId(), stronger)));
    }
    return clients
        .findActiveClientId(credential.workspace())
        .flatMap((UUID clientId) -> accounts.find(clientId, credential.email()))
        .map(
            (SignInAccount account) ->
                new Candidate(
                    SignedIn.user(account.caller(), account.role()),
                    account.passwordHash(),
                    account.active(),
                    account.secondFactorRequired(),
                    account.passwordsAllowed(),
                    stronger -> accounts.recordSignIn(account.caller(), stronger)));
  }

  /**
   * An account before its password is checked, whether its client requires it to use a second
   * factor and allows passwords at all, and how its successful sign-in is recorded.
   */
  private record Candidate(
      SignedIn signedIn,
      String passwordHash,
      boolean active,
      boolean secondFactorRequired,
      boolean passwordsAllowed,
      Consumer<Optional<String>> recordSignIn) {}

  /** What the check under a hashing permit found; a right password may bring a stronger hash. */
  private record Verdict(Outcome outcome, Optional<String> strongerHash) {
    static final Verdict THROTTLED = new Verdict(Outcome.THROTTLED, Optional.empty());
    static final Verdict WRONG = new Verdict(Outcome.WRONG, Optional.empty());

    static Verdict right(Optional<String> strongerHash) {
      return new Verdict(Outcome.RIGHT, strongerHash);
    }
  }

  private enum Outcome {
    THROTTLED,
    WRONG,
    RIGHT
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
}
