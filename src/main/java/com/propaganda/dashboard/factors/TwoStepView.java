package com.propaganda.dashboard.factors;

import com.propaganda.dashboard.web.FacesFeedback;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The two-step sign-in page of users and operators alike: set up an authenticator app, confirm it,
 * keep the recovery codes (shown in this request only, never kept in a view or session), remove it.
 * {@code account} is how the app labels the account, given by the page. A user with the app adds
 * and removes passkeys here too.
 */
@Named
@RequestScoped
public class TwoStepView {

  private static final Map<String, String> FIELDS =
      Map.of("code", "two-step:code", "removeCode", "two-step:remove-code");

  private static final Map<String, String> PASSKEY_FIELDS =
      Map.of("passkeyName", "passkeys:passkey-name", "passkeyCode", "passkeys:passkey-code");

  @EJB private SecondFactorService factors;

  @Inject private FacesFeedback feedback;

  @Inject private FacesContext facesContext;

  private Enrolment enrolment;

  private String code;

  private String removeCode;

  private List<String> recoveryCodes = List.of();

  @Inject private PasskeyChallenges challenges;

  private String passkeyName;

  private String passkeyResponse;

  private String passkeyCode;

  /** Made once per request: each making takes a new challenge. */
  private String creationOptions;

  public boolean isEnrolled() {
    return factors.isEnrolled();
  }

  public boolean isRequired() {
    return factors.isRequired();
  }

  public int getRecoveryCodesLeft() {
    return factors.recoveryCodesLeft();
  }

  /** The setup under way, begun in this request or earlier. */
  public Enrolment enrolment(String account) {
    if (enrolment == null && recoveryCodes.isEmpty()) {
      enrolment = factors.unconfirmed(account).orElse(null);
    }
    return enrolment;
  }

  public void begin(String account) {
    feedback.attempt(FIELDS, () -> enrolment = factors.begin(account));
  }

  public void confirm() {
    feedback.attempt(FIELDS, () -> recoveryCodes = factors.confirm(code));
    if (!recoveryCodes.isEmpty()) {
      message("Two-step sign-in is on. From now on, sign-in asks for a code from your app.");
    }
  }

  public void remove() {
    if (feedback.attempt(FIELDS, () -> factors.remove(removeCode))) {
      message("Two-step sign-in is off. Sign-in asks for your password only.");
    }
  }

  public List<PasskeyHolder> getPasskeys() {
    return factors.passkeys();
  }

  /** What the browser needs to make a passkey, with a new challenge kept in the session. */
  public String passkeyCreationOptions(String account) {
    if (creationOptions == null) {
      creationOptions = factors.passkeyCreationOptions(site(), challenges.next(), account);
    }
    return creationOptions;
  }

  public void addPasskey() {
    String challenge = challenges.take().orElse("");
    if (feedback.attempt(
        PASSKEY_FIELDS,
        () -> factors.addPasskey(passkeyName, passkeyResponse, site(), challenge))) {
      message("Passkey added. Sign-in offers it after your password, beside your app's codes.");
      passkeyName = null;
    }
  }

  public void removePasskey(UUID id) {
    if (feedback.attempt(PASSKEY_FIELDS, () -> factors.removePasskey(id, passkeyCode))) {
      message("Passkey removed.");
    }
  }

  private PasskeySite site() {
    return PasskeySite.of((HttpServletRequest) facesContext.getExternalContext().getRequest());
  }

  public String getPasskeyName() {
    return passkeyName;
  }

  public void setPasskeyName(String passkeyName) {
    this.passkeyName = passkeyName;
  }

  public String getPasskeyResponse() {
    return null;
  }

  public void setPasskeyResponse(String passkeyResponse) {
    this.passkeyResponse = passkeyResponse;
  }

  public String getPasskeyCode() {
    return null;
  }

  public void setPasskeyCode(String passkeyCode) {
    this.passkeyCode = passkeyCode;
  }

  public List<String> getRecoveryCodes() {
    return recoveryCodes;
  }

  private void message(String text) {
    facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getRemoveCode() {
    return removeCode;
  }

  public void setRemoveCode(String removeCode) {
    this.removeCode = removeCode;
  }
}
