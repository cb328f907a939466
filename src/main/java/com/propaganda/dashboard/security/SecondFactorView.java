package com.propaganda.dashboard.security;

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
import java.io.IOException;

/** A sign-in's second step: the code from the authenticator app, or a recovery code. */
@Named
@RequestScoped
public class SecondFactorView {

  @Inject private SecurityContext securityContext;

  @Inject private FacesContext facesContext;

  private String code;

  private String next;

  /** Whether a sign-in of this browser waits for its code; else the page says to start again. */
  public boolean isPending() {
    return SessionAuthentication.pendingSignIn(request()).isPresent();
  }

  public void verify() throws IOException {
    ExternalContext external = facesContext.getExternalContext();
    HttpServletRequest request = request();
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .credential(new SecondFactorCredential(code))
                .newAuthentication(true));
    if (status == AuthenticationStatus.SUCCESS) {
      request.changeSessionId();
      external.redirect(external.getRequestContextPath() + Landing.pageFor(securityContext, next));
      return;
    }
    facesContext.addMessage(
        "second-factor:code",
        new FacesMessage(
            FacesMessage.SEVERITY_ERROR,
            isPending()
                ? "That code is not right, or was used already. Type the code your app shows now."
                : "The time to type the code ran out. Sign in again.",
            null));
  }

  private HttpServletRequest request() {
    return (HttpServletRequest) facesContext.getExternalContext().getRequest();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
