package com.propaganda.dashboard.security;

import com.propaganda.dashboard.identity.RequestOrigin;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;

/** The sign-in form. */
@Named
@RequestScoped
public class LoginView {

  @Inject private SecurityContext securityContext;

  @Inject private FacesContext facesContext;

  @Inject private RequestOrigin origin;

  @NotBlank(message = "Enter your workspace")
  private String workspace;

  @NotBlank(message = "Enter your email")
  private String email;

  @NotBlank(message = "Enter your password")
  private String password;

  /** The page to return to after sign-in, below the context root; see {@link Landing}. */
  private String next;

  public void signIn() throws IOException {
    ExternalContext external = facesContext.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .credential(new WorkspaceCredential(workspace, email, password))
                .newAuthentication(true));
    boolean signedIn =
        status == AuthenticationStatus.SUCCESS || status == AuthenticationStatus.SEND_CONTINUE;
    if (signedIn && request.getSession(false) != null) {
      // A new session id at sign-in: an id planted before it (session fixation) is worthless.
      request.changeSessionId();
    }
    if (status == AuthenticationStatus.SEND_CONTINUE
        && SessionAuthentication.pendingSignIn(request).isPresent()) {
      external.redirect(external.getRequestContextPath() + Landing.secondFactorPage(next));
      return;
    }
    switch (status) {
      case SEND_CONTINUE -> facesContext.responseComplete();
      case SUCCESS ->
          external.redirect(
              external.getRequestContextPath() + Landing.pageFor(securityContext, next));
      default -> facesContext.addMessage(null, failure());
    }
  }

  private FacesMessage failure() {
    return origin.isSignInBusy()
        ? new FacesMessage(
            FacesMessage.SEVERITY_WARN,
            "The server is busy",
            "Many sign-ins are under way; try again in a few seconds.")
        : new FacesMessage(
            FacesMessage.SEVERITY_ERROR,
            "Sign-in failed",
            "The workspace, email or password is not right, or the account is inactive.");
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }

  public String getWorkspace() {
    return workspace;
  }

  public void setWorkspace(String workspace) {
    this.workspace = workspace;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
