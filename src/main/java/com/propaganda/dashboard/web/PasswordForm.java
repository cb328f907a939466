package com.propaganda.dashboard.web;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;
import java.util.Map;

/**
 * The change-your-password form, for a client's users and for agency operators alike: the page
 * fragment {@code WEB-INF/templates/password-form.xhtml} binds to a subclass of this.
 */
public abstract class PasswordForm {

  @Inject private FacesFeedback feedback;

  @Inject private FacesContext facesContext;

  private String currentPassword;
  private String newPassword;

  /** Changes the signed-in account's password through its service, which checks the rules. */
  protected abstract void changePassword(String currentPassword, String newPassword);

  /** Where the user goes once the password is changed. */
  protected abstract String home();

  public String change() {
    boolean changed =
        feedback.attempt(
            Map.of(
                "currentPassword", "password-form:current",
                "newPassword", "password-form:new"),
            () -> changePassword(currentPassword, newPassword));
    if (!changed) {
      return null;
    }
    // This session stays signed in; every other session of the account ends at its next request.
    SessionPasswordStamp.forget((HttpSession) facesContext.getExternalContext().getSession(true));
    facesContext.getExternalContext().getFlash().setKeepMessages(true);
    feedback.info("Password changed");
    return home() + "?faces-redirect=true";
  }

  /** Whether someone else set the password, so the user must choose their own first. */
  public boolean isRequired() {
    return false;
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }
}
