package com.propaganda.dashboard.apikeys;

import com.propaganda.dashboard.audittrail.AuditRecorder;
import com.propaganda.dashboard.database.DatabaseOutage;
import com.propaganda.dashboard.errors.Problem;
import com.propaganda.dashboard.identity.Actor;
import com.propaganda.dashboard.identity.RequestOrigin;
import com.propaganda.dashboard.platform.JsonFactory;
import com.propaganda.dashboard.security.ApiAuthentication;
import com.propaganda.dashboard.security.SignInThrottle;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The API's half of the session mechanism ({@link ApiAuthentication}): {@code Authorization: Bearer
 * <key>} on every request, no session. A refused key is recorded and throttled like a failed
 * sign-in, per key prefix and per address, so guessing costs the guesser time; a valid key costs no
 * throttle write. A valid key is counted against its rate limit in the same lookup.
 */
@ApplicationScoped
class ApiKeyAuthentication implements ApiAuthentication {

  /** The throttle's "workspace" of API keys: no client can have it (it holds a space). */
  private static final String KEYS = "api keys";

  private static final String BEARER = "Bearer ";

  @Inject private IdentityStoreHandler identityStores;

  @Inject private RequestOrigin origin;

  @Inject private ApiQuota quota;

  @EJB private SignInThrottle throttle;

  @EJB private AuditRecorder recorder;

  @Override
  public AuthenticationStatus authenticate(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    try {
      return authenticateKey(request, response, context);
    } catch (RuntimeException failed) {
      // The container answers a failing mechanism with a bare 500, past every error page.
      if (!DatabaseOutage.isOutage(failed)) {
        throw failed;
      }
      DatabaseOutage.log(failed);
      response.setHeader("Retry-After", Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
      return refuse(response, 503, DatabaseOutage.MESSAGE);
    }
  }

  private AuthenticationStatus authenticateKey(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    origin.capture(request);
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return context.isProtected()
          ? refuse(response, 401, "Send an API key: Authorization: Bearer <key>")
          : context.doNothing();
    }
    ApiKeyCredential key = new ApiKeyCredential(header.substring(BEARER.length()).strip());
    CredentialValidationResult result = identityStores.validate(key);
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      response.setHeader("RateLimit-Policy", quota.policyHeader());
      response.setHeader("RateLimit", quota.stateHeader());
      if (quota.isExceeded()) {
        response.setHeader("Retry-After", Integer.toString(quota.secondsLeft()));
        return refuse(response, 429, "The key's rate limit is reached: wait for the next minute");
      }
      return context.notifyContainerAboutLogin(
          result.getCallerPrincipal().getName(), result.getCallerGroups());
    }
    boolean mayTryAgain = throttle.reserve(KEYS, key.loggablePrefix(), origin.ip());
    recorder.recordFailedSignIn(
        Actor.anonymous(origin),
        null,
        JsonFactory.object()
            .add("event", mayTryAgain ? "api key refused" : "api key refused: too many failures")
            .add("key", key.loggablePrefix())
            .build());
    if (!mayTryAgain) {
      response.setHeader("Retry-After", "60");
      return refuse(response, 429, "Too many refused keys: wait before trying again");
    }
    return refuse(
        response,
        401,
        "The API key is unknown, revoked or expired, or its owner may no longer use it");
  }

  private static AuthenticationStatus refuse(
      HttpServletResponse response, int status, String detail) {
    String title =
        switch (status) {
          case 401 -> "Unauthorized";
          case 429 -> "Too Many Requests";
          default -> "Service Unavailable";
        };
    Problem problem = Problem.of(status, title, detail);
    response.setStatus(status);
    if (status == 401) {
      response.setHeader("WWW-Authenticate", "Bearer realm=\"api\"");
    }
    response.setContentType(Problem.MEDIA_TYPE);
    try {
      response
          .getOutputStream()
          .write(problem.toJson().toString().getBytes(StandardCharsets.UTF_8));
      // Committed here, so no error page replaces the problem.
      response.flushBuffer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
