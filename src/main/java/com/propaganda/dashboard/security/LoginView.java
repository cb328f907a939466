package com.propaganda.dashboard.security;

import com.propaganda.dashboard.identity.RequestOrigin;
import com.propaganda.dashboard.identity.Roles;
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

  static final String SALES_HOME = "/app/calls.xhtml";
  static final String MANAGER_HOME = "/app/dashboard.xhtml";
  static final String AGENCY_HOME = "/agency/clients.xhtml";

  @Inject private SecurityContext securityContext;

  @Inject private FacesContext facesContext;

  @Inject private RequestOrigin origin;

  @NotBlank(message = "Enter your workspace")
  private String workspace;

  @NotBlank(message = "Enter your email")
  private String email;

  @NotBlank(message = "Enter your password")
  private String password;

  /** The page to return to after sign-in, below the context root; see {@link #returnPage}. */
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
    switch (status) {
      case SEND_CONTINUE -> facesContext.responseComplete();
      case SUCCESS -> external.redirect(external.getRequestContextPath() + returnPage());
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

  /**
   * The page the user was on when their session ended, if it is one of the pages of their kind of
   * account; a path only (never another host), so the link cannot send anyone elsewhere.
   */
  private String returnPage() {
    String area = securityContext.isCallerInRole(Roles.OPERATOR) ? "/agency/" : "/app/";
    boolean local =
        next != null
            && next.startsWith(area)
            && !next.contains("//")
            && !next.contains("\\")
            && next.chars().noneMatch(Character::isISOControl);
    return local ? next : landingPage();
  }

  /** Managers come to see how the team performs; a rep comes to log and follow their calls. */
  private String landingPage() {
    if (securityContext.isCallerInRole(Roles.OPERATOR)) {
      return AGENCY_HOME;
    }
    boolean manager =
        securityContext.isCallerInRole(Roles.CEO) || securityContext.isCallerInRole(Roles.ADMIN);
    return manager ? MANAGER_HOME : SALES_HOME;
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
