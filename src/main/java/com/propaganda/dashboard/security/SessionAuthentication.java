package com.propaganda.dashboard.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * The application's one authentication mechanism (Jakarta Security allows one): API requests carry
 * a key ({@link ApiAuthentication}); for everything else, form sign-in kept in the session. The
 * login page hands a credential to {@code SecurityContext.authenticate}; after that, every request
 * hands the container the caller's name and groups from the session itself. Payara's built-in form
 * mechanism restores the caller through its auto-applied session, which under concurrent sign-ins
 * sometimes lost the groups and answered 403 to a signed-in user (payara/Payara#6145, reproduced
 * here with five parallel sign-ins).
 */
@ApplicationScoped
public class SessionAuthentication implements HttpAuthenticationMechanism {

  private static final String CALLER = SessionAuthentication.class.getName() + ".caller";

  private static final String PENDING = SessionAuthentication.class.getName() + ".pending";

  private static final String SIGNED_IN_AT = SessionAuthentication.class.getName() + ".signedInAt";

  private static final String SETUP_FIRST =
      SessionAuthentication.class.getName() + ".secondFactorSetupFirst";

  @Inject private IdentityStoreHandler identityStores;

  @Inject private ApiAuthentication apiKeys;

  /** Who is signed in to a session: the principal's name and the groups the store gave. */
  record SessionCaller(String name, Set<String> groups) implements Serializable {}

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (ApiAuthentication.isApi(request)) {
      return apiKeys.authenticate(request, response, context);
    }
    Credential credential = context.getAuthParameters().getCredential();
    if (credential instanceof SecondFactorCredential code) {
      return secondStep(request, context, code);
    }
    if (credential != null) {
      return signIn(request, context, credential);
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(CALLER) instanceof SessionCaller caller) {
      return context.notifyContainerAboutLogin(caller.name(), caller.groups());
    }
    if (context.isProtected()) {
      return toSignIn(request, response);
    }
    return context.doNothing();
  }

  /** The sign-in page, saying why when the session ended, and how to come back here. */
  private static AuthenticationStatus toSignIn(
      HttpServletRequest request, HttpServletResponse response) {
    try {
      SessionEnded.redirect(
          request, response, SessionEnded.loginUrl(request, SessionEnded.isEnded(request)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }

  private AuthenticationStatus signIn(
      HttpServletRequest request, HttpMessageContext context, Credential credential) {
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    String name = result.getCallerPrincipal().getName();
    Set<String> groups = result.getCallerGroups();
    if (groups.contains(DashboardIdentityStore.SECOND_FACTOR_DUE)
        && credential instanceof WorkspaceCredential typed) {
      // Not signed in yet: the page asks for the code (LoginView sees the pending sign-in).
      request
          .getSession()
          .setAttribute(
              PENDING,
              new PendingSignIn(
                  new SignedIn(name, roleOf(groups), SignedIn.StillDue.NOTHING),
                  typed.workspace(),
                  typed.email(),
                  Instant.now()));
      return AuthenticationStatus.SEND_CONTINUE;
    }
    if (groups.contains(DashboardIdentityStore.SECOND_FACTOR_SETUP_DUE)) {
      request.getSession().setAttribute(SETUP_FIRST, Boolean.TRUE);
      return signedIn(request, context, name, Set.of(roleOf(groups)));
    }
    return signedIn(request, context, name, groups);
  }

  /**
   * Whether this session was signed in by an account its client requires to use a second factor and
   * that had none: SessionGuard keeps it on the setup page until it has one.
   */
  static boolean mustSetUpSecondFactor(HttpSession session) {
    return Boolean.TRUE.equals(session.getAttribute(SETUP_FIRST));
  }

  static void secondFactorSetUp(HttpSession session) {
    session.removeAttribute(SETUP_FIRST);
  }

  /** Completes a pending sign-in with its code; an expired one must start again. */
  private AuthenticationStatus secondStep(
      HttpServletRequest request, HttpMessageContext context, SecondFactorCredential code) {
    Optional<PendingSignIn> pending = pendingSignIn(request);
    if (pending.isEmpty()) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    CredentialValidationResult result = identityStores.validate(code.of(pending.get()));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    request.getSession().removeAttribute(PENDING);
    return signedIn(
        request, context, result.getCallerPrincipal().getName(), result.getCallerGroups());
  }

  private static AuthenticationStatus signedIn(
      HttpServletRequest request, HttpMessageContext context, String name, Set<String> groups) {
    HttpSession session = request.getSession();
    session.setAttribute(CALLER, new SessionCaller(name, groups));
    session.setAttribute(SIGNED_IN_AT, Instant.now());
    return context.notifyContainerAboutLogin(name, groups);
  }

  /**
   * When this session was signed in; a session of an older release counts as signed in long ago.
   */
  static Instant signedInAt(HttpSession session) {
    return session.getAttribute(SIGNED_IN_AT) instanceof Instant at ? at : Instant.EPOCH;
  }

  private static String roleOf(Set<String> groups) {
    return groups.stream()
        .filter(group -> !group.equals(DashboardIdentityStore.SECOND_FACTOR_DUE))
        .filter(group -> !group.equals(DashboardIdentityStore.SECOND_FACTOR_SETUP_DUE))
        .findFirst()
        .orElseThrow();
  }

  /** The sign-in of this session waiting for its second factor, unless it expired. */
  static Optional<PendingSignIn> pendingSignIn(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null || !(session.getAttribute(PENDING) instanceof PendingSignIn pending)) {
      return Optional.empty();
    }
    if (pending.isExpired(Instant.now())) {
      session.removeAttribute(PENDING);
      return Optional.empty();
    }
    return Optional.of(pending);
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(CALLER);
      session.removeAttribute(PENDING);
      session.removeAttribute(SETUP_FIRST);
    }
    HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
  }
}
