package com.propaganda.dashboard.security;

import com.propaganda.dashboard.factors.PasskeyChallenges;
import com.propaganda.dashboard.factors.PasskeySite;
import com.propaganda.dashboard.factors.SecondFactorCheck;
import jakarta.ejb.EJB;
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
import java.util.Optional;

/** A sign-in's second step: the code from the authenticator app, a recovery code, or a passkey. */
@Named
@RequestScoped
public class SecondFactorView {

  @Inject private SecurityContext securityContext;

  @Inject private FacesContext facesContext;

  @EJB private SecondFactorCheck factors;

  @Inject private PasskeyChallenges challenges;

  private String code;

  private String passkeyResponse;

  /** Made once per request: each making takes a new challenge. */
  private String passkeyOptions;

  private String next;

  /** Whether a sign-in of this browser waits for its code; else the page says to start again. */
  public boolean isPending() {
    return SessionAuthentication.pendingSignIn(request()).isPresent();
  }

  public void verify() throws IOException {
    complete(
        SecondFactorCredential.code(code),
        "second-factor:code",
        "That code is not right, or was used already. Type the code your app shows now.");
  }

  /** Signs in with the passkey's answer to the challenge {@link #getPasskeyOptions} gave. */
  public void verifyPasskey() throws IOException {
    Optional<String> challenge = challenges.take();
    if (challenge.isEmpty() || passkeyResponse == null) {
      facesContext.addMessage(
          "passkey:error", new FacesMessage(FacesMessage.SEVERITY_ERROR, REFUSED, null));
      return;
    }
    complete(
        SecondFactorCredential.passkey(passkeyResponse, PasskeySite.of(request()), challenge.get()),
        "passkey:error",
        REFUSED);
  }

  private static final String REFUSED =
      "The passkey did not sign you in. Try again, or type a code.";

  private void complete(SecondFactorCredential credential, String field, String refused)
      throws IOException {
    ExternalContext external = facesContext.getExternalContext();
    HttpServletRequest request = request();
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams().credential(credential).newAuthentication(true));
    if (status == AuthenticationStatus.SUCCESS) {
      request.changeSessionId();
      external.redirect(external.getRequestContextPath() + Landing.pageFor(securityContext, next));
      return;
    }
    facesContext.addMessage(
        field,
        new FacesMessage(
            FacesMessage.SEVERITY_ERROR,
            isPending() ? refused : "The time to sign in ran out. Sign in again.",
            null));
  }

  /**
   * What the browser needs to use one of the account's passkeys, with a new challenge for this
   * session; null without a passkey.
   */
  public String getPasskeyOptions() {
    if (passkeyOptions == null) {
      passkeyOptions =
          SessionAuthentication.pendingSignIn(request())
              .flatMap(
                  pending ->
                      factors.passkeyOptions(
                          pending.signedIn().principalName(),
                          PasskeySite.of(request()),
                          challenges.next()))
              .orElse("");
    }
    return passkeyOptions.isEmpty() ? null : passkeyOptions;
  }

  public String getPasskeyResponse() {
    return null;
  }

  public void setPasskeyResponse(String passkeyResponse) {
    this.passkeyResponse = passkeyResponse;
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
