package com.propaganda.dashboard.security;

import com.propaganda.dashboard.audittrail.AuditEvent;
import com.propaganda.dashboard.audittrail.AuditRecorder;
import com.propaganda.dashboard.identity.Actor;
import com.propaganda.dashboard.sso.ProviderSignOut;
import com.propaganda.dashboard.tenancy.CallerContext;
import com.propaganda.dashboard.web.ServerAddress;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;

/**
 * Ends the session; a POST from the header, never a link. A session signed in through the
 * workspace's provider then goes on to the provider's sign-out (ProviderSignOutPage).
 */
@Named
@RequestScoped
public class SignOut {

  @Inject private FacesContext facesContext;

  @Inject private CallerContext context;

  @EJB private AuditRecorder recorder;

  public void signOut() throws ServletException, IOException {
    ExternalContext external = facesContext.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    Actor actor = context.actor();
    if (actor.userId() != null || actor.operatorId() != null) {
      recorder.record(AuditEvent.ofOwnAccount(actor, "sign-out"));
    }
    Optional<ProviderSignOut> provider =
        SingleSignOnSession.providerSignOut(request.getSession(false));
    request.logout();
    external.invalidateSession();
    if (provider.isPresent()) {
      URI afterwards = URI.create(ServerAddress.of(request) + "/login.xhtml?signedOut=true");
      SingleSignOnSession.signOutAtProviderNext(
          request.getSession(true), provider.get().uri(afterwards).toString());
      external.redirect(external.getRequestContextPath() + "/sso/signed-out");
      return;
    }
    external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
  }
}
