package com.propaganda.dashboard.security;

import com.propaganda.dashboard.sso.PendingAuthorization;
import com.propaganda.dashboard.sso.SingleSignOnView;
import com.propaganda.dashboard.web.ServerAddress;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;

/**
 * Where the provider sends the browser back. The answer must belong to the sign-in this browser
 * started (its state), once; then the code is traded and the ID token checked (SignInService), and
 * the person lands where they were going. Every refusal says why on the sign-in page.
 */
@WebServlet(SingleSignOnView.CALLBACK)
public class SingleSignOnCallback extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** Longer than any provider's code; a longer value is no code. */
  private static final int MAX_CODE = 4_000;

  @Inject private SecurityContext securityContext;

  @EJB private SignInService signIns;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<PendingAuthorization> taken =
        SingleSignOnSession.takePending(request.getSession(false));
    if (taken.isEmpty()) {
      signIns.singleSignOnFailed("", "no sign-in through a provider was under way in this browser");
      response.sendRedirect(LoginPage.withNotice(request, "", LoginPage.SSO_EXPIRED));
      return;
    }
    PendingAuthorization pending = taken.get();
    String state = request.getParameter("state");
    String code = request.getParameter("code");
    String refusal =
        !pending.state().equals(state)
            ? "The answer from the identity provider does not belong to this sign-in (state)."
            : request.getParameter("error") != null
                ? "The identity provider did not sign you in."
                : code == null || code.isEmpty() || code.length() > MAX_CODE
                    ? "The identity provider sent no usable code."
                    : null;
    if (refusal != null) {
      signIns.singleSignOnFailed(pending.workspace(), refusal);
      refuse(request, response, pending, refusal);
      return;
    }
    URI callback = URI.create(ServerAddress.of(request) + SingleSignOnView.CALLBACK);
    AuthorizationCodeCredential credential =
        new AuthorizationCodeCredential(pending, code, callback);
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            response,
            AuthenticationParameters.withParams().credential(credential).newAuthentication(true));
    if (status != AuthenticationStatus.SUCCESS) {
      refuse(request, response, pending, credential.refusal());
      return;
    }
    // A new session id at sign-in: an id planted before it (session fixation) is worthless.
    request.changeSessionId();
    SingleSignOnSession.signedIn(request.getSession(), credential.providerSignOut());
    response.sendRedirect(
        request.getContextPath() + Landing.pageFor(securityContext, pending.next()));
  }

  private static void refuse(
      HttpServletRequest request,
      HttpServletResponse response,
      PendingAuthorization pending,
      String why)
      throws IOException {
    SingleSignOnSession.refused(request.getSession(), why);
    response.sendRedirect(
        LoginPage.withNotice(request, pending.workspace(), LoginPage.SSO_REFUSED));
  }
}
